// `diplograph neo4j` (run the local database in the foreground) and `diplograph migrate`.
import type { Command } from 'commander';

export function registerGraphCommands(program: Command): void {
  program
    .command('neo4j')
    .description('run the project-local Neo4j (bolt on 127.0.0.1) in the foreground until Ctrl-C')
    .action(async () => (await import('./run-graph.ts')).runLocalNeo4j());

  program
    .command('migrate')
    .description('apply the Cypher migrations in cypher/ that the database does not have yet')
    .action(async () => (await import('./run-graph.ts')).runMigrate());
}
