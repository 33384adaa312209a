// A hand-written graph of the seed article (shared/articles/000_...txt) exactly as docs/graph-model.md describes
// the writer's output, for API tests that must not depend on extraction. Cleanup withdraws only this article's
// contributions, the way the writer does: shared nodes (RUS, PRK...) stay while another article mentions them.
import type { Driver } from 'neo4j-driver';
import { NODE_LABELS, type NodeLabel, type RelationshipType } from '../../../src/domain/graph-schema.ts';

type Props = Record<string, unknown>;
interface SeedNode {
  label: NodeLabel;
  id: string;
  props: Props;
  sentence: string;
}
interface SeedRelationship {
  from: string;
  type: RelationshipType | 'SIGNED_IN';
  to: string;
  props?: Props;
}

export const TREATY_ID = 'agreement:russia-north-korea-comprehensive-strategic-partnership-treaty';
export const RUDENKO_ID = 'person:andrey-rudenko';
const SUMMIT_ID = 'meeting:2024-06-19-pyongyang-summit';

const node = (
  label: NodeLabel,
  id: string,
  props: Props,
  sentence = `${String(props.name)} is mentioned.`,
) => ({
  label,
  id,
  props: { id, ...props },
  sentence,
});

const NODES: SeedNode[] = [
  node('Person', 'person:vladimir-putin', {
    name: 'Vladimir Putin',
    aliases: ['Putin'],
    title: 'President',
    titles: ['President'],
  }),
  node('Person', 'person:kim-jong-un', {
    name: 'Kim Jong-un',
    aliases: ['Kim'],
    title: 'leader',
    titles: ['leader'],
  }),
  node('Person', RUDENKO_ID, {
    name: 'Andrey Rudenko',
    aliases: ['Rudenko'],
    title: 'Deputy Foreign Minister',
    titles: ['Deputy Foreign Minister'],
  }),
  node('Person', 'person:chang-ho-jin', {
    name: 'Chang Ho-jin',
    aliases: [],
    title: 'national security adviser',
    titles: ['national security adviser'],
  }),
  node('Country', 'RUS', { name: 'Russia', aliases: ['Moscow', 'Russian Federation'] }),
  node('Country', 'PRK', { name: 'North Korea', aliases: ['DPRK', 'Pyongyang'] }),
  node('Country', 'KOR', { name: 'South Korea', aliases: ['Seoul', 'Republic of Korea'] }),
  node('Country', 'UKR', { name: 'Ukraine', aliases: ['Kyiv'] }),
  node('Country', 'IRN', { name: 'Iran', aliases: ['Tehran'] }),
  node('Organization', 'org:sputnik', { name: 'Sputnik', aliases: [], kind: 'news agency' }),
  node('Organization', 'org:tass', { name: 'TASS', aliases: [], kind: 'news agency' }),
  node('Organization', 'org:asia-cooperation-dialogue', {
    name: 'Asia Cooperation Dialogue',
    aliases: ['ACD'],
    kind: 'intergovernmental',
  }),
  node('Place', 'place:pyongyang', { name: 'Pyongyang' }),
  node('Place', 'place:vostochny-cosmodrome', { name: 'Vostochny Cosmodrome' }),
  node('Place', 'place:moscow', { name: 'Moscow' }),
  node('Place', 'place:tehran', { name: 'Tehran' }),
  node('Agreement', TREATY_ID, {
    name: 'Russia-North Korea comprehensive strategic partnership treaty',
    aliases: ['comprehensive strategic partnership', 'the treaty', 'the pact', 'the new agreement'],
    kind: 'treaty',
    signedOn: '2024-06-19',
    status: 'signed',
  }),
  node('Meeting', SUMMIT_ID, {
    name: 'Putin-Kim summit in Pyongyang',
    kind: 'summit',
    date: '2024-06-19',
    status: 'held',
  }),
  node('Meeting', 'meeting:2023-09-vostochny-cosmodrome-meeting', {
    name: 'Kim-Putin meeting at the Vostochny Cosmodrome',
    kind: 'meeting',
    date: '2023-09',
    status: 'held',
  }),
  node('Meeting', 'meeting:kim-jong-un-visit-to-moscow', {
    name: 'Kim visit to Moscow',
    kind: 'visit',
    date: null,
    status: 'planned',
  }),
  node('Meeting', 'meeting:2024-06-acd-ministerial-tehran', {
    name: 'Asia Cooperation Dialogue ministerial meeting',
    kind: 'conference',
    date: '2024-06',
    status: 'held',
  }),
];

const statement = (id: string, date: string, text: string, quote: string | null): SeedNode => ({
  label: 'Statement',
  id,
  props: { id, text, quote, direct: quote !== null, date },
  sentence: text,
});

const STATEMENTS: SeedNode[] = [
  statement(
    'statement:e2e-rus-not-target',
    '2024-06-26',
    'South Korea is not the target of the comprehensive strategic partnership.',
    null,
  ),
  statement(
    'statement:e2e-rudenko-warning',
    '2024-06-26',
    '“[This] treaty is a kind of warning for those countries that probably expected to or would plan to solve the problems of the peninsula and the region as a whole by military means,” Rudenko told Sputnik.',
    '[This] treaty is a kind of warning for those countries that probably expected to or would plan to solve the problems of the peninsula and the region as a whole by military means',
  ),
  statement(
    'statement:e2e-rudenko-not-aimed',
    '2024-06-26',
    'Rudenko remarked that the treaty “is not aimed at undermining the already difficult situation in the Northeast Asia region”.',
    'is not aimed at undermining the already difficult situation in the Northeast Asia region',
  ),
  statement(
    'statement:e2e-rudenko-hope-seoul',
    '2024-06-26',
    '“We hope Seoul will accept the new agreement with an understanding, and a sound approach will prevail there, including in relations with Russia,” the deputy foreign minister added.',
    'We hope Seoul will accept the new agreement with an understanding, and a sound approach will prevail there, including in relations with Russia',
  ),
  statement(
    'statement:e2e-chang-weapons',
    '2024-06-20',
    'South Korea would consider providing direct weapons aid to Ukraine.',
    null,
  ),
  statement(
    'statement:e2e-putin-mistake',
    '2024-06-20',
    'Putin said that would be a “very big mistake”.',
    'very big mistake',
  ),
  statement(
    'statement:e2e-rudenko-kim-visit',
    '2024-06-25',
    'The necessary conditions for a visit by Kim are in place.',
    null,
  ),
];

const rel = (from: string, type: SeedRelationship['type'], to: string, props?: Props): SeedRelationship => ({
  from,
  type,
  to,
  props,
});

const RELATIONSHIPS: SeedRelationship[] = [
  rel('person:vladimir-putin', 'REPRESENTS', 'RUS', { title: 'President' }),
  rel('person:kim-jong-un', 'REPRESENTS', 'PRK', { title: 'leader' }),
  rel(RUDENKO_ID, 'REPRESENTS', 'RUS', { title: 'Deputy Foreign Minister' }),
  rel('person:chang-ho-jin', 'REPRESENTS', 'KOR', { title: 'national security adviser' }),
  rel('org:sputnik', 'IN', 'RUS'),
  rel('org:tass', 'IN', 'RUS'),
  rel('place:pyongyang', 'IN', 'PRK'),
  rel('place:vostochny-cosmodrome', 'IN', 'RUS'),
  rel('place:moscow', 'IN', 'RUS'),
  rel('place:tehran', 'IN', 'IRN'),
  rel('RUS', 'PARTY_TO', TREATY_ID),
  rel('PRK', 'PARTY_TO', TREATY_ID),
  rel('person:vladimir-putin', 'SIGNED', TREATY_ID),
  rel('person:kim-jong-un', 'SIGNED', TREATY_ID),
  rel(TREATY_ID, 'CONCLUDED_AT', SUMMIT_ID),
  rel('person:vladimir-putin', 'ATTENDED', SUMMIT_ID),
  rel('person:kim-jong-un', 'ATTENDED', SUMMIT_ID),
  rel(SUMMIT_ID, 'HELD_IN', 'place:pyongyang'),
  rel('person:kim-jong-un', 'ATTENDED', 'meeting:2023-09-vostochny-cosmodrome-meeting'),
  rel('person:vladimir-putin', 'ATTENDED', 'meeting:2023-09-vostochny-cosmodrome-meeting'),
  rel('meeting:2023-09-vostochny-cosmodrome-meeting', 'HELD_IN', 'place:vostochny-cosmodrome'),
  rel('person:kim-jong-un', 'ATTENDED', 'meeting:kim-jong-un-visit-to-moscow'),
  rel('person:vladimir-putin', 'ATTENDED', 'meeting:kim-jong-un-visit-to-moscow'),
  rel('meeting:kim-jong-un-visit-to-moscow', 'HELD_IN', 'place:moscow'),
  rel(RUDENKO_ID, 'ATTENDED', 'meeting:2024-06-acd-ministerial-tehran'),
  rel('meeting:2024-06-acd-ministerial-tehran', 'HELD_IN', 'place:tehran'),
  rel('RUS', 'SAID', 'statement:e2e-rus-not-target'),
  rel('statement:e2e-rus-not-target', 'ABOUT', TREATY_ID),
  rel('statement:e2e-rus-not-target', 'ABOUT', 'KOR'),
  ...[
    'statement:e2e-rudenko-warning',
    'statement:e2e-rudenko-not-aimed',
    'statement:e2e-rudenko-hope-seoul',
  ].flatMap((id) => [
    rel(RUDENKO_ID, 'SAID', id),
    rel(id, 'ABOUT', TREATY_ID),
    rel(id, 'VIA', 'org:sputnik'),
  ]),
  rel('statement:e2e-rudenko-hope-seoul', 'ABOUT', 'KOR'),
  rel('person:chang-ho-jin', 'SAID', 'statement:e2e-chang-weapons'),
  rel('statement:e2e-chang-weapons', 'ABOUT', 'UKR'),
  rel('person:vladimir-putin', 'SAID', 'statement:e2e-putin-mistake'),
  rel('statement:e2e-putin-mistake', 'ABOUT', 'KOR'),
  rel('statement:e2e-putin-mistake', 'ABOUT', 'UKR'),
  rel(RUDENKO_ID, 'SAID', 'statement:e2e-rudenko-kim-visit'),
  rel('statement:e2e-rudenko-kim-visit', 'ABOUT', 'person:kim-jong-un'),
];

export interface SeededGraph {
  articleId: string;
  statementIds: string[];
  remove(): Promise<void>;
}

/** Writes the seed article's graph under a fresh article id; `remove()` withdraws exactly what it added. */
export async function seedGraph(driver: Driver, database: string, articleId: string): Promise<SeededGraph> {
  const article = {
    id: articleId,
    url: 'https://english.hani.co.kr/arti/english_edition/e_northkorea/1146389',
    title: 'Russia says new treaty with North Korea isn’t directed at South',
    publishedAt: '2024-06-26',
    publisher: 'The Hankyoreh',
    authors: ['Kim Mi-na'],
    language: 'en',
    ingestedAt: new Date().toISOString(),
  };
  await driver.executeQuery(
    'MERGE (a:Article {id: $article.id}) SET a += $article',
    { article },
    { database },
  );
  for (const label of NODE_LABELS) {
    const rows = [...NODES, ...STATEMENTS].filter((n) => n.label === label);
    if (rows.length === 0) continue;
    await driver.executeQuery(
      `MATCH (a:Article {id: $articleId})
       UNWIND $rows AS row
       MERGE (n:${label} {id: row.id})
       SET n += row.props
       MERGE (n)-[m:MENTIONED_IN]->(a)
       SET m.sentence = row.sentence, m.start = 0, m.end = size(row.sentence), m.mentions = 1`,
      { articleId, rows: rows.map((r) => ({ id: r.id, props: r.props, sentence: r.sentence })) },
      { database },
    );
  }
  const labelOf = new Map([...NODES, ...STATEMENTS].map((n) => [n.id, n.label]));
  const groups = new Map<string, SeedRelationship[]>();
  for (const r of RELATIONSHIPS) {
    const key = `${labelOf.get(r.from)}|${r.type}|${labelOf.get(r.to)}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const [key, group] of groups) {
    // Labels and types come from the fixture's closed lists above, never from input.
    const [from, type, to] = key.split('|');
    await driver.executeQuery(
      `UNWIND $rows AS row
       MATCH (f:${from} {id: row.from}) MATCH (t:${to} {id: row.to})
       MERGE (f)-[r:${type}]->(t)
       SET r += row.props,
           r.articles = CASE WHEN $articleId IN coalesce(r.articles, []) THEN r.articles
                        ELSE coalesce(r.articles, []) + $articleId END`,
      { articleId, rows: group.map((r) => ({ ...r, props: r.props ?? {} })) },
      { database },
    );
  }
  return {
    articleId,
    statementIds: STATEMENTS.map((s) => s.id),
    remove: () => removeArticle(driver, database, articleId),
  };
}

async function removeArticle(driver: Driver, database: string, articleId: string): Promise<void> {
  await driver.executeQuery(
    `MATCH (a:Article {id: $id})
     OPTIONAL MATCH (a)<-[:MENTIONED_IN]-(n)
     WITH a, collect(n) AS nodes
     CALL (nodes) {
       UNWIND nodes AS n
       MATCH (n)-[r]->()
       WHERE $id IN coalesce(r.articles, [])
       SET r.articles = [x IN r.articles WHERE x <> $id]
       WITH r WHERE size(r.articles) = 0
       DELETE r
     }
     CALL (a) { MATCH (a)<-[m:MENTIONED_IN]-() DELETE m }
     CALL (nodes) { UNWIND nodes AS n WITH n WHERE NOT (n)-[:MENTIONED_IN]->() DETACH DELETE n }
     DETACH DELETE a`,
    { id: articleId },
    { database },
  );
}
