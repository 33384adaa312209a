// Brings dist/ up to date before any test runs: the CLI tests run the compiled `diplograph` as users do, and the
// browser test loads the playground bundle. Both builds are incremental, so an up-to-date dist/ costs about a second.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export default function setup(): void {
  // The root config's setup is inherited by each project; one build per run is enough.
  if (process.env.DIPLOGRAPH_TEST_DIST_BUILT === '1') return;
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  for (const args of [[tsc, '-b', 'tsconfig.build.json'], ['scripts/build-ui.mjs']]) {
    const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(
        `building dist/ for the tests failed (${args.join(' ')}):\n${result.stdout}${result.stderr}`,
      );
    }
  }
  process.env.DIPLOGRAPH_TEST_DIST_BUILT = '1';
}
