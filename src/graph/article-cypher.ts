// The Cypher of an article write, built once from the closed label and relationship lists: constant texts
// whose plans Neo4j caches, every value a parameter. Pure; graph-writer.ts runs them.
import { RELATIONSHIP_GROUPS } from './relationship-groups.ts';
import { ASSERTED_SEPARATOR, ENTITY_LABELS, type EntityLabel } from './article-rows.ts';

/** Adds the row's aliases to the node's without duplicates. */
const unionAliases =
  'reduce(acc = coalesce(n.aliases, []), x IN row.props.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)';
/** A later article enriches: a null never overwrites, a more precise partial date (2024-06-19 over 2024-06) wins. */
const preciseDate = (field: string) =>
  `CASE WHEN row.props.${field} IS NOT NULL AND (n.${field} IS NULL OR size(row.props.${field}) > size(n.${field})) THEN row.props.${field} ELSE n.${field} END`;

const ENRICH: Record<EntityLabel, string> = {
  Person: `SET n.name = CASE WHEN n.name IS NULL OR size(row.props.name) > size(n.name) THEN row.props.name ELSE n.name END,
      n.aliases = ${unionAliases},
      n.title = coalesce(row.props.title, n.title),
      n.titles = CASE WHEN row.props.title IS NULL OR row.props.title IN coalesce(n.titles, []) THEN coalesce(n.titles, []) ELSE coalesce(n.titles, []) + row.props.title END`,
  Country: `SET n.name = coalesce(n.name, row.props.name), n.aliases = ${unionAliases}`,
  Organization: `SET n.name = coalesce(n.name, row.props.name), n.aliases = ${unionAliases},
      n.kind = CASE WHEN n.kind IS NULL OR n.kind = 'other' THEN row.props.kind ELSE n.kind END`,
  Place: 'SET n.name = coalesce(n.name, row.props.name)',
  Agreement: `SET n.name = coalesce(n.name, row.props.name),
      n.aliases = reduce(acc = coalesce(n.aliases, []), x IN row.props.aliases + row.props.name | CASE WHEN x IN acc OR x = coalesce(n.name, row.props.name) THEN acc ELSE acc + x END),
      n.kind = CASE WHEN n.kind IS NULL OR n.kind = 'other' THEN row.props.kind ELSE n.kind END,
      n.signedOn = ${preciseDate('signedOn')},
      n.status = coalesce(row.props.status, n.status)`,
  Meeting: `SET n.name = coalesce(n.name, row.props.name), n.kind = coalesce(n.kind, row.props.kind),
      n.date = ${preciseDate('date')},
      n.status = CASE WHEN n.status = 'held' OR row.props.status = 'held' THEN 'held' ELSE coalesce(row.props.status, n.status) END`,
  Statement: 'SET n += row.props',
  // An event belongs to one article (its id hashes the article's): nothing to merge from another. It is CREATEd:
  // its article is new or a replace removed the old events first, and the claim holds the article's lock
  // (event_id's uniqueness constraint still refuses a second copy). Its actor, recipient and origin are ids
  // among its properties (article-rows.ts), not relationships.
  Event: 'SET n += row.props',
};

/**
 * Claims a batch's articles before anything else is written, and reads the hash each had. MERGE on the unique
 * id makes a second creator of a new article wait for the first to commit (then it finds it); the SET takes
 * the write lock of one that exists, so the hash read after it is the last committed one, and the lock is
 * held until commit. $ids come sorted: two batches claim the articles they share in the same order.
 * A new article reads a null hash (the claim made it; the write fills it in, or the rollback removes it).
 */
export const CLAIM_ARTICLES = [
  'CYPHER replan=skip',
  'UNWIND $ids AS id',
  'MERGE (a:Article {id: id})',
  'SET a.claimed = true',
  'REMOVE a.claimed',
  'RETURN a.id AS id, a.contentHash AS contentHash, a.extractorVersion AS extractorVersion',
].join('\n');

/** Removes the empty node a claim made for an article that is not stored (re-deriving skips it). */
export const DROP_UNWRITTEN_CLAIM = 'MATCH (a:Article {id: $id}) WHERE a.contentHash IS NULL DETACH DELETE a';

/**
 * A batch of articles is two round trips: the articles with all their nodes, then all their relationships.
 * Each query is one constant text over every label and group (empty lists cost nothing), so Neo4j plans it
 * once. `replan=skip` keeps that plan as the graph grows: every lookup is by unique id, so statistics cannot
 * make a better one, and replanning a query this size would stall the writers for seconds.
 * Node rows come sorted by label then id across the whole batch, so concurrent batches lock shared nodes in
 * the same order. MENTIONED_IN is CREATEd: each article's rows are distinct and an article being written
 * has no MENTIONED_IN left (it is new, or a replace removed them first); so is each Event, for the same reason.
 */
export const WRITE_NODES = [
  'CYPHER replan=skip',
  'UNWIND range(0, size($articles) - 1) AS at',
  'WITH at, $articles[at] AS article',
  'MERGE (a:Article {id: article.id})',
  'SET a += article',
  // The batch's articles in their order, so a node row finds its article by position (row.at), not by a seek.
  'WITH at, a ORDER BY at',
  'WITH collect(a) AS articles',
  ...ENTITY_LABELS.map(
    (label) => `CALL (articles) {
  UNWIND $nodes.${label} AS row
  WITH row, articles[toInteger(row.at)] AS a
  ${label === 'Event' ? 'CREATE' : 'MERGE'} (n:${label} {id: row.id})
  ${ENRICH[label]}
  CREATE (n)-[:MENTIONED_IN {sentence: row.evidence.sentence, start: row.evidence.start, end: row.evidence.end, mentions: row.mentions}]->(a)
}`,
  ),
  'RETURN size(articles) AS articles',
].join('\n');

/**
 * Each relationship counts the articles that assert it in `support`; the article keeps the list of what it
 * asserted (`Article.asserted`), so a delete knows what to give back. The first SET takes the relationship's
 * write lock, so the increment reads the latest committed count: concurrent writers never lose an update.
 * Two articles of one batch asserting the same relationship are two rows: two supporters.
 */
export const WRITE_RELATIONSHIPS = [
  'CYPHER replan=skip',
  'WITH 1 AS one',
  ...RELATIONSHIP_GROUPS.map(
    (g) => `CALL () {
  UNWIND $relationships.${g.key} AS row
  MATCH (f:${g.from} {id: row.from})
  MATCH (t:${g.to} {id: row.to})
  MERGE (f)-[r:${g.type}]->(t)
  SET r.locked = true
  SET r += row.props, r.support = coalesce(r.support, 0) + 1
  REMOVE r.locked
}`,
  ),
  'RETURN 1 AS done',
].join('\n');

/** A node's place in the order the batch write locks nodes: its label's position in ENTITY_LABELS. */
const labelRank = (n: string) =>
  `CASE ${ENTITY_LABELS.map((label, rank) => `WHEN ${n}:${label} THEN ${rank}`).join(' ')} END`;

/**
 * Withdraws one article's support: every relationship it asserted loses one supporter (and goes at zero), its
 * MENTIONED_IN edges go, and nodes no article mentions any more go. The Article itself goes only when
 * $deleteArticle (a replace keeps it and writes the new version in the same transaction).
 * Each node the article mentions is write-locked before anything is withdrawn, so "no article mentions it any
 * more" is decided under the node's lock. Deleting a MENTIONED_IN edge does not lock its node (sparse or dense):
 * without the lock, two transactions withdrawing a node's last two articles each still see the other's edge and
 * keep it (an entity no article mentions), and a withdrawal racing a write that mentions the node anew decides
 * before that write commits, then DETACH DELETEs the node with the new mention. With it, the second waits for the
 * first to commit and sees what it did. Nodes are locked in the batch write's order (label, then id), the order
 * writers lock them in, so deleters and writers sharing nodes do not deadlock on them.
 */
export const REMOVE_ARTICLE_CONTRIBUTIONS = [
  'CYPHER replan=skip',
  'MATCH (a:Article {id: $id})',
  // The article's lock first: two deletes of one article must not both give its support back.
  'SET a.claimed = true',
  'REMOVE a.claimed',
  'WITH a',
  'OPTIONAL MATCH (a)<-[:MENTIONED_IN]-(n)',
  `WITH a, n ORDER BY ${labelRank('n')}, n.id`,
  'WITH a, collect(n) AS nodes, coalesce(a.asserted, []) AS asserted',
  `CALL (nodes) {
  UNWIND nodes AS n
  SET n.locked = true
  REMOVE n.locked
}`,
  ...RELATIONSHIP_GROUPS.map(
    (g) => `CALL (asserted) {
  UNWIND [key IN asserted WHERE key STARTS WITH '${g.key}${ASSERTED_SEPARATOR}' | split(key, '${ASSERTED_SEPARATOR}')] AS parts
  MATCH (f:${g.from} {id: parts[1]})-[r:${g.type}]->(t:${g.to} {id: parts[2]})
  SET r.locked = true
  SET r.support = r.support - 1
  REMOVE r.locked
  WITH r WHERE r.support <= 0
  DELETE r
}`,
  ),
  `CALL (a) {
  MATCH (a)<-[m:MENTIONED_IN]-()
  DELETE m
}
CALL (nodes) {
  UNWIND nodes AS n
  WITH n WHERE NOT (n)-[:MENTIONED_IN]->()
  DETACH DELETE n
}
CALL (a) {
  WITH a WHERE $deleteArticle
  DETACH DELETE a
}
RETURN size(nodes) AS touched`,
].join('\n');
