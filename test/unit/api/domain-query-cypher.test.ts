import { parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { isInt } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLSchema } from 'graphql';
import { splitFinalReturn } from '../../../src/api/domain-queries/cypher-projection.ts';
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

  it('projects exactly the selection of whoSaidWhat, the speaker fields in one subquery that matches the speaker once', () => {
    const query = cypherOf(README_WHO_SAID_WHAT)!;
    expect(query.cypher.split('WITH s AS this4')[1]).toMatchInlineSnapshot(`
      "
      CALL (this4) {
        WITH this4 AS this
        OPTIONAL MATCH (this)<-[:SAID]-(speaker) WITH speaker LIMIT 1
        RETURN speaker.name AS var5, CASE WHEN speaker:Person THEN coalesce(head([(speaker)-[r:REPRESENTS]->(:Country) WHERE r.title IS NOT NULL | r.title]), speaker.title) END AS var6, CASE WHEN speaker:Country THEN speaker WHEN speaker:Person THEN coalesce(head([(speaker)-[:REPRESENTS]->(c:Country) | c]), head([(speaker)-[:REPRESENTS]->(:Organization)-[:IN]->(c:Country) | c])) WHEN speaker:Organization THEN head([(speaker)-[:IN]->(c:Country) | c]) END AS n7
      }
      CALL (this4) {
      MATCH (this4)-[r9:VIA]->(n8:Organization)
      WITH DISTINCT n8
      WITH n8 { .name } AS n8
      LIMIT $p11
      RETURN collect(n8) AS var10
      }
      CALL (this4) {
      MATCH (this4)-[r13:MENTIONED_IN]->(n12:Article)
      WITH collect({node: n12, relationship: r13}) AS edges14, count(n12) AS total15
      CALL (edges14) {
      UNWIND edges14 AS edge
      WITH edge.node AS n12, edge.relationship AS r13
      WITH *
      ORDER BY n12.publishedAt ASC
      LIMIT $p17
      RETURN collect({ properties: { sentence: r13.sentence }, node: n12 { .title, .url, .publishedAt } }) AS var16
      }
      RETURN { totalCount: total15, edges: var16 } AS var18
      }
      WITH this4 { .date, .quote, .text, speakerName: var5, speakerTitle: var6, speakerCountry: n7 { .id, .name }, channel: var10, articlesConnection: var18 } AS this4
      LIMIT $p19
      RETURN this4 AS this"
    `);
    expect(query.params.p0).toBe('comprehensive strategic partnership treaty');
    // Absent date bounds are null parameters; limits are Cypher integers (a JS number would be a float).
    expect([query.params.p1, query.params.p2]).toEqual([null, null]);
    expect(isInt(query.params.p3) && query.params.p3.toNumber()).toBe(20);
    expect(isInt(query.params.p17) && query.params.p17.toNumber()).toBe(3);
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

  it('computes @cypher fields that begin with the same clauses in one subquery, and a field alone in its own', () => {
    const alone = cypherOf('{ whoSaidWhat(agreement: "x") { speakerTitle } }')!;
    expect(alone.cypher).toContain('CALL (this4) {\nCALL (this4) {\n  WITH this4 AS this\n  OPTIONAL MATCH');
    // The country's own relationship list runs after the shared subquery, on its column (null when there is none).
    const query = cypherOf(`{ whoSaidWhat(agreement: "x") {
      speakerName speakerCountry { name agreements { name } } } }`)!;
    expect(query.cypher.match(/\[:SAID\]/g)).toHaveLength(1);
    expect(query.cypher).toMatch(
      /RETURN speaker\.name AS var5, CASE WHEN speaker:Country [^\n]* END AS n6\n\}\nCALL \(n6\) \{\nMATCH \(n6\)-\[r\d+:PARTY_TO\]->/,
    );
    expect(query.cypher).toMatch(/speakerCountry: n6 \{ \.name, agreements: var\d+ \}/);
  });

  it('shares the leading clauses of a @cypher statement only when its final RETURN is one value per row', () => {
    expect(
      splitFinalReturn('OPTIONAL MATCH (this)<-[:SAID]-(x) WITH x LIMIT 1\nRETURN x.name AS name', 'name'),
    ).toEqual({
      prelude: 'OPTIONAL MATCH (this)<-[:SAID]-(x) WITH x LIMIT 1',
      expression: 'x.name',
    });
    for (const statement of [
      'MATCH (this)-[:SAID]->(s)\nRETURN count(s) AS name',
      'MATCH (this)-[:SAID]->(s)\nRETURN DISTINCT s.date AS name',
      'MATCH (this)-[:SAID]->(s)\nRETURN s.date AS name ORDER BY name LIMIT 1',
      'MATCH (this)-[:SAID]->(s) WHERE s.date > $from\nRETURN s.date AS name',
      'MATCH (this)<-[:SAID]-(c:Country) RETURN c AS x\nUNION\nMATCH (this)<-[:SAID]-(c:Person) RETURN c AS name',
      'RETURN this.name AS name',
      // Leading clauses that may give no row, or several, or filter the one row away.
      'MATCH (this)<-[:SAID]-(x) WITH x LIMIT 1\nRETURN x.name AS name',
      'OPTIONAL MATCH (this)<-[:SAID]-(x)\nRETURN x.name AS name',
      'OPTIONAL MATCH (this)<-[:SAID]-(x) WITH x WHERE x.name > "a" LIMIT 1\nRETURN x.name AS name',
    ])
      expect(splitFinalReturn(statement, 'name'), statement).toBeUndefined();
    expect(
      splitFinalReturn('OPTIONAL MATCH (this)<-[:SAID]-(x) WITH x LIMIT 1\nRETURN x.name AS other', 'name'),
    ).toBeUndefined();
  });

  it('reads the clauses outside strings, comments and brackets, wherever the lines break', () => {
    const one = 'OPTIONAL MATCH (this)<-[:SAID]-(x) WITH x LIMIT 1';
    expect(splitFinalReturn(`${one} RETURN x.name AS name`, 'name')).toEqual({
      prelude: one,
      expression: 'x.name',
    });
    expect(
      splitFinalReturn(`${one}\n// the first RETURN\nRETURN x.name + '\nRETURN x' AS name`, 'name'),
    ).toEqual({
      prelude: one,
      expression: "x.name + '\nRETURN x'",
    });
    expect(
      splitFinalReturn(
        `OPTIONAL MATCH (this)<-[:SAID]-(x) WHERE x.name <> 'a' WITH x LIMIT 1\nRETURN x.name AS name`,
        'name',
      ),
    ).toEqual({
      prelude: "OPTIONAL MATCH (this)<-[:SAID]-(x) WHERE x.name <> 'a' WITH x LIMIT 1",
      expression: 'x.name',
    });
    for (const statement of [
      // A nested query that aggregates or pages, a second column, a parameter, a limit of more than one row.
      `${one}\nRETURN COLLECT { MATCH (x)-->(y) RETURN y.name ORDER BY y.name } AS name`,
      `${one}\nRETURN head([(x)-->(y) | count(y)]) AS name`,
      `${one}\nRETURN x.title AS title, x.name AS name`,
      `${one}\nRETURN x.name + $suffix AS name`,
      'OPTIONAL MATCH (this)<-[:SAID]-(x) WITH x LIMIT 2\nRETURN x.name AS name',
      'OPTIONAL MATCH (this)<-[:SAID]-(x) WITH x.name AS n LIMIT 1\nRETURN n AS name',
    ])
      expect(splitFinalReturn(statement, 'name'), statement).toBeUndefined();
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
      'WITH CASE WHEN this4 IS NULL THEN null ELSE [this4.quote, null, var5, CASE WHEN n6 IS NULL THEN null ELSE [n6.name, n6.id] END, var13] END AS this4',
    );
    // A connection is [totalCount, edges] and an edge its selected fields' values: no key strings to decode.
    expect(query.cypher).toContain('collect([[r8.sentence], [n7.url]])');
    expect(query.cypher).toContain('RETURN [total10, var11] AS var13');
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
      [2, [[['He said.'], ['https://x']]]],
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
    // The same connection projected positionally: [totalCount, edges], the cursor's place in an edge left null.
    const selection = 'totalCount edges { node { id } c: cursor __typename } pageInfo { hasNextPage }';
    const positional = [
      [
        5,
        [
          [['s:3'], null, null],
          [['s:4'], null, null],
        ],
      ],
    ];
    const byMap = [{ totalCount: 5, edges: [{ node: ['s:3'] }, { node: ['s:4'] }] }];
    expect(renderField(page(selection), [positional])).toEqual(renderField(page(selection), [byMap]));
    // @neo4j/graphql reads the first and last cursors back by the name `cursor`: aliased, they are null.
    expect(renderField(page('edges { c: cursor } pageInfo { startCursor endCursor }'), [row])).toEqual([
      {
        statementsConnection: {
          edges: [{ c: cursor(2) }, { c: cursor(3) }],
          pageInfo: { startCursor: null, endCursor: null },
        },
      },
    ]);
    expect(renderField(page('pageInfo { hasNextPage }'), [[[2]]])).toEqual([
      { statementsConnection: { pageInfo: { hasNextPage: false } } },
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
