// The read queries of coded events as pure functions returning {cypher, params}: a time series per dyad,
// country or category, a country's partners, and the evidence list. The query text is chosen from a closed set
// (which side anchors the index seek, which bucket column), every value is a parameter.
// src/api/domain-queries/event-fields.ts checks the arguments and runs them through the domain read executor.
import type { PloverCategory } from '../domain/plover-codes.ts';
import { EVENT_ORIGIN_LABELS } from './article-rows.ts';

export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

export type EventBucket = 'DAY' | 'WEEK' | 'MONTH';

const BUCKET_COLUMN: Record<EventBucket, 'day' | 'week' | 'month'> = {
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
};

/** Which events: a side or both sides of a dyad, categories, a day range, asserted only or all. */
export interface EventFilter {
  source: string | null;
  target: string | null;
  types: readonly PloverCategory[] | null;
  /** Inclusive YYYY-MM-DD days. */
  from: string;
  to: string;
  /** Also negated, denied, hypothetical and future acts. */
  includeAll: boolean;
}

export const FIRST_DAY = '0000-01-01';
export const LAST_DAY = '9999-12-31';

/**
 * The WHERE of a filter. The anchor is the most selective indexed equality: the source (index on sourceCountry,
 * day), else the target, else the categories, else the day range alone; the rest are tested on the node.
 */
function whereOf(filter: EventFilter): string {
  const parts: string[] = [];
  if (filter.source !== null) parts.push('e.sourceCountry = $source');
  if (filter.target !== null) parts.push('e.targetCountry = $target');
  if (filter.source === null && filter.target === null && filter.types !== null)
    parts.push('e.category IN $types');
  parts.push('e.day >= $from AND e.day <= $to');
  if ((filter.source !== null || filter.target !== null) && filter.types !== null)
    parts.push('e.category IN $types');
  if (!filter.includeAll) parts.push('e.counted');
  return parts.join(' AND ');
}

function paramsOf(filter: EventFilter): Record<string, unknown> {
  return {
    source: filter.source,
    target: filter.target,
    types: filter.types,
    from: filter.from,
    to: filter.to,
  };
}

/** Per bucket: count, the sum of the positive intensities, of the negative ones, their mean and net. */
export function eventSeriesQuery(filter: EventFilter, bucket: EventBucket): CypherQuery {
  const column = BUCKET_COLUMN[bucket];
  return {
    cypher: [
      'MATCH (e:Event)',
      `WHERE ${whereOf(filter)}`,
      `WITH e.${column} AS bucket, e.intensity AS x`,
      'WITH bucket, count(*) AS count, sum(CASE WHEN x > 0 THEN x ELSE 0.0 END) AS cooperation,',
      '  sum(CASE WHEN x < 0 THEN x ELSE 0.0 END) AS conflict, avg(x) AS meanIntensity, sum(x) AS netIntensity',
      'ORDER BY bucket',
      'RETURN {bucket: bucket, count: count, cooperation: cooperation, conflict: conflict,',
      '  meanIntensity: meanIntensity, netIntensity: netIntensity} AS point',
    ].join('\n'),
    params: paramsOf(filter),
  };
}

/** A country's partners in either direction, ranked by how many events they share, with net intensity. */
export function dyadsQuery(
  country: string,
  filter: Omit<EventFilter, 'source' | 'target'>,
  limit: number,
): CypherQuery {
  const rest = [
    'e.day >= $from AND e.day <= $to',
    ...(filter.types !== null ? ['e.category IN $types'] : []),
    ...(filter.includeAll ? [] : ['e.counted']),
  ].join(' AND ');
  return {
    cypher: [
      'CALL () {',
      `  MATCH (e:Event) WHERE e.sourceCountry = $country AND ${rest} AND e.targetCountry IS NOT NULL`,
      '  RETURN e.targetCountry AS partner, e.intensity AS x, 1 AS outgoing',
      '  UNION ALL',
      `  MATCH (e:Event) WHERE e.targetCountry = $country AND ${rest} AND e.sourceCountry IS NOT NULL`,
      '  RETURN e.sourceCountry AS partner, e.intensity AS x, 0 AS outgoing',
      '}',
      'WITH partner, count(*) AS events, sum(outgoing) AS sent, sum(x) AS net,',
      '  sum(CASE WHEN x > 0 THEN x ELSE 0.0 END) AS cooperation, sum(CASE WHEN x < 0 THEN x ELSE 0.0 END) AS conflict',
      'ORDER BY events DESC, partner',
      'LIMIT toInteger($limit)',
      'OPTIONAL MATCH (c:Country {id: partner})',
      'RETURN {country: partner, name: c.name, events: events, outgoing: sent, incoming: events - sent,',
      '  netIntensity: net, meanIntensity: net / events, cooperation: cooperation, conflict: conflict} AS row',
    ].join('\n'),
    params: { country, types: filter.types, from: filter.from, to: filter.to, limit },
  };
}

/** The labels an event's actor and recipient may have. */
const ACTOR_LABELS = ['Person', 'Country', 'Organization'] as const;

/**
 * The node whose id is `id` under one of `labels`, or null: one unique-index seek per label. An event keeps its
 * actor's, recipient's and origin's ids (article-rows.ts), and only the page of events shown looks them up.
 */
const byId = (id: string, labels: readonly string[]) =>
  `COLLECT { ${labels.map((label) => `MATCH (n:${label} {id: ${id}}) RETURN n`).join(' UNION ')} }[0]`;

/** The evidence behind a series point: newest first, each with its sentence, quote, actors and article. */
export function eventsQuery(filter: EventFilter, limit: number, offset: number): CypherQuery {
  return {
    cypher: [
      'MATCH (e:Event)',
      `WHERE ${whereOf(filter)}`,
      'WITH e ORDER BY e.day DESC, e.id SKIP toInteger($offset) LIMIT toInteger($limit)',
      'MATCH (e)-[m:MENTIONED_IN]->(a:Article)',
      `WITH e, m, a, ${byId('e.fromId', EVENT_ORIGIN_LABELS)} AS x,`,
      `  ${byId('e.sourceId', ACTOR_LABELS)} AS actor, ${byId('e.targetId', ACTOR_LABELS)} AS recipient`,
      'RETURN {id: e.id, category: e.category, mode: e.mode, cameo: e.cameo, intensity: e.intensity,',
      '  date: e.date, day: e.day, modality: e.modality, counted: e.counted, trigger: e.trigger,',
      '  sourceCountry: e.sourceCountry, targetCountry: e.targetCountry,',
      '  source: {id: e.sourceId, name: actor.name},',
      '  target: CASE WHEN e.targetId IS NULL THEN null ELSE {id: e.targetId, name: recipient.name} END,',
      '  sentence: m.sentence, start: m.start, end: m.end,',
      '  origin: {kind: e.fromKind, id: x.id, name: x.name, quote: x.quote, text: x.text},',
      '  article: {id: a.id, title: a.title, url: a.url, publishedAt: a.publishedAt, publisher: a.publisher}',
      '} AS event',
      'ORDER BY event.day DESC, event.id',
    ].join('\n'),
    params: { ...paramsOf(filter), limit, offset },
  };
}
