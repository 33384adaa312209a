// Whole-response caching of read queries, for dashboards that poll the same questions: Apollo's response-cache
// plugin over an in-memory LRU, every query kept at most `ttlSeconds`. The server clears it whenever the graph
// changes: at once for its own ingestion mutations, within a second for other writers (src/graph/graph-version.ts
// watches). Mutations and responses with errors are never cached. No Cache-Control header is sent: the cache
// knows when the graph changes, a browser or proxy would not.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';

export interface ResponseCache<TContext extends BaseContext> {
  plugins: ApolloServerPlugin<TContext>[];
  /** Forget every cached response: the graph changed. */
  invalidate(): void;
}

/** Cached responses are JSON strings; the LRU evicts by their total size. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

export function createResponseCache<TContext extends BaseContext>(options: {
  ttlSeconds: number;
}): ResponseCache<TContext> {
  if (options.ttlSeconds <= 0) return { plugins: [], invalidate() {} };
  const cache = new InMemoryLRUCache<string>({
    maxSize: MAX_CACHE_BYTES,
    sizeCalculation: InMemoryLRUCache.sizeCalculation,
  });
  return {
    plugins: [
      // Every field gets the TTL unless the schema says otherwise.
      ApolloServerPluginCacheControl({ defaultMaxAge: options.ttlSeconds, calculateHttpHeaders: false }),
      responseCachePlugin<TContext>({ cache }),
    ],
    invalidate: () => cache.clear(),
  };
}
