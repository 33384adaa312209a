import { parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { isInt } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLSchema } from 'graphql';
import { queryFieldCypher, rebind } from '../../../src/api/domain-queries/query-field-cypher.ts';
import { NullInNonNull, renderField } from '../../../src/api/domain-queries/render-answer.ts';
import { readSchemaFacts, type SchemaFacts } from '../../../src/api/domain-queries/schema-facts.ts';
import { planResolvedField } from '../../../src/api/domain-queries/selection-plan.ts';
import { getArgumentValues } from '../../../src/api/graphql-js.ts';
import { buildGraphqlSchema, loadTypeDefs } from '../../../src/api/graphql-schema.ts';

let schema: GraphQLSchema;
let facts: SchemaFacts;
beforeAll(async () => {
  schema = await buildGraphqlSchema({ version: 'test', getIngest: () => undefined });
  facts = readSchemaFacts(loadTypeDefs());
});

/** The Cypher the hand-written resolver would run for the first root field of `source`, as graphql-js calls it. */
function planOf(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((d) => [d.name.value, d]),
  );
  const node = operation.selectionSet.selections[0]!;
  if (node.kind !== 'Field') throw new Error('the first selection must be a field');
  const parentType = schema.getQueryType()!;
  const field = parentType.getFields()[node.name.value]!;
  const args = getArgumentValues(field, node, variables);
  const plan = planResolvedField(
    {
      fieldName: field.name,
      fieldNodes: [node],
      returnType: field.type,
      parentType,
      fragments,
      variableValues: variables,
    },
    args,
  );
  return plan;
}

function cypherOf(source: string, variables: Record<string, unknown> = {}, positional = false) {
  const plan = planOf(source, variables);
  return plan && queryFieldCypher(facts, plan, { positional });
}

const README_WHO_SAID_WHAT = `query WhoSaidWhat {
  whoSaidWhat(agreement: "comprehensive strategic partnership treaty", limit: 20) {
    date quote text speakerName speakerTitle
    speakerCountry { id name }
    channel { name }
    articlesConnection(first: 3, sort: [{ node: { publishedAt: ASC } }]) {
      totalCount edges { properties { sentence } node { title url publishedAt } }
    }
  }
}`;

describe('the Cypher of the hand-written domain resolvers', () => {
  it("plans a root query's Cypher once: another request's arguments are rebound to the same text", () => {
    const source = `query W($a: String!, $from: Date, $n: Int) { whoSaidWhat(agreement: $a, from: $from, limit: $n) {
      id speakerName articlesConnection(first: 3) { totalCount edges { node { id } } } } }`;
    const first = cypherOf(source, { a: 'agreement:x', from: '2024-01-01', n: 7 })!;
    const second = cypherOf(source, { a: 'agreement:y' })!;
    expect(first.bound).toEqual([
      ['p0', 'agreement'],
      ['p1', 'from'],
      ['p2', 'to'],
      ['p3', 'limit'],
    ]);
    const args = { agreement: 'agreement:y', limit: 50 };
    expect(rebind(first, { args, intArgs: ['limit'] })).toEqual({
      cypher: second.cypher,
      params: second.params,
    });
    expect(first.cypher).toBe(second.cypher);
  });

  it('projects exactly the selection of whoSaidWhat, with each @cypher field in its own subquery', () => {
    const query = cypherOf(README_WHO_SAID_WHAT)!;
    expect(query.cypher.split('WITH s AS this4')[1]).toMatchInlineSnapshot(`
      "
      CALL (this4) {
      CALL (this4) {
        WITH this4 AS this
        MATCH (this)<-[:SAID]-(x) RETURN x.name AS name LIMIT 1
      }
      RETURN name AS var5
      }
      CALL (this4) {
      CALL (this4) {
        WITH this4 AS this
        OPTIONAL MATCH (this)<-[:SAID]-(p:Person)
      OPTIONAL MATCH (p)-[r:REPRESENTS]->(:Country)
      WITH p, r ORDER BY r.title IS NULL
      RETURN coalesce(r.title, p.title) AS title LIMIT 1
      }
      RETURN title AS var6
      }
      CALL (this4) {
      CALL (this4) {
        WITH this4 AS this
        CALL (this) {
        MATCH (this)<-[:SAID]-(c:Country) RETURN c, 0 AS rank
        UNION
        MATCH (this)<-[:SAID]-(:Person)-[:REPRESENTS]->(c:Country) RETURN c, 1 AS rank
        UNION
        MATCH (this)<-[:SAID]-(:Person)-[:REPRESENTS]->(:Organization)-[:IN]->(c:Country) RETURN c, 2 AS rank
        UNION
        MATCH (this)<-[:SAID]-(:Organization)-[:IN]->(c:Country) RETURN c, 3 AS rank
      }
      RETURN c ORDER BY rank LIMIT 1
      }
      WITH c AS n8
      WITH n8 { .id, .name } AS n8
      LIMIT $p9
      RETURN head(collect(n8)) AS var7
      }
      CALL (this4) {
      MATCH (this4)-[r11:VIA]->(n10:Organization)
      WITH DISTINCT n10
      WITH n10 { .name } AS n10
      LIMIT $p13
      RETURN collect(n10) AS var12
      }
      CALL (this4) {
      MATCH (this4)-[r15:MENTIONED_IN]->(n14:Article)
      WITH collect({node: n14, relationship: r15}) AS edges16, count(n14) AS total17
      CALL (edges16) {
      UNWIND edges16 AS edge
      WITH edge.node AS n14, edge.relationship AS r15
      WITH *
      ORDER BY n14.publishedAt ASC
      LIMIT $p19
      RETURN collect({ properties: { sentence: r15.sentence }, node: n14 { .title, .url, .publishedAt } }) AS var18
      }
      RETURN { totalCount: total17, edges: var18 } AS var20
      }
      WITH this4 { .date, .quote, .text, speakerName: var5, speakerTitle: var6, speakerCountry: var7, channel: var12, articlesConnection: var20 } AS this4
      LIMIT $p21
      RETURN this4 AS this"
    `);
    expect(query.params.p0).toBe('comprehensive strategic partnership treaty');
    // Absent date bounds are null parameters; limits are Cypher integers (a JS number would be a float).
    expect([query.params.p1, query.params.p2]).toEqual([null, null]);
    expect(isInt(query.params.p3) && query.params.p3.toNumber()).toBe(20);
    expect(isInt(query.params.p19) && query.params.p19.toNumber()).toBe(3);
  });

  it("collects a connection's edges as bare nodes when no edge property is asked", () => {
    const page = cypherOf(`{ people(where: { id: { eq: "person:a" } }) {
      statementsConnection(first: 2, sort: [{ node: { date: DESC } }]) { totalCount edges { node { id } } } } }`)!;
    expect(page.cypher).toMatch(/WITH collect\((n\d+)\) AS (edges\d+), count\(\1\) AS total\d+/);
    expect(page.cypher).toMatch(/UNWIND edges\d+ AS (n\d+)\nWITH \*\nORDER BY \1\.date DESC/);
    expect(page.cypher).not.toContain('relationship');
    const withProperties = cypherOf(`{ whoSaidWhat(agreement: "x") {
      articlesConnection(first: 1) { edges { properties { sentence } node { id } } } } }`)!;
    expect(withProperties.cypher).toMatch(/WITH collect\(\{node: n\d+, relationship: r\d+\}\)/);
  });

  it('starts a list filtered by its speaker from the speaker, not from every statement in range', () => {
    const page = cypherOf(`{ statementsConnection(
      where: { date: { gte: "2020" }, speaker: { some: { Person: { id: { eq: "person:a" } } } } }
      sort: [{ date: DESC }, { id: ASC }], first: 20) { totalCount edges { node { id } } } }`)!;
    expect(page.cypher).toMatch(
      /^MATCH \((this\d+):Statement\)<-\[:SAID\]-\((m\d+):Person\)\nWHERE \(\2\.id = \$(p\d+)\) AND \(\1\.date >= \$p\d+\)\nWITH DISTINCT \1\n/,
    );
    expect(page.cypher).not.toContain('EXISTS');
    expect(Object.values(page.params)).toContain('person:a');
    const list =
      cypherOf(`{ statements(where: { channel: { some: { name: { eq: "TASS" } } } }, sort: [{ id: ASC }]) {
      id } }`)!;
    expect(list.cypher).toMatch(/^MATCH \((this\d+):Statement\)-\[:VIA\]->\(m\d+:Organization\)\n/);
  });

  it('keys each value by its alias and merges fragments, as graphql-js answers them', () => {
    const query = cypherOf(`query {
      whoSaidWhat(agreement: "x") { said: quote ...who ... on Statement { when: date } }
    } fragment who on Statement { speaker: speakerName quote }`)!;
    expect(query.cypher).toContain(
      'WITH this4 { said: this4.quote, speaker: var5, .quote, when: this4.date } AS this4',
    );
  });

  it('projects nodes positionally for the fast path, and renders the lists as the maps', () => {
    const source = `query {
      whoSaidWhat(agreement: "x") { said: quote __typename ...who speakerCountry { name id }
        articlesConnection(first: 1) { totalCount edges { properties { sentence } node { url } } } }
    } fragment who on Statement { speaker: speakerName }`;
    const query = cypherOf(source, {}, true)!;
    // A @cypher column may be null: a map projection keeps it null, so the list does too.
    expect(query.cypher).toContain(
      'WITH CASE WHEN this4 IS NULL THEN null ELSE [this4.quote, null, var5, var6, var15] END AS this4',
    );
    expect(query.cypher).toContain('WITH CASE WHEN n7 IS NULL THEN null ELSE [n7.name, n7.id] END AS n7');
    expect(query.cypher).toContain('collect({ properties: [r10.sentence], node: [n9.url] })');
    const plan = planOf(source)!;
    const byMap = {
      said: 'We agree.',
      speaker: 'A. Speaker',
      speakerCountry: { id: 'RUS', name: 'Russia' },
      articlesConnection: {
        totalCount: 2,
        edges: [{ properties: { sentence: 'He said.' }, node: { url: 'https://x' } }],
      },
    };
    const byPosition = [
      'We agree.',
      null,
      'A. Speaker',
      ['Russia', 'RUS'],
      { totalCount: 2, edges: [{ properties: ['He said.'], node: ['https://x'] }] },
    ];
    expect(JSON.stringify(renderField(plan, [byPosition]))).toBe(JSON.stringify(renderField(plan, [byMap])));
    // A null row where the schema promises a statement: graphql-js answers, as for a map.
    expect(() => renderField(plan, [byPosition, null])).toThrow(NullInNonNull);
  });

  it("renders a connection's cursors and pageInfo from first and after, and only when asked", () => {
    const after = Buffer.from('arrayconnection:1').toString('base64');
    const cursor = (n: number) => Buffer.from(`arrayconnection:${n}`).toString('base64');
    const page = (selection: string) =>
      planOf(`{ people { statementsConnection(first: 2, after: "${after}") { ${selection} } } }`)!;
    const row = [{ totalCount: 5, edges: [{ node: ['s:3'] }, { node: ['s:4'] }] }];
    expect(
      renderField(
        page(
          'totalCount pageInfo { startCursor endCursor hasNextPage hasPreviousPage } edges { cursor node { id } }',
        ),
        [row],
      ),
    ).toEqual([
      {
        statementsConnection: {
          totalCount: 5,
          pageInfo: {
            startCursor: cursor(2),
            endCursor: cursor(3),
            hasNextPage: true,
            hasPreviousPage: true,
          },
          edges: [
            { cursor: cursor(2), node: { id: 's:3' } },
            { cursor: cursor(3), node: { id: 's:4' } },
          ],
        },
      },
    ]);
    expect(renderField(page('totalCount edges { node { id } }'), [row])).toEqual([
      { statementsConnection: { totalCount: 5, edges: [{ node: { id: 's:3' } }, { node: { id: 's:4' } }] } },
    ]);
    const empty = [{ totalCount: 2, edges: [] }];
    expect(renderField(page('pageInfo { startCursor endCursor hasNextPage }'), [empty])).toEqual([
      { statementsConnection: { pageInfo: { startCursor: null, endCursor: null, hasNextPage: false } } },
    ]);
  });

  it.each([
    ['search', '{ search(text: "Rudenko", limit: 10) { kind id label detail score } }', 'hit'],
    ['timeline', '{ timeline(entity: "person:vladimir-putin", from: "2023-01-01") { date label } }', 'event'],
    [
      'countryRelations',
      '{ countryRelations(country: "RUS") { country { id } sharedAgreements } }',
      'relation',
    ],
    ['statementCounts', '{ statementCounts(groupBy: COUNTRY, limit: 10) { key label count } }', 'bucket'],
  ])('answers %s with its own statement, whose rows are already the answer', (_, source, column) => {
    const query = cypherOf(source)!;
    expect(query.cypher).toMatch(new RegExp(`\\n}\\nWITH ${column} AS this\\d+\\nRETURN this\\d+ AS this$`));
    expect(query.cypher).not.toMatch(/\$(text|entity|country|from|to|limit|groupBy)\b/);
  });

  it.each([
    ['a directive', '{ whoSaidWhat(agreement: "x") { id quote @include(if: true) } }'],
    ['a union-typed relationship', '{ whoSaidWhat(agreement: "x") { speaker { ... on Person { name } } } }'],
    ['a relationship with arguments', '{ whoSaidWhat(agreement: "x") { channel(limit: 1) { name } } }'],
    [
      'a connection filtered through a relationship',
      '{ whoSaidWhat(agreement: "x") { articlesConnection(first: 1, where: { node: { persons: { some: { name: { eq: "a" } } } } }) { totalCount } } }',
    ],
    [
      'an OR filter',
      '{ statementsConnection(first: 1, where: { OR: [{ date: { eq: "2024" } }, { date: { eq: "2023" } }] }) { totalCount } }',
    ],
    [
      'a sort on the relationship',
      '{ whoSaidWhat(agreement: "x") { articlesConnection(first: 1, sort: [{ edge: { sentence: ASC } }]) { totalCount } } }',
    ],
    [
      "a relationship filter and a sort that leaves ties (the order would be the plan's)",
      '{ statementsConnection(first: 1, sort: [{ date: DESC }], where: { speaker: { some: { Person: { id: { eq: "a" } } } } }) { totalCount } }',
    ],
    [
      'a relationship filter on two member types',
      '{ statementsConnection(first: 1, sort: [{ id: ASC }], where: { speaker: { some: { Person: { id: { eq: "a" } }, Country: { id: { eq: "b" } } } } }) { totalCount } }',
    ],
    [
      'a relationship filter other than some',
      '{ statementsConnection(first: 1, sort: [{ id: ASC }], where: { speaker: { all: { Person: { id: { eq: "a" } } } } }) { totalCount } }',
    ],
    [
      'two relationship filters',
      '{ statements(sort: [{ id: ASC }], where: { speaker: { some: { Person: { id: { eq: "a" } } } }, channel: { some: { name: { eq: "b" } } } }) { id } }',
    ],
    ['a connection without first', '{ whoSaidWhat(agreement: "x") { articlesConnection { totalCount } } }'],
    ['an aggregate', '{ whoSaidWhat(agreement: "x") { articlesAggregate { count } } }'],
  ])('leaves a selection with %s to the generated resolver', (_, source) => {
    expect(cypherOf(source)).toBeUndefined();
  });
});
