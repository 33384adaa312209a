// `diplograph serve` (the GraphQL API) and `diplograph start` (the same, seeding samples/ for a first look).
import type { Command } from 'commander';

export function registerServerCommands(program: Command): void {
  program
    .command('serve')
    .description(
      'serve the GraphQL API (and /healthz, /readyz) on PORT; starts the local Neo4j if NEO4J_URI is unset',
    )
    .action(async () => (await import('./run-server.ts')).runServer({ seedSamples: false }));
  program
    .command('start')
    .description('like serve, and ingest samples/ so a new graph has something to explore')
    .action(async () => (await import('./run-server.ts')).runServer({ seedSamples: true }));
}
