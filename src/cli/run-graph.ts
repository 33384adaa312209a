// The work of `diplograph neo4j` and `diplograph migrate`, loaded only when one of them runs.
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { connectWithRetry, createDriver } from '../graph/driver.ts';
import { loadMigrations, migrate } from '../graph/migrations.ts';
import { resolveNeo4j } from '../graph/neo4j-target.ts';
import { startLocalNeo4j } from '../graph/local-neo4j.ts';
import { runUntilSignal } from './run-until-signal.ts';

export async function runLocalNeo4j(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const local = await startLocalNeo4j({
    ...config.localNeo4j,
    dataDir: config.localNeo4j.dataDir,
    log: (m) => logger.info(m),
  });
  process.stdout.write(`Neo4j ready at ${local.uri} — set NEO4J_URI=${local.uri} in other shells\n`);
  runUntilSignal(
    () => local.stop(),
    (m) => logger.info(m),
  );
}

export async function runMigrate(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const { target, local } = await resolveNeo4j(config, (m) => logger.info(m));
  const driver = createDriver(target);
  try {
    await connectWithRetry(driver, target);
    const report = await migrate(driver, target.database, await loadMigrations());
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    await driver.close();
    await local?.stop();
  }
}
