// What a set of writes left in the graph, in numbers that must match between two ways of writing the same
// articles: nodes per label, relationships per type, evidence per article, and support against assertions.
import type { Driver } from 'neo4j-driver';

export interface Footprint {
  labels: Record<string, number>;
  relationships: Record<string, number>;
  /** MENTIONED_IN edges per article id, for the articles asked about. */
  mentionsPerArticle: Record<string, number>;
  /** Sum of `support` over every relationship but MENTIONED_IN. */
  support: number;
  /** Sum over articles of the relationships each asserts. */
  asserted: number;
}

export interface SupportCheck {
  /** Relationships no article asserts. */
  unasserted: number;
  /** Relationships whose support is not the number of articles asserting them. */
  wrongSupport: number;
  /** Node ids held by more than one node. */
  duplicateIds: number;
}

async function rows<T>(driver: Driver, database: string, cypher: string, params = {}): Promise<T[]> {
  const result = await driver.executeQuery(cypher, params, { database });
  return result.records.map((r) => r.toObject() as T);
}

/** The whole database's counts (labels and types over everything), and the evidence of `articleIds`. */
export async function graphFootprint(
  driver: Driver,
  database: string,
  articleIds: readonly string[],
): Promise<Footprint> {
  const labels = await rows<{ label: string; n: number }>(
    driver,
    database,
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n',
  );
  const types = await rows<{ type: string; n: number }>(
    driver,
    database,
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n',
  );
  const mentions = await rows<{ id: string; n: number }>(
    driver,
    database,
    'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, COUNT { (a)<-[:MENTIONED_IN]-() } AS n',
    { ids: articleIds },
  );
  const [totals] = await rows<{ support: number; asserted: number }>(
    driver,
    database,
    `CALL () { MATCH ()-[r]->() WHERE type(r) <> 'MENTIONED_IN' RETURN coalesce(sum(r.support), 0) AS support }
     CALL () { MATCH (a:Article) RETURN coalesce(sum(size(a.asserted)), 0) AS asserted }
     RETURN support, asserted`,
  );
  return {
    labels: Object.fromEntries(labels.map((r) => [r.label, r.n])),
    relationships: Object.fromEntries(types.map((r) => [r.type, r.n])),
    mentionsPerArticle: Object.fromEntries(mentions.map((r) => [r.id, r.n]).sort()),
    support: totals!.support,
    asserted: totals!.asserted,
  };
}

/** Every relationship is asserted by exactly `support` articles, and every id names one node. */
export async function checkSupport(driver: Driver, database: string): Promise<SupportCheck> {
  const [row] = await rows<SupportCheck>(
    driver,
    database,
    `CALL () {
       MATCH (a:Article) UNWIND coalesce(a.asserted, []) AS key
       WITH key, count(*) AS supporters
       RETURN collect([key, supporters]) AS asserted
     }
     WITH apoc.map.fromPairs(asserted) AS supportersOf
     CALL (supportersOf) {
       MATCH (f)-[r]->(t) WHERE type(r) <> 'MENTIONED_IN'
       WITH r, supportersOf[labels(f)[0] + '_' + type(r) + '_' + labels(t)[0] + '|' + f.id + '|' + t.id] AS supporters
       RETURN count(CASE WHEN supporters IS NULL THEN 1 END) AS unasserted,
              count(CASE WHEN supporters IS NOT NULL AND supporters <> r.support THEN 1 END) AS wrongSupport
     }
     CALL () {
       MATCH (n) WHERE n.id IS NOT NULL WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS duplicateIds
     }
     RETURN unasserted, wrongSupport, duplicateIds`,
  );
  return row!;
}

/** a - b, per key (labels or types), leaving out zeros: what a run added to what was there. */
export function countsAdded(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return Object.fromEntries(
    keys.map((k) => [k, (a[k] ?? 0) - (b[k] ?? 0)] as const).filter(([, n]) => n !== 0),
  );
}
