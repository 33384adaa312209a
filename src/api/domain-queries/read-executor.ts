// The one place the hand-written domain resolvers touch Neo4j: a read on the request's driver (the instrumented
// one, so metrics see it), database and timeout, answering the first column of every row, a plain map as the
// Cypher projected it. A read is one auto-commit query in a READ session: RUN and PULL go out in one write and come
// back in one round trip, where a managed transaction (BEGIN, RUN+PULL, COMMIT) takes three socket writes and two
// more round trips; on a busy machine those writes were a quarter of the API's time on small answers. The access
// mode travels with the RUN, so a cluster routes it to a reader as it routes a read transaction. A failure the
// driver calls retryable (a leader switch, a lost connection) is read again as a managed transaction, which retries.
import { LRUCache } from 'lru-cache';
import { isRetryableError, type Driver, type Session } from 'neo4j-driver';
import type { ApiContext } from '../graphql-context.ts';
import { compactCypher } from './compact-cypher.ts';

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

/**
 * Each query text as sent (compact-cypher.ts), per text as planned: a text depends on the selection's shape, not
 * on the values, which travel as parameters. Bounded by characters.
 */
const compacted = new LRUCache<string, string>({
  maxSize: 4 * 1024 * 1024,
  sizeCalculation: (value, key) => Math.max(1, key.length + value.length),
});

function sent(cypher: string): string {
  let text = compacted.get(cypher);
  if (text === undefined) {
    text = compactCypher(cypher);
    compacted.set(cypher, text);
  }
  return text;
}

export async function readRows(
  graph: { driver: Driver; database?: string },
  context: ApiContext,
  planned: CypherQuery,
): Promise<unknown[]> {
  const query = { cypher: sent(planned.cypher), params: planned.params };
  const timeout = context.transaction?.timeout;
  const config = timeout !== undefined ? { timeout } : {};
  const session = graph.driver.session({
    defaultAccessMode: 'READ',
    ...(graph.database ? { database: graph.database } : {}),
  });
  try {
    let result;
    try {
      result = await runWithoutCallSite(session, query, config);
    } catch (error) {
      if (!isRetryableError(error)) throw error;
      result = await session.executeRead((tx) => tx.run(query.cypher, query.params), config);
    }
    return result.records.map((record) => record.get(0) as unknown);
  } finally {
    await session.close();
  }
}

/**
 * session.run without the call-site stack the driver captures for every result (to append to a later error's
 * stack): formatting it was several percent of the API's CPU per read. Our errors are mapped by code, never
 * shown with the driver's stack. The limit is restored before anything else runs: run() builds its Result
 * synchronously.
 */
function runWithoutCallSite(
  session: Session,
  query: CypherQuery,
  config: Parameters<Session['run']>[2],
): ReturnType<Session['run']> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(query.cypher, query.params, config);
  } finally {
    Error.stackTraceLimit = limit;
  }
}
