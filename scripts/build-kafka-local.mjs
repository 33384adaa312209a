#!/usr/bin/env node
// postinstall: builds kafka-local/ (a single-node Kafka broker for the workers' tests and benchmarks) with Maven,
// as build-neo4j-local.mjs builds the database. Never fails the install: without Java and Maven it says so, and
// `diplograph worker` still works against any other Kafka (--brokers).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'kafka-local');
const stamp = join(dir, 'target', '.built-from');
const inputs = ['pom.xml', 'src/main/java/dev/diplograph/kafkalocal/LocalKafka.java']
  .map((file) => readFileSync(join(dir, file), 'utf8'))
  .join('\0');
const fingerprint = createHash('sha256').update(inputs).digest('hex');

if (process.env.DIPLOGRAPH_SKIP_KAFKA_BUILD === '1') {
  console.log('diplograph: DIPLOGRAPH_SKIP_KAFKA_BUILD=1, not building kafka-local');
  process.exit(0);
}
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) {
  console.log('diplograph: kafka-local is already built');
  process.exit(0);
}
const missing = ['java', 'mvn'].filter(
  (tool) => spawnSync(tool, ['-version'], { stdio: 'ignore' }).status !== 0,
);
if (missing.length > 0) {
  console.warn(
    `diplograph: ${missing.join(' and ')} not found, so the local Kafka broker (kafka-local/) was not built; ` +
      'workers can use any Kafka with --brokers HOST:PORT.',
  );
  process.exit(0);
}
console.log('diplograph: building kafka-local (Apache Kafka broker, KRaft mode, from Maven Central)...');
const result = spawnSync('mvn', ['-B', '-q', '-Dstyle.color=never', 'package', '-DskipTests'], {
  cwd: dir,
  stdio: 'inherit',
});
if (result.status !== 0) {
  console.warn(`diplograph: building kafka-local failed (mvn exit ${result.status})`);
  process.exit(0);
}
writeFileSync(stamp, fingerprint);
console.log('diplograph: kafka-local built');
