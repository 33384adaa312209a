// Pure: the Cypher of one root @cypher query field (whoSaidWhat, search, timeline, countryRelations, the
// dashboard aggregates...) for the selection asked: the field's own statement, then, for node types, the
// selection projected in Cypher as @neo4j/graphql would. Undefined when the selection is not modelled.
import neo4j from 'neo4j-driver';
import { getNamedType, isObjectType } from '../graphql-js.ts';
import { anchoredMatch } from './anchored-match.ts';
import { pagedEdges, sortOf, whereOf } from './connection-cypher.ts';
import { argumentValue, bindStatement, CypherScope, projectNode } from './cypher-projection.ts';
import type { CypherQuery } from './read-executor.ts';
import type { SchemaFacts } from './schema-facts.ts';
import type { FieldPlan } from './selection-plan.ts';

/**
 * The Cypher of a root @cypher field, and which of its parameters hold which of the field's own arguments
 * (`bound`): the text and the other parameters follow from the selection alone, so a query whose variables are
 * only the root field's arguments is planned once (domain-fast-path.ts) and rebound per request (rebind).
 */
export interface BoundQuery extends CypherQuery {
  bound?: readonly (readonly [param: string, argument: string])[];
}

/** `positional`: nodes projected as lists in selection order, for the fast path's renderer (CypherScope). */
export function queryFieldCypher(
  facts: SchemaFacts,
  field: FieldPlan,
  { positional = false }: { positional?: boolean } = {},
): BoundQuery | undefined {
  const fact = facts.get('Query')?.fields.get(field.name);
  if (!fact) return generatedReadCypher(facts, field, positional);
  if (fact.kind !== 'cypher') return undefined;
  const scope = new CypherScope(positional);
  const bound: [string, string][] = [];
  const statement = bindStatement(fact.statement, field, scope, (param, argument) =>
    bound.push([param, argument]),
  );
  const row = scope.variable('this');
  const head = `CALL () {\n${statement}\n}\nWITH ${fact.columnName} AS ${row}`;
  const type = field.type ? facts.get(field.type.name) : undefined;
  // Maps built by the statement itself (search hits, timeline events...) are answered as they are.
  if (!type?.isNode) return { cypher: `${head}\nRETURN ${row} AS this`, params: scope.params, bound };
  if (!field.fields || type.defaultLimit === undefined) return undefined;
  const projection = projectNode(facts, field.type!.name, row, field.fields, scope, true);
  if (!projection) return undefined;
  const cypher = [
    head,
    ...projection.subqueries,
    `WITH ${projection.map} AS ${row}`,
    // @neo4j/graphql pages a node list by its type's @limit default, whatever the statement's own LIMIT.
    `LIMIT ${scope.param(neo4j.int(type.defaultLimit))}`,
    `RETURN ${row} AS this`,
  ].join('\n');
  return { cypher, params: scope.params, bound };
}

/** The same query for another request of the same selection: the field's arguments as they are now. */
export function rebind(
  query: BoundQuery,
  field: Pick<FieldPlan, 'args' | 'intArgs'>,
): CypherQuery | undefined {
  if (!query.bound) return undefined;
  const params = { ...query.params };
  for (const [param, argument] of query.bound) params[param] = argumentValue(field, argument);
  return { cypher: query.cypher, params };
}

/** The generated read API's node lists (`people(where, sort, limit, offset)`) and connections. */
function generatedReadCypher(
  facts: SchemaFacts,
  field: FieldPlan,
  positional: boolean,
): CypherQuery | undefined {
  if (!field.type || !field.fields) return undefined;
  const scope = new CypherScope(positional);
  const node = scope.variable('this');
  const listed = facts.get(field.type.name);
  if (listed?.isNode && field.isList) {
    const { where, sort, limit, offset, ...rest } = field.args as Record<string, unknown>;
    if (Object.values(rest).some((v) => v !== undefined && v !== null)) return undefined;
    const page = limit ?? listed.defaultLimit;
    if (typeof page !== 'number' || (listed.maxLimit !== undefined && page > listed.maxLimit))
      return undefined;
    const match = matchOf(facts, field.type.name, where, sort, node, scope);
    const order = sortOf(sort, node);
    const projection = projectNode(facts, field.type.name, node, field.fields, scope);
    if (!match || order === undefined || !projection) return undefined;
    const cypher = [
      ...match,
      'WITH *',
      ...(order ? [`ORDER BY ${order}`] : []),
      ...(typeof offset === 'number' && offset > 0 ? [`SKIP ${scope.param(neo4j.int(offset))}`] : []),
      `LIMIT ${scope.param(neo4j.int(page))}`,
      ...projection.subqueries,
      `RETURN ${projection.map} AS this`,
    ].join('\n');
    return { cypher, params: scope.params };
  }
  const target = nodeTypeOfConnection(field);
  if (!target || !facts.get(target)?.isNode) return undefined;
  const { where, ...paging } = field.args as Record<string, unknown>;
  const match = matchOf(facts, target, where, paging.sort, node, scope);
  if (!match) return undefined;
  const paged = pagedEdges({
    facts,
    field: { ...field, args: paging },
    target,
    match,
    node,
    scope,
    project: projectNode,
  });
  if (!paged) return undefined;
  return { cypher: [...paged.lines, `RETURN ${paged.value} AS this`].join('\n'), params: scope.params };
}

/** MATCH (and WHERE) lines binding `node` to the `typeName` nodes a generated `where` keeps; undefined if not modelled. */
function matchOf(
  facts: SchemaFacts,
  typeName: string,
  where: unknown,
  sort: unknown,
  node: string,
  scope: CypherScope,
): string[] | undefined {
  const filter = whereOf(facts, typeName, where, node, scope);
  if (filter === undefined) return anchoredMatch(facts, typeName, where, sort, node, scope);
  return [`MATCH (${node}:${typeName})`, ...(filter ? [`WHERE ${filter}`] : [])];
}

/** The node type of a generated connection type (its edges' node). */
function nodeTypeOfConnection(field: FieldPlan): string | undefined {
  if (!field.name.endsWith('Connection') || field.isList) return undefined;
  const edges = field.type?.getFields().edges;
  const edge = edges && getNamedType(edges.type);
  const node = edge && isObjectType(edge) ? edge.getFields().node : undefined;
  return node ? getNamedType(node.type).name : undefined;
}
