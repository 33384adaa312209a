// A cheap fingerprint of the graph's content, for caches that must notice writes by any process: the number of
// articles and the newest ingestion time. Every write adds, replaces (new ingestedAt) or deletes an article.
import type { Driver } from 'neo4j-driver';

const READ_GRAPH_VERSION = `
OPTIONAL MATCH (a:Article) WHERE a.ingestedAt IS NOT NULL
WITH a ORDER BY a.ingestedAt DESC LIMIT 1
RETURN COUNT { (:Article) } AS articles, a.ingestedAt AS latest`;

export async function readGraphVersion(driver: Driver, database: string): Promise<string> {
  const result = await driver.executeQuery(READ_GRAPH_VERSION, {}, { database, routing: 'READ' });
  const row = result.records[0];
  return `${String(row?.get('articles') ?? 0)}@${String(row?.get('latest') ?? '')}`;
}

/**
 * Calls `onChange` whenever the fingerprint differs from the last one read, checking every `intervalMs`.
 * A failed read (Neo4j restarting) is skipped; the next one decides. Returns the function that stops watching.
 */
export function watchGraphVersion(
  driver: Driver,
  database: string,
  options: { intervalMs: number; onChange: () => void; onError?: (error: unknown) => void },
): () => void {
  let last: string | undefined;
  let reading = false;
  const check = () => {
    if (reading) return;
    reading = true;
    readGraphVersion(driver, database)
      .then((version) => {
        // The first read changes too: an answer cached before it may predate a write it would not see as new.
        if (version !== last) options.onChange();
        last = version;
      })
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => (reading = false));
  };
  check();
  const timer = setInterval(check, options.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
