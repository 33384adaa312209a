// `diplograph neo4j` (run the local database in the foreground) and `diplograph migrate`.
import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { connectWithRetry, createDriver } from '../graph/driver.ts';
import { loadMigrations, migrate } from '../graph/migrations.ts';
import { resolveNeo4j } from '../graph/neo4j-target.ts';
import { startLocalNeo4j } from '../graph/local-neo4j.ts';
import { runUntilSignal } from './run-until-signal.ts';

export function registerGraphCommands(program: Command): void {
  program
    .command('neo4j')
    .description('run the project-local Neo4j (bolt on 127.0.0.1) in the foreground until Ctrl-C')
    .action(async () => {
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
    });

  program
    .command('migrate')
    .description('apply the Cypher migrations in cypher/ that the database does not have yet')
    .action(async () => {
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
    });
}
