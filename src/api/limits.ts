// The API's protective limits in one place: page sizes, text lengths, query depth and cost, batch size.
// Named constants so tests, docs and error messages agree on the numbers.

/** Largest `limit`/`first` any list or connection accepts; the generated types cap at the same value (@limit). */
export const MAX_PAGE_SIZE = 500;
/** Largest `offset`: deep offset paging is slow; use cursors (`after`) beyond this. */
export const MAX_OFFSET = 10_000;
/** Longest search text, agreement name or id an argument may carry. */
export const MAX_TEXT_ARGUMENT = 200;
/** Articles one ingestArticles call may carry. */
export const MAX_INGEST_BATCH = 100;

/**
 * graphql-armor's limits. Cost counts 2 per object and 1 per scalar, times 1.5 per level of depth, times a
 * connection's `first`: a first-500 page of a few fields with one nested object costs about 15 000.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxCost: 20_000,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 3_000,
} as const;

/** Each Cypher transaction of a request is cancelled by Neo4j after this long. */
export const QUERY_TIMEOUT_MS = 15_000;
