// `npm test` runs this first: the system tools the suite needs, installed from Debian when this process may
// (root, apt-get), otherwise a stop at once with the one command to run. Java 17+ and Maven build and run
// neo4j-local (only when the tests use it: test/setup/test-neo4j.ts); Debian's Chromium runs the browser tests.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isLocalNeo4jBuilt } from '../src/graph/local-neo4j.ts';
import { chooseTestNeo4j } from '../test/setup/test-neo4j.ts';

interface Need {
  what: string;
  packages: string[];
  present: () => boolean;
}

const ok = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** Java 17 or later: Neo4j 5.26 runs on nothing older. */
function javaMajor(): number {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.status !== 0) return 0;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr ?? '');
  const major = Number(match?.[1] ?? 0);
  return major === 1 ? Number(match?.[2] ?? 0) : major;
}

export const CHROMIUM = '/usr/bin/chromium';

const choice = chooseTestNeo4j(process.env, existsSync);
const needs: Need[] = [
  ...(choice.kind === 'local'
    ? [
        {
          what: 'Java 17+ (neo4j-local)',
          packages: ['default-jdk-headless'],
          present: () => javaMajor() >= 17,
        },
        // Maven only builds neo4j-local; once built, Java alone runs it.
        ...(isLocalNeo4jBuilt()
          ? []
          : [
              { what: 'Maven (to build neo4j-local)', packages: ['maven'], present: () => ok('mvn', ['-v']) },
            ]),
      ]
    : []),
  {
    what: "Debian's Chromium (browser tests)",
    packages: ['chromium', 'chromium-driver'],
    present: () => existsSync(CHROMIUM),
  },
];

let missing = needs.filter((need) => !need.present());
if (missing.length > 0) {
  const packages = missing.flatMap((need) => need.packages);
  const command = `apt-get install -y ${packages.join(' ')}`;
  const canInstall = process.getuid?.() === 0 && ok('apt-get', ['--version']);
  if (!canInstall) {
    console.error(
      `npm test needs ${missing.map((need) => need.what).join(', ')}. Install them, then run npm test again:\n` +
        `  sudo ${command}`,
    );
    process.exit(1);
  }
  console.log(
    `npm test: installing ${packages.join(' ')} from Debian (${missing.map((n) => n.what).join(', ')})`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', ...packages],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (result.status !== 0) {
      console.error(
        `npm test: apt-get ${args[0]} failed (exit ${result.status}); run it yourself:\n  ${command}`,
      );
      process.exit(1);
    }
  }
  missing = needs.filter((need) => !need.present());
  if (missing.length > 0) {
    console.error(`npm test: still missing after apt-get: ${missing.map((need) => need.what).join(', ')}`);
    process.exit(1);
  }
}
if (choice.kind === 'local' && !isLocalNeo4jBuilt()) {
  // npm install skipped it when Maven was missing; build it now, in sight, rather than inside the test run.
  const built = spawnSync(process.execPath, ['scripts/build-neo4j-local.mjs'], { stdio: 'inherit' });
  if (built.status !== 0 || !isLocalNeo4jBuilt()) {
    console.error('npm test: neo4j-local could not be built (see above)');
    process.exit(1);
  }
}
console.log(
  `npm test: prerequisites present; integration tests use Neo4j from ${choice.kind} (${choice.reason})`,
);
