// The one place the hand-written domain resolvers touch Neo4j: a managed read transaction on the request's driver
// (the instrumented one, so metrics see it), database and timeout, exactly as @neo4j/graphql runs its own reads.
// Answers the first column of every row, a plain map as the Cypher projected it.
import type { Driver } from 'neo4j-driver';
import type { ApiContext } from '../graphql-context.ts';

export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/** The request's graph, or undefined while Neo4j is not connected (the generated resolver then answers). */
export function graphOf(context: ApiContext): { driver: Driver; database?: string } | undefined {
  const driver = context.executionContext as Driver | undefined;
  if (!driver || typeof driver.session !== 'function') return undefined;
  return { driver, database: context.sessionConfig?.database };
}

export async function readRows(
  graph: { driver: Driver; database?: string },
  context: ApiContext,
  query: CypherQuery,
): Promise<unknown[]> {
  const session = graph.driver.session({
    defaultAccessMode: 'READ',
    ...(graph.database ? { database: graph.database } : {}),
  });
  try {
    const result = await session.executeRead((tx) => tx.run(query.cypher, query.params), {
      ...(context.transaction?.timeout !== undefined ? { timeout: context.transaction.timeout } : {}),
    });
    return result.records.map((record) => record.get(0) as unknown);
  } finally {
    await session.close();
  }
}
