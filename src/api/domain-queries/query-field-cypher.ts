// Pure: the Cypher of one root @cypher query field (whoSaidWhat, search, timeline, countryRelations, the
// dashboard aggregates...) for the selection asked: the field's own statement, then, for node types, the
// selection projected in Cypher as @neo4j/graphql would. Undefined when the selection is not modelled.
import neo4j from 'neo4j-driver';
import { getNamedType, isObjectType } from '../graphql-js.ts';
import { anchoredMatch } from './anchored-match.ts';
import { pagedEdges, sortOf, whereOf } from './connection-cypher.ts';
import { bindStatement, CypherScope, projectNode } from './cypher-projection.ts';
import type { CypherQuery } from './read-executor.ts';
import type { SchemaFacts } from './schema-facts.ts';
import type { FieldPlan } from './selection-plan.ts';

export function queryFieldCypher(facts: SchemaFacts, field: FieldPlan): CypherQuery | undefined {
  const fact = facts.get('Query')?.fields.get(field.name);
  if (!fact) return generatedReadCypher(facts, field);
  if (fact.kind !== 'cypher') return undefined;
  const scope = new CypherScope();
  const statement = bindStatement(fact.statement, field, scope);
  const row = scope.variable('this');
  const head = `CALL () {\n${statement}\n}\nWITH ${fact.columnName} AS ${row}`;
  const type = field.type ? facts.get(field.type.name) : undefined;
  // Maps built by the statement itself (search hits, timeline events...) are answered as they are.
  if (!type?.isNode) return { cypher: `${head}\nRETURN ${row} AS this`, params: scope.params };
  if (!field.fields || type.defaultLimit === undefined) return undefined;
  const projection = projectNode(facts, field.type!.name, row, field.fields, scope);
  if (!projection) return undefined;
  const cypher = [
    head,
    ...projection.subqueries,
    `WITH ${projection.map} AS ${row}`,
    // @neo4j/graphql pages a node list by its type's @limit default, whatever the statement's own LIMIT.
    `LIMIT ${scope.param(neo4j.int(type.defaultLimit))}`,
    `RETURN ${row} AS this`,
  ].join('\n');
  return { cypher, params: scope.params };
}

/** The generated read API's node lists (`people(where, sort, limit, offset)`) and connections. */
function generatedReadCypher(facts: SchemaFacts, field: FieldPlan): CypherQuery | undefined {
  if (!field.type || !field.fields) return undefined;
  const scope = new CypherScope();
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
