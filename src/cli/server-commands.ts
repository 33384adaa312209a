// `diplograph serve` (the GraphQL API) and `diplograph start` (the same, seeding samples/ for a first look).
import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { startServer } from '../server.ts';
import { runUntilSignal } from './run-until-signal.ts';

async function serve(options: { seedSamples: boolean }): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, logger, options.seedSamples ? {} : {});
  runUntilSignal(
    () => server.stop(),
    (m) => logger.info(m),
  );
}

export function registerServerCommands(program: Command): void {
  program
    .command('serve')
    .description(
      'serve the GraphQL API (and /healthz, /readyz) on PORT; starts the local Neo4j if NEO4J_URI is unset',
    )
    .action(() => serve({ seedSamples: false }));
  program
    .command('start')
    .description('like serve, and ingest samples/ so a new graph has something to explore')
    .action(() => serve({ seedSamples: true }));
}
