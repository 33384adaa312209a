// The work of `diplograph neo4j` and `diplograph migrate`, loaded only when one of them runs.
import { startLocalNeo4j } from '../graph/local-neo4j.ts';
import { withGraph } from '../graph/open-graph.ts';
import { loadCommandContext } from './command-context.ts';
import { runUntilSignal } from './run-until-signal.ts';

export async function runLocalNeo4j(): Promise<void> {
  const { config, log } = loadCommandContext();
  const local = await startLocalNeo4j({ ...config.localNeo4j, log });
  process.stdout.write(`Neo4j ready at ${local.uri} — set NEO4J_URI=${local.uri} in other shells\n`);
  runUntilSignal(() => local.stop(), log);
}

export async function runMigrate(): Promise<void> {
  const { config, log } = loadCommandContext();
  // Opening the graph applies the migrations; the command reports what it did.
  const report = await withGraph(config, { log }, async (graph) => graph.migrations);
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
