// Two articles that share an entity, withdrawn by two transactions at once, leave no entity that no article
// mentions; a new article written while the entity's last one is withdrawn keeps it. Deleting a MENTIONED_IN edge does not make another transaction deleting another edge of the same node
// wait (Neo4j 5.26, whether the node has 2 relationships or is dense, past the 50 threshold): only the writer's
// own lock on the node does. The transactions are interleaved by hand, so the outcome does not depend on timing.
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import neo4j, { type Transaction } from 'neo4j-driver';
import { REMOVE_ARTICLE_CONTRIBUTIONS, WRITE_NODES } from '../../src/graph/article-cypher.ts';
import { ENTITY_LABELS } from '../../src/graph/article-rows.ts';
import { createDriver } from '../../src/graph/driver.ts';

const target = inject('neo4j');
const driver = createDriver(target);
const PREFIX = `article:test-shared-delete-${process.pid}-`;
const SHARED = `organization:test-shared-delete-${process.pid}`;
const articleId = (k: number) => `${PREFIX}${k}`;

const run = (cypher: string, params = {}) =>
  driver.executeQuery(cypher, params, { database: target.database });

async function cleanUp(): Promise<void> {
  await run('MATCH (a:Article) WHERE a.id STARTS WITH $prefix DETACH DELETE a', { prefix: PREFIX });
  await run('MATCH (n:Organization {id: $id}) DETACH DELETE n', { id: SHARED });
}

/** One organization mentioned by `mentions` articles, then withdrawn from all but the first `keep`. */
async function sharedBy(mentions: number, keep: number): Promise<void> {
  await run(
    `CREATE (n:Organization {id: $shared, name: 'Test Shared Delete Council'})
     WITH n UNWIND range(0, $mentions - 1) AS k
     CREATE (n)-[:MENTIONED_IN {sentence: 0, start: 0, end: 4, mentions: 1}]->(:Article {id: $prefix + k, asserted: []})`,
    { shared: SHARED, prefix: PREFIX, mentions: neo4j.int(mentions) },
  );
  await run('MATCH (a:Article) WHERE a.id STARTS WITH $prefix AND NOT a.id IN $keep DETACH DELETE a', {
    prefix: PREFIX,
    keep: Array.from({ length: keep }, (_, k) => articleId(k)),
  });
}

/** Settles once the query marked `marker` waits on a lock; the query settling first settles it too. */
async function blockedOrDone(query: Promise<unknown>, marker: string): Promise<'blocked' | 'done'> {
  let settled = false;
  const done = query.then(
    () => 'done' as const,
    () => 'done' as const,
  );
  void done.then(() => (settled = true));
  const blocked = (async () => {
    for (let i = 0; i < 200 && !settled; i++) {
      const { records } = await run(
        `SHOW TRANSACTIONS YIELD currentQuery, status
         WHERE currentQuery CONTAINS $marker AND status STARTS WITH 'Blocked' RETURN count(*) AS n`,
        { marker },
      );
      if (Number(records[0]!.get('n')) > 0) return 'blocked' as const;
      await new Promise((r) => setTimeout(r, 25));
    }
    return 'done' as const;
  })();
  return Promise.race([done, blocked]);
}

/** Withdraws an article's contributions (and the article when `deleteArticle`), as the writer does. */
const withdraw = (tx: Transaction, id: string, deleteArticle: boolean, marker?: string) =>
  tx.run(marker ? `${REMOVE_ARTICLE_CONTRIBUTIONS}\n// ${marker}` : REMOVE_ARTICLE_CONTRIBUTIONS, {
    id,
    deleteArticle,
  });

/** The nodes step of the write of a new article that mentions the shared organization. */
const writeMentioning = (tx: Transaction, id: string) =>
  tx.run(WRITE_NODES, {
    articles: [{ id, contentHash: 'test', asserted: [] }],
    nodes: Object.fromEntries(
      ENTITY_LABELS.map((label) => [
        label,
        label === 'Organization'
          ? [
              {
                id: SHARED,
                article: id,
                at: 0,
                props: { name: 'Test Shared Delete Council', aliases: [], kind: 'other' },
                evidence: { sentence: 0, start: 0, end: 4 },
                mentions: 1,
              },
            ]
          : [],
      ]),
    ),
  });

/** T1 runs `first` (not committed); T2 starts withdrawing `second`; T1 commits; T2 finishes and commits. */
async function interleave(
  first: (tx: Transaction) => Promise<unknown>,
  second: { id: string; deleteArticle: boolean },
): Promise<'blocked' | 'done'> {
  const firstSession = driver.session({ database: target.database, defaultAccessMode: neo4j.session.WRITE });
  const secondSession = driver.session({ database: target.database, defaultAccessMode: neo4j.session.WRITE });
  let t1: Transaction | undefined;
  let t2: Transaction | undefined;
  try {
    t1 = await firstSession.beginTransaction();
    await first(t1);
    t2 = await secondSession.beginTransaction();
    // A comment in the text lets SHOW TRANSACTIONS find T2's query.
    const marker = `second-withdrawal-${process.pid}`;
    const pending = withdraw(t2, second.id, second.deleteArticle, marker);
    const seen = await blockedOrDone(pending, marker);
    await t1.commit();
    await pending;
    await t2.commit();
    return seen;
  } finally {
    if (t1?.isOpen()) await t1.rollback();
    if (t2?.isOpen()) await t2.rollback();
    await firstSession.close();
    await secondSession.close();
  }
}

const sharedNodeMentions = async () => {
  const { records } = await run(
    'MATCH (n:Organization {id: $id}) RETURN COUNT { (n)-[:MENTIONED_IN]->() } AS mentions',
    { id: SHARED },
  );
  return records.map((r) => Number(r.get('mentions')));
};

beforeEach(cleanUp);
afterAll(async () => {
  await cleanUp();
  await driver.close();
});

// 2: a sparse node; 60: past the dense-node threshold while it is built, so it stays dense with two mentions left.
describe.each([2, 60])('an entity built with %i mentions', (mentions) => {
  it('two articles of it deleted at once leave no entity that no article mentions', async () => {
    await sharedBy(mentions, 2);
    expect(await sharedNodeMentions()).toEqual([2]);
    const seen = await interleave((tx) => withdraw(tx, articleId(0), true), {
      id: articleId(1),
      deleteArticle: true,
    });
    // [] : the node went with its last mention; [0] would be an orphan no article mentions.
    expect(await sharedNodeMentions()).toEqual([]);
    // The second withdrawal waited for the first to commit: the node's lock serialised them.
    expect(seen).toBe('blocked');
  });

  it('one article of it deleted while the other is replaced (contributions withdrawn) leave no such entity', async () => {
    await sharedBy(mentions, 2);
    await interleave((tx) => withdraw(tx, articleId(0), true), { id: articleId(1), deleteArticle: false });
    expect(await sharedNodeMentions()).toEqual([]);
  });

  it('its last article deleted while a new article mentioning it is written keeps it, with the new mention', async () => {
    await sharedBy(mentions, 1);
    await interleave((tx) => writeMentioning(tx, articleId(mentions)), {
      id: articleId(0),
      deleteArticle: true,
    });
    expect(await sharedNodeMentions()).toEqual([1]);
  });
});
