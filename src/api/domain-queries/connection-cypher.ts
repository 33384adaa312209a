// Pure: the Cypher of a paged connection (totalCount and one page of edges, each with its node and relationship
// properties) and of the simple property filters of a generated `where`, shaped as @neo4j/graphql generates them.
// Cursors and pageInfo need no Cypher: they follow from first, after and totalCount (render-answer.ts).
import neo4j from 'neo4j-driver';
import type { CypherScope, Projection } from './cypher-projection.ts';
import type { SchemaFacts } from './schema-facts.ts';
import type { FieldPlan } from './selection-plan.ts';

type Project = (
  facts: SchemaFacts,
  typeName: string,
  variable: string,
  fields: readonly FieldPlan[],
  scope: CypherScope,
) => Projection | undefined;

const COMPARISONS: Record<string, string> = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=', in: 'IN' };

/**
 * `{property: {eq|gt|gte|lt|lte|in: value}, ...}` on properties of `typeName` as a Cypher condition ('' for no
 * filter); undefined for anything else (AND/OR/NOT, relationship filters, numbers whose Cypher type is unknown).
 */
export function whereOf(
  facts: SchemaFacts,
  typeName: string,
  where: unknown,
  variable: string,
  scope: CypherScope,
): string | undefined {
  if (where === undefined || where === null) return '';
  const type = facts.get(typeName);
  const terms: string[] = [];
  for (const [property, filter] of Object.entries(where as Record<string, unknown>)) {
    if (type?.fields.get(property)?.kind !== 'property' || !filter || typeof filter !== 'object')
      return undefined;
    for (const [operator, value] of Object.entries(filter as Record<string, unknown>)) {
      const comparison = COMPARISONS[operator];
      const plain = (v: unknown) => typeof v === 'string' || typeof v === 'boolean';
      if (!comparison || !(operator === 'in' ? Array.isArray(value) && value.every(plain) : plain(value)))
        return undefined;
      terms.push(`${variable}.${property} ${comparison} ${scope.param(value)}`);
    }
  }
  return terms.length === 0 ? '' : `(${terms.join(' AND ')})`;
}

/** The offset a cursor stands for (graphql-relay's arrayconnection cursors), or `fallback`. */
export function cursorOffset(cursor: unknown, fallback: number): number {
  if (typeof cursor !== 'string') return fallback;
  const offset = parseInt(
    Buffer.from(cursor, 'base64').toString('utf8').slice('arrayconnection:'.length),
    10,
  );
  return Number.isNaN(offset) ? fallback : offset;
}

export function offsetCursor(offset: number): string {
  return Buffer.from(`arrayconnection:${offset}`, 'utf8').toString('base64');
}

export interface PagedEdgesInput {
  facts: SchemaFacts;
  /** The connection field; its args hold only first, after and sort. */
  field: FieldPlan;
  target: string;
  properties?: string;
  /** MATCH (and WHERE) lines binding `node` (and `rel`). */
  match: string[];
  node: string;
  rel?: string;
  scope: CypherScope;
  project: Project;
}

/**
 * Lines computing the connection, and the expression of its value: `{ totalCount, edges }`, or, positional (see
 * CypherScope), `[totalCount, edges]` with each edge a list of its selected fields' values in selection order.
 */
export function pagedEdges(input: PagedEdgesInput): { lines: string[]; value: string } | undefined {
  const { field, node, scope } = input;
  const { first, after, sort, ...rest } = field.args as { first?: unknown; after?: unknown; sort?: unknown };
  if (Object.values(rest).some((value) => value !== undefined && value !== null)) return undefined;
  if (typeof first !== 'number' || !field.fields || hasRepeatedField(field.fields)) return undefined;
  // Past the type's @limit max, @neo4j/graphql caps the page: left to it.
  const max = input.facts.get(input.target)?.maxLimit;
  if (max !== undefined && first > max) return undefined;
  const order = sortOf(sort, node);
  if (order === undefined) return undefined;
  const skip = cursorOffset(after, -1) + 1;
  const edges = scope.variable('edges');
  const total = scope.variable('total');
  // Edges are collected as bare nodes unless their properties are asked: a map per edge holding the relationship
  // too cost Neo4j about twice the floor's time on a person's 1,000 statements, for the same answer.
  const rel = input.rel && asksEdgeProperties(field.fields) ? input.rel : undefined;
  const entries = [scope.positional ? total : `totalCount: ${total}`];
  const inner: string[] = [];
  // @neo4j/graphql's connection and edge resolvers read their values by field name, whatever the alias.
  for (const part of field.fields) {
    if (['__typename', 'totalCount', 'pageInfo'].includes(part.name)) continue;
    if (part.name !== 'edges' || !part.fields) return undefined;
    const edge = edgeProjection({ ...input, rel }, part.fields);
    if (!edge) return undefined;
    const collected = scope.variable('var');
    inner.push(
      `CALL (${edges}) {`,
      ...(rel
        ? [`UNWIND ${edges} AS edge`, `WITH edge.node AS ${node}, edge.relationship AS ${rel}`]
        : [`UNWIND ${edges} AS ${node}`]),
      `WITH *`,
      ...(order ? [`ORDER BY ${order}`] : []),
      ...(skip > 0 ? [`SKIP ${scope.param(neo4j.int(skip))}`] : []),
      `LIMIT ${scope.param(neo4j.int(first))}`,
      ...edge.subqueries,
      `RETURN collect(${edge.map}) AS ${collected}`,
      `}`,
    );
    entries.push(scope.positional ? collected : `edges: ${collected}`);
  }
  const collectedEdge = rel ? `{node: ${node}, relationship: ${rel}}` : node;
  return {
    lines: [
      ...input.match,
      `WITH collect(${collectedEdge}) AS ${edges}, count(${node}) AS ${total}`,
      ...inner,
    ],
    value: scope.positional ? `[${entries.join(', ')}]` : `{ ${entries.join(', ')} }`,
  };
}

type SortDirection = 'ASC' | 'DESC';

/** `ORDER BY` terms of a sort on properties, `[{node: {p: ASC}}]` (nested) or `[{p: ASC}]` (root); '' for none. */
export function sortOf(sort: unknown, node: string): string | undefined {
  if (sort === undefined || sort === null) return '';
  if (!Array.isArray(sort)) return undefined;
  const terms: string[] = [];
  for (const entry of sort as Record<string, unknown>[]) {
    const keys = Object.keys(entry ?? {});
    if (keys.length === 1 && keys[0] === 'edge') return undefined;
    const properties = (keys.length === 1 && keys[0] === 'node' ? entry.node : entry) as Record<
      string,
      unknown
    >;
    for (const [property, direction] of Object.entries(properties)) {
      if (direction !== 'ASC' && direction !== 'DESC') return undefined;
      terms.push(`${node}.${property} ${direction as SortDirection}`);
    }
  }
  return terms.join(', ');
}

function edgeProjection(input: PagedEdgesInput, fields: readonly FieldPlan[]): Projection | undefined {
  const { facts, node, rel, scope } = input;
  const subqueries: string[] = [];
  const entries: string[] = [];
  if (hasRepeatedField(fields)) return undefined;
  for (const part of fields) {
    if (part.name === '__typename' || part.name === 'cursor') {
      // The renderer answers these (render-answer.ts); a position keeps the list aligned with the selection.
      if (scope.positional) entries.push('null');
      continue;
    }
    if (part.name === 'node' && part.fields) {
      const projection = input.project(facts, input.target, node, part.fields, scope);
      if (!projection) return undefined;
      subqueries.push(...projection.subqueries);
      entries.push(scope.positional ? projection.map : `node: ${projection.map}`);
    } else if (part.name === 'properties' && part.fields && input.properties && rel) {
      const properties = facts.get(input.properties);
      const keys: string[] = [];
      for (const property of part.fields) {
        if (property.name === '__typename') {
          if (scope.positional) keys.push('null');
          continue;
        }
        if (properties?.fields.get(property.name)?.kind !== 'property') return undefined;
        keys.push(scope.positional ? `${rel}.${property.name}` : `${property.key}: ${rel}.${property.name}`);
      }
      entries.push(scope.positional ? `[${keys.join(', ')}]` : `properties: { ${keys.join(', ')} }`);
    } else return undefined;
  }
  return { subqueries, map: scope.positional ? `[${entries.join(', ')}]` : `{ ${entries.join(', ')} }` };
}

function asksEdgeProperties(fields: readonly FieldPlan[]): boolean {
  return fields.some(
    (part) => part.name === 'edges' && part.fields?.some((edge) => edge.name === 'properties'),
  );
}

function hasRepeatedField(fields: readonly FieldPlan[]): boolean {
  const names = fields.map((f) => f.name).filter((name) => name !== '__typename');
  return new Set(names).size !== names.length;
}
