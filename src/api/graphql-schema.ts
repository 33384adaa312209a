// The executable GraphQL schema: the SDL files of schema/ (the API's one source of truth) turned into the
// @neo4j/graphql read API plus our own resolvers. Needs no database: the driver comes per request in the context.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import { installDomainResolvers } from './domain-queries/domain-resolvers.ts';
import { readSchemaFacts } from './domain-queries/schema-facts.ts';
import { createEventResolvers } from './event-resolvers.ts';
import { createIngestResolvers } from './ingest-resolvers.ts';
import type { IngestService } from './ingest-service.ts';

export const SCHEMA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../schema');

/** Every schema/*.graphql file, in name order. */
export function loadTypeDefs(dir = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(resolve(dir, file), 'utf8'));
}

export interface SchemaDeps {
  version: string;
  getIngest: () => IngestService | undefined;
  /** False keeps @neo4j/graphql's own resolvers for the @cypher queries (the reference the tests compare with). */
  handWrittenQueries?: boolean;
}

export async function buildGraphqlSchema(deps: SchemaDeps): Promise<GraphQLSchema> {
  const ingest = createIngestResolvers(deps.getIngest);
  const typeDefs = loadTypeDefs();
  const library = new Neo4jGraphQL({
    typeDefs,
    resolvers: { Mutation: ingest.Mutation, Query: createEventResolvers().Query },
    features: {
      // Dates are ISO strings: range filters (gte/lte) on strings are date ranges. No MATCHES: user regexes could be slow.
      filters: { String: { GT: true, GTE: true, LT: true, LTE: true, CASE_INSENSITIVE: true } },
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  const schema = await library.getSchema();
  // Set after generation: @neo4j/graphql wraps the resolvers it is given with a database check, and the version
  // must answer while Neo4j is still starting.
  const version = schema.getQueryType()?.getFields().version;
  if (version) version.resolve = () => deps.version;
  if (deps.handWrittenQueries !== false) installDomainResolvers(schema, readSchemaFacts(typeDefs));
  return schema;
}
