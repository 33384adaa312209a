import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLSchema } from 'graphql';
import { findArgumentProblems } from '../../../src/api/argument-guard.ts';
import { needsGraph } from '../../../src/api/graph-availability.ts';
import { buildGraphqlSchema } from '../../../src/api/graphql-schema.ts';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphqlSchema({ version: 'test', getIngest: () => undefined });
});

describe('the schema built from schema/*.graphql', () => {
  it('offers the domain queries and the generated read API, and only the ingestion mutations', () => {
    const query = Object.keys(schema.getQueryType()!.getFields());
    expect(query).toEqual(
      expect.arrayContaining([
        'whoSaidWhat',
        'search',
        'timeline',
        'countryRelations',
        'statementCounts',
        'meetingCounts',
        'graphStats',
        'statements',
        'statementsConnection',
        'people',
        'peopleConnection',
        'agreements',
        'countries',
        'meetings',
        'organizations',
        'articles',
        'places',
      ]),
    );
    expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual([
      'ingestArticle',
      'ingestArticles',
    ]);
  });
});

describe('findArgumentProblems', () => {
  const problems = (query: string, variables?: Record<string, unknown>) =>
    findArgumentProblems(schema, parse(query), variables);

  it.each([
    ['{ statements(limit: 10, offset: 20) { id } }'],
    ['{ search(text: "Rudenko") { id } }'],
    ['{ peopleConnection(first: 500) { totalCount } }'],
    ['{ timeline(entity: "PRK", from: "2024-01-01", to: "2024-01-01") { id } }'],
    ['{ whoSaidWhat(agreement: "treaty") { id } }'],
  ])('accepts %s', (query) => {
    expect(problems(query)).toEqual([]);
  });

  it.each([
    ['{ statements(limit: -1) { id } }', 'limit on Query.statements must be between 1 and 500 (got -1).'],
    ['{ search(text: "x", limit: 0) { id } }', 'limit on Query.search must be between 1 and 500 (got 0).'],
    [
      '{ statements(offset: 10001) { id } }',
      'offset on Query.statements must be between 0 and 10000 (got 10001).',
    ],
    [
      '{ people { statements(limit: 501) { id } } }',
      'limit on Person.statements must be between 1 and 500 (got 501).',
    ],
    ['{ search(text: "") { id } }', 'text on Query.search must not be empty.'],
    [
      '{ countryRelations(country: " ") { sharedMeetings } }',
      'country on Query.countryRelations must not be empty.',
    ],
    [
      '{ statementCounts(groupBy: MONTH, from: "2024-02-01", to: "2024-01-01") { key } }',
      'from (2024-02-01) is after to (2024-01-01) on Query.statementCounts.',
    ],
  ])('refuses %s', (query, message) => {
    expect(problems(query)).toEqual([message]);
  });

  it('reads values from variables and inside fragments', () => {
    expect(
      problems('query($n: Int) { ...F } fragment F on Query { people(limit: $n) { id } }', { n: 100_000 }),
    ).toEqual(['limit on Query.people must be between 1 and 500 (got 100000).']);
  });
});

describe('needsGraph', () => {
  const operation = (query: string) => parse(query).definitions[0] as Parameters<typeof needsGraph>[0];
  it('knows which operations can be answered without Neo4j', () => {
    expect(needsGraph(operation('{ version __typename }'))).toBe(false);
    expect(needsGraph(operation('{ __schema { types { name } } }'))).toBe(false);
    expect(needsGraph(operation('{ version statements { id } }'))).toBe(true);
    expect(needsGraph(operation('mutation { ingestArticle(input: {text: "x"}) { articleId } }'))).toBe(true);
  });
});
