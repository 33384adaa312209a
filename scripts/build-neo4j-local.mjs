#!/usr/bin/env node
// postinstall: builds neo4j-local/ (the project's own Neo4j) with Maven when Java and Maven are present.
// Never fails the install: without them it says what is missing and how to use another Neo4j instead.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'neo4j-local');
const stamp = join(dir, 'target', '.built-from');
const inputs = ['pom.xml', 'src/main/java/dev/diplograph/neo4jlocal/LocalNeo4j.java']
  .map((file) => readFileSync(join(dir, file), 'utf8'))
  .join('\0');
const fingerprint = createHash('sha256').update(inputs).digest('hex');

if (process.env.DIPLOGRAPH_SKIP_NEO4J_BUILD === '1') {
  console.log('diplograph: DIPLOGRAPH_SKIP_NEO4J_BUILD=1, not building neo4j-local');
  process.exit(0);
}
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) {
  console.log('diplograph: neo4j-local is already built');
  process.exit(0);
}
const missing = ['java', 'mvn'].filter(
  (tool) => spawnSync(tool, ['-version'], { stdio: 'ignore' }).status !== 0,
);
if (missing.length > 0) {
  console.warn(
    [
      `diplograph: ${missing.join(' and ')} not found, so the local Neo4j (neo4j-local/) was not built.`,
      '  Install Java 17+ and Maven 3 and run `npm rebuild diplograph` (or `npm install` again), or',
      '  point diplograph at another Neo4j 5.26 with APOC: NEO4J_URI=bolt://host:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=...',
    ].join('\n'),
  );
  process.exit(0);
}
console.log('diplograph: building neo4j-local (Neo4j 5.26 Community + APOC core from Maven Central)...');
const result = spawnSync('mvn', ['-B', '-q', '-Dstyle.color=never', 'package', '-DskipTests'], {
  cwd: dir,
  stdio: 'inherit',
});
if (result.status !== 0) {
  console.warn(
    `diplograph: building neo4j-local failed (mvn exit ${result.status}); set NEO4J_URI to use another Neo4j.`,
  );
  process.exit(0);
}
writeFileSync(stamp, fingerprint);
console.log('diplograph: neo4j-local built');
