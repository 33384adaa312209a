// Turns one ExtractionResult into the parameter rows of the article write: one row list per node label
// and per relationship group. Pure, and only a mapping: evidence and links are the result's (extract/ decides
// them); ids that the result does not define are dropped, not guessed.
import type { Evidence, ExtractionResult } from '../domain/extraction-result.ts';
import { NODE_LABELS, type NodeLabel, type RelationshipType } from '../domain/graph-schema.ts';
import { compareIds, stableHash } from '../domain/ids.ts';
import { eventProps } from './event-rows.ts';
import { RELATIONSHIP_GROUPS, relationshipGroupKey } from './relationship-groups.ts';

/** Separates group key, start id and end id in Article.asserted (ids are slugs and codes: never '|'). */
export const ASSERTED_SEPARATOR = '|';

export type EntityLabel = Exclude<NodeLabel, 'Article'>;

/** In the order the batch write takes them (and so locks them): the schema's order. */
export const ENTITY_LABELS = NODE_LABELS.filter((label): label is EntityLabel => label !== 'Article');

export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
  evidence: Evidence;
  mentions: number;
}

export interface RelationshipRow {
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/**
 * The labels an event's origin may have: an event keeps its origin's id (`Event.fromId`) only when the result
 * defines that node under one of them (a closed list, as for relationships); its actor and recipient are kept as
 * the result names them (`sourceId`, `targetId`). Ids on the node, not ACTED/TOWARD/FROM relationships: reads
 * find the few nodes they show by id, and each event costs its article's write one node and one relationship.
 */
export const EVENT_ORIGIN_LABELS = [
  'Statement',
  'Meeting',
  'Agreement',
] as const satisfies readonly EntityLabel[];

export interface ArticleRows {
  article: Record<string, unknown> & {
    id: string;
    contentHash: string;
    asserted: string[];
    extractorVersion: number | null;
  };
  nodes: Record<EntityLabel, NodeRow[]>;
  relationships: Record<string, RelationshipRow[]>;
}

export function contentHash(result: ExtractionResult): string {
  const { title, url, publishedAt, publisher } = result.article;
  return stableHash(JSON.stringify([result.text, title, url, publishedAt, publisher]));
}

export function articleRows(
  result: ExtractionResult,
  ingestedAt: string,
  extractorVersion: number | null = null,
): ArticleRows {
  const { article, text } = result;
  const labelOf = new Map<string, EntityLabel>();
  const nodes: Record<EntityLabel, NodeRow[]> = {
    Person: [],
    Country: [],
    Organization: [],
    Place: [],
    Agreement: [],
    Meeting: [],
    Statement: [],
    Event: [],
  };
  const add = (label: EntityLabel, row: NodeRow) => {
    if (labelOf.has(row.id)) return;
    labelOf.set(row.id, label);
    nodes[label].push(row);
  };
  for (const p of result.persons) {
    add('Person', {
      id: p.id,
      props: { name: p.name, aliases: p.aliases, title: p.title },
      evidence: p.evidence,
      mentions: Math.max(1, p.mentions.length),
    });
  }
  for (const c of result.countries) {
    add('Country', {
      id: c.id,
      props: { name: c.name, aliases: c.aliases },
      evidence: c.evidence,
      mentions: Math.max(1, c.mentions.length),
    });
  }
  for (const o of result.organizations) {
    add('Organization', {
      id: o.id,
      props: { name: o.name, aliases: o.aliases, kind: o.kind },
      evidence: o.evidence,
      mentions: Math.max(1, o.mentions.length),
    });
  }
  for (const p of result.places) {
    add('Place', { id: p.id, props: { name: p.name }, evidence: p.evidence, mentions: 1 });
  }
  for (const a of result.agreements) {
    add('Agreement', {
      id: a.id,
      props: { name: a.name, aliases: a.aliases, kind: a.kind, signedOn: a.signedOn, status: a.status },
      evidence: a.evidence[0] as Evidence,
      mentions: Math.max(1, a.evidence.length),
    });
  }
  for (const m of result.meetings) {
    add('Meeting', {
      id: m.id,
      props: { name: m.name, kind: m.kind, date: m.date, status: m.status },
      evidence: m.evidence[0] as Evidence,
      mentions: Math.max(1, m.evidence.length),
    });
  }
  for (const s of result.statements) {
    add('Statement', {
      id: s.id,
      // The speaker's id, kept on the statement too (it is part of the statement's identity, so it never
      // changes): a top-level list filtered by speaker then seeks an index instead of testing every statement.
      props: {
        quote: s.quote,
        // Neo4j stores no list of maps: the verbatim pieces as flat [start, end, ...] pairs into Article.text.
        quoteSpans: s.quoteSpans?.flatMap((span) => [span.start, span.end]) ?? null,
        text: s.text,
        direct: s.direct,
        date: s.date,
        speakerId: s.speaker,
      },
      evidence: s.evidence,
      mentions: 1,
    });
  }

  // Every other node is labelled by now: an event's origin is among them.
  const origins = new Set<EntityLabel>(EVENT_ORIGIN_LABELS);
  for (const e of result.events) {
    const fromLabel = labelOf.get(e.from.id);
    add('Event', {
      id: e.id,
      props: eventProps(
        e,
        article.publishedAt,
        fromLabel !== undefined && origins.has(fromLabel) ? e.from.id : null,
      ),
      evidence: e.evidence,
      mentions: 1,
    });
  }

  const relationships: Record<string, RelationshipRow[]> = Object.fromEntries(
    RELATIONSHIP_GROUPS.map((g) => [g.key, [] as RelationshipRow[]]),
  );
  const seen = new Set<string>();
  const relate = (
    from: string,
    type: RelationshipType,
    to: string | null,
    props: Record<string, unknown> = {},
  ) => {
    if (to === null) return;
    const fromLabel = labelOf.get(from);
    const toLabel = labelOf.get(to);
    if (!fromLabel || !toLabel) return;
    const key = relationshipGroupKey(fromLabel, type, toLabel);
    const rows = relationships[key];
    if (!rows || seen.has(`${key}|${from}|${to}`)) return;
    seen.add(`${key}|${from}|${to}`);
    rows.push({ from, to, props });
  };

  for (const p of result.persons) {
    relate(p.id, 'REPRESENTS', p.country, { title: p.title });
    relate(p.id, 'REPRESENTS', p.organization, { title: p.title });
  }
  for (const o of result.organizations) relate(o.id, 'IN', o.country);
  for (const p of result.places) relate(p.id, 'IN', p.country);
  for (const a of result.agreements) {
    for (const party of a.parties) relate(party, 'PARTY_TO', a.id);
    for (const signatory of a.signatories) relate(signatory, 'SIGNED', a.id);
    relate(a.id, 'CONCLUDED_AT', a.concludedAt);
    relate(a.id, 'SIGNED_IN', a.place);
  }
  for (const m of result.meetings) {
    for (const participant of m.participants) relate(participant, 'ATTENDED', m.id);
    relate(m.id, 'HELD_IN', m.place);
  }
  for (const s of result.statements) {
    relate(s.speaker, 'SAID', s.id);
    for (const about of s.about) relate(s.id, 'ABOUT', about);
    relate(s.id, 'VIA', s.channel);
  }

  return {
    article: {
      id: article.id,
      url: article.url,
      title: article.title,
      publishedAt: article.publishedAt,
      publisher: article.publisher,
      authors: article.authors,
      language: article.language,
      text,
      ingestedAt,
      contentHash: contentHash(result),
      extractorVersion,
      asserted: Object.entries(relationships).flatMap(([key, rows]) =>
        rows.map((row) => [key, row.from, row.to].join(ASSERTED_SEPARATOR)),
      ),
    },
    nodes,
    relationships,
  };
}

/** The parameters of one batch write: node rows carry their article's id and its position in `articles`. */
export interface BatchRows {
  articles: ArticleRows['article'][];
  nodes: Record<EntityLabel, (NodeRow & { article: string; at: number })[]>;
  relationships: Record<string, RelationshipRow[]>;
}

/**
 * Merges the rows of several articles (distinct ids) into the rows of one batch write, sorted across the
 * batch by id so that concurrent batches lock the nodes and relationships they share in the same order.
 */
export function batchRows(articles: readonly ArticleRows[]): BatchRows {
  const nodes = Object.fromEntries(
    ENTITY_LABELS.map((label) => [
      label,
      articles
        .flatMap((rows, at) => rows.nodes[label].map((row) => ({ ...row, article: rows.article.id, at })))
        .sort((x, y) => compareIds(x.id, y.id) || compareIds(x.article, y.article)),
    ]),
  ) as BatchRows['nodes'];
  const relationships = Object.fromEntries(
    RELATIONSHIP_GROUPS.map((g) => [
      g.key,
      articles
        .flatMap((rows) => rows.relationships[g.key] ?? [])
        .sort((x, y) => compareIds(x.from, y.from) || compareIds(x.to, y.to)),
    ]),
  );
  return { articles: articles.map((rows) => rows.article), nodes, relationships };
}
