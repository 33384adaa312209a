// Replaces the generated resolvers of the root @cypher query fields with hand-written ones: the selection is
// planned once per request into one parameterised Cypher query (no @neo4j/graphql translation) that returns
// plain maps in the shape asked. A selection the planner does not model, or a request without a connected graph,
// goes to the generated resolver, which stays the reference for every answer.
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { ApiContext } from '../graphql-context.ts';
import { queryFieldCypher } from './query-field-cypher.ts';
import { graphOf, readRows } from './read-executor.ts';
import type { SchemaFacts } from './schema-facts.ts';
import { planResolvedField } from './selection-plan.ts';

/** Installs the hand-written resolvers on every root field backed by @cypher; answers their names. */
export function installDomainResolvers(schema: GraphQLSchema, facts: SchemaFacts): string[] {
  const query = schema.getQueryType();
  const queryFacts = facts.get('Query');
  if (!query || !queryFacts) return [];
  const installed: string[] = [];
  for (const field of Object.values(query.getFields())) {
    if (queryFacts.fields.get(field.name)?.kind !== 'cypher' || !field.resolve) continue;
    field.resolve = domainResolver(facts, field.resolve);
    installed.push(field.name);
  }
  return installed;
}

function domainResolver(
  facts: SchemaFacts,
  generated: GraphQLFieldResolver<unknown, ApiContext>,
): GraphQLFieldResolver<unknown, ApiContext> {
  return async (source, args, context, info) => {
    const graph = graphOf(context);
    const field = graph && planResolvedField(info, args);
    const query = field && queryFieldCypher(facts, field);
    if (!graph || !query) return generated(source, args, context, info);
    const rows = await readRows(graph, context, query);
    return field.isList ? rows : (rows[0] ?? null);
  };
}
