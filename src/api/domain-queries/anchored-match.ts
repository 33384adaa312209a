// Pure: the MATCH of a generated top-level list or connection whose `where` holds a relationship filter
// `rel: {some: {...}}` (e.g. statements whose speaker is one person). @neo4j/graphql tests it as an EXISTS per node of
// the list's type, so Neo4j reads every statement in range; starting from the related node (an indexed id) reads only
// its own. Same nodes: one row per node (DISTINCT), and a sort that ends ties (`id`) makes the order the same too.
import type { CypherScope } from './cypher-projection.ts';
import { whereOf } from './connection-cypher.ts';
import type { SchemaFacts } from './schema-facts.ts';

/**
 * MATCH lines binding `node` (a `typeName`) to the nodes `where` keeps, or undefined when `where` is not
 * `{property filters..., rel: {some: filter}}` with one such relationship, or `sort` leaves ties to the database.
 */
export function anchoredMatch(
  facts: SchemaFacts,
  typeName: string,
  where: unknown,
  sort: unknown,
  node: string,
  scope: CypherScope,
): string[] | undefined {
  if (!where || typeof where !== 'object' || !sortsById(sort)) return undefined;
  const fields = facts.get(typeName)?.fields;
  const related = Object.entries(where as Record<string, unknown>).filter(
    ([name]) => fields?.get(name)?.kind === 'relationship',
  );
  if (related.length !== 1) return undefined;
  const [name, filter] = related[0]!;
  const fact = fields!.get(name);
  if (fact?.kind !== 'relationship' || !isObject(filter) || Object.keys(filter).join() !== 'some')
    return undefined;
  const some = filter.some;
  if (!isObject(some)) return undefined;
  // A union (Speaker) is filtered by one member type, `{Person: {...}}`; an object type directly.
  let member = fact.target;
  let memberWhere: unknown = some;
  if (!facts.get(member)?.isNode) {
    const keys = Object.keys(some);
    if (keys.length !== 1 || !facts.get(keys[0]!)?.isNode) return undefined;
    member = keys[0]!;
    memberWhere = some[member];
  }
  const other = scope.variable('m');
  const memberFilter = whereOf(facts, member, memberWhere, other, scope);
  const rest = Object.fromEntries(Object.entries(where).filter(([key]) => key !== name));
  const nodeFilter = whereOf(facts, typeName, rest, node, scope);
  if (memberFilter === undefined || nodeFilter === undefined) return undefined;
  const conditions = [memberFilter, nodeFilter].filter(Boolean);
  const path =
    fact.direction === 'OUT'
      ? `(${node}:${typeName})-[:${fact.type}]->(${other}:${member})`
      : `(${node}:${typeName})<-[:${fact.type}]-(${other}:${member})`;
  return [
    `MATCH ${path}`,
    ...(conditions.length > 0 ? [`WHERE ${conditions.join(' AND ')}`] : []),
    // Two relationships to the same node would match twice; the EXISTS it replaces keeps the node once.
    `WITH DISTINCT ${node}`,
  ];
}

/** True when the sort (root `[{p: DIR}]` or nested `[{node: {p: DIR}}]`) orders by the unique `id`. */
function sortsById(sort: unknown): boolean {
  if (!Array.isArray(sort)) return false;
  return sort.some((entry: unknown) => {
    if (!isObject(entry)) return false;
    const properties = Object.keys(entry).join() === 'node' ? entry.node : entry;
    return isObject(properties) && 'id' in properties;
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
