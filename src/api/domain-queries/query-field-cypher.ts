// Pure: the Cypher of one root @cypher query field (whoSaidWhat, search, timeline, countryRelations, the
// dashboard aggregates...) for the selection asked: the field's own statement, then, for node types, the
// selection projected in Cypher as @neo4j/graphql would. Undefined when the selection is not modelled.
import neo4j from 'neo4j-driver';
import { bindStatement, CypherScope, projectNode } from './cypher-projection.ts';
import type { CypherQuery } from './read-executor.ts';
import type { SchemaFacts } from './schema-facts.ts';
import type { FieldPlan } from './selection-plan.ts';

export function queryFieldCypher(facts: SchemaFacts, field: FieldPlan): CypherQuery | undefined {
  const fact = facts.get('Query')?.fields.get(field.name);
  if (fact?.kind !== 'cypher') return undefined;
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
