// Pure translation of a requested selection into Cypher that returns exactly that shape as plain maps, keyed by
// response key: properties project from the node, @cypher fields run their own statement in a subquery,
// relationship lists and connections (first + sort) collect their targets. The Cypher mirrors what
// @neo4j/graphql generates for the same selection (same subqueries, DISTINCT, default @limit, ordering), so the
// answers are the same; whatever it does not model returns undefined and the generated resolver answers instead.
import neo4j from 'neo4j-driver';
import type { FieldPlan } from './selection-plan.ts';
import { pagedEdges, whereOf } from './connection-cypher.ts';
import { cypherTokens, type CypherToken } from './cypher-tokens.ts';
import type { SchemaFacts } from './schema-facts.ts';

/**
 * Names variables and parameters of one query, so nested subqueries never collide. `positional`: project each
 * node as a list of its selected fields' values in selection order (`[v0.id, v3]`) instead of a map keyed by
 * response key, and a connection as `[totalCount, edges]` with each edge a list likewise (connection-cypher.ts).
 * The fast path renders those lists by position (render-answer.ts): the driver then decodes no key strings and
 * builds arrays instead of objects, which was most of its cost on large answers. graphql-js's resolvers read
 * values by key, so the Cypher they run keeps maps.
 */
export class CypherScope {
  readonly params: Record<string, unknown> = {};
  private next = 0;

  constructor(readonly positional = false) {}

  variable(prefix = 'v'): string {
    return `${prefix}${this.next++}`;
  }

  param(value: unknown): string {
    const name = `p${this.next++}`;
    this.params[name] = value;
    return `$${name}`;
  }
}

export interface Projection {
  /** CALL subqueries to run (in order) before the projection, one row in, one row out. */
  subqueries: string[];
  /** A map expression over the variable, e.g. `v0 { .id, speakerName: v3 }` (positional: `[v0.id, v3]`). */
  map: string;
}

const PARAMETER = /\$([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * A @cypher statement with its `$argument`s renamed to this query's parameters (absent ones are null); `onBind`
 * hears each parameter's name (without `$`) and the argument it holds.
 */
export function bindStatement(
  statement: string,
  field: Pick<FieldPlan, 'args' | 'intArgs'>,
  scope: CypherScope,
  onBind?: (param: string, argument: string) => void,
): string {
  const bound = new Map<string, string>();
  return statement.replace(PARAMETER, (_, name: string) => {
    let param = bound.get(name);
    if (!param) {
      param = scope.param(argumentValue(field, name));
      onBind?.(param.slice(1), name);
      bound.set(name, param);
    }
    return param;
  });
}

/** The parameter value of an argument: null when absent, an integer for an Int (a JS number is sent as a float). */
export function argumentValue(field: Pick<FieldPlan, 'args' | 'intArgs'>, name: string): unknown {
  const value = field.args[name] ?? null;
  return typeof value === 'number' && field.intArgs.includes(name) ? neo4j.int(value) : value;
}

/**
 * A map projection of `variable`, a node of `typeName`, for the fields asked; undefined if one is not modelled.
 * `nullable`: the variable may be null (a @cypher statement's column), which a map projection keeps as null.
 */
export function projectNode(
  facts: SchemaFacts,
  typeName: string,
  variable: string,
  fields: readonly FieldPlan[],
  scope: CypherScope,
  nullable = false,
): Projection | undefined {
  const type = facts.get(typeName);
  if (!type?.isNode) return undefined;
  const subqueries: string[] = [];
  const entries: string[] = [];
  const shared = sharedSubqueries(facts, typeName, fields);
  const fusedEntries = new Map<FieldPlan, string>();
  for (const field of fields) {
    const group = shared.get(field);
    if (group) {
      if (!fusedEntries.has(field)) {
        const fused = fusedCypherFields(facts, typeName, variable, group, scope);
        if (!fused) return undefined;
        subqueries.push(...fused.subqueries);
        for (const [member, result] of fused.results) fusedEntries.set(member, result);
      }
      const result = fusedEntries.get(field)!;
      entries.push(scope.positional ? result : `${field.key}: ${result}`);
      continue;
    }
    if (field.name === '__typename') {
      // The renderer answers it from the type; a position keeps the list aligned with the selection.
      if (scope.positional) entries.push('null');
      continue;
    }
    const fact = type.fields.get(field.name);
    if (fact?.kind === 'property' && !field.fields && Object.keys(field.args).length === 0) {
      entries.push(
        scope.positional
          ? `${variable}.${field.name}`
          : field.key === field.name
            ? `.${field.name}`
            : `${field.key}: ${variable}.${field.name}`,
      );
      continue;
    }
    let sub: { cypher: string; result: string } | undefined;
    if (fact?.kind === 'cypher') sub = cypherField(facts, variable, field, fact, scope);
    else if (fact?.kind === 'relationship') sub = relationshipList(facts, variable, field, fact, scope);
    else if (!fact && field.name.endsWith('Connection')) {
      const base = type.fields.get(field.name.slice(0, -'Connection'.length));
      if (base?.kind === 'relationship') sub = connection(facts, variable, field, base, scope);
    }
    if (!sub) return undefined;
    subqueries.push(sub.cypher);
    entries.push(scope.positional ? sub.result : `${field.key}: ${sub.result}`);
  }
  if (!scope.positional) return { subqueries, map: `${variable} { ${entries.join(', ')} }` };
  const list = `[${entries.join(', ')}]`;
  return { subqueries, map: nullable ? `CASE WHEN ${variable} IS NULL THEN null ELSE ${list} END` : list };
}

/**
 * A @cypher statement as its leading clauses, one row (`OPTIONAL MATCH ... WITH ... LIMIT 1`), and a final
 * `RETURN <expression> AS <column>` that computes one value from it without aggregating, or undefined. @cypher
 * fields of one type whose statements begin with the same clauses (the speaker fields of a Statement all match
 * its one SAID speaker) can then be computed together: the clauses run once and return every expression asked,
 * instead of once per field. Read from the statement's tokens (cypher-tokens.ts): only clauses outside brackets,
 * strings and comments count.
 */
export function splitFinalReturn(
  statement: string,
  columnName: string,
): { prelude: string; expression: string } | undefined {
  const tokens = cypherTokens(statement);
  if (tokens.some((t) => t.kind === 'parameter')) return undefined;
  const top = tokens.filter((t) => t.depth === 0);
  const keywords = top.filter((t) => t.kind === 'word' && CLAUSE_WORDS.has(t.text.toUpperCase()));
  const shape = keywords.map((t) => t.text.toUpperCase()).join(' ');
  // The leading clauses must give exactly one row (an OPTIONAL MATCH kept to its first row), as one field's own
  // subquery does once collected: more rows would repeat the statement, none would drop it.
  if (shape !== 'OPTIONAL MATCH WITH LIMIT RETURN' && shape !== 'OPTIONAL MATCH WHERE WITH LIMIT RETURN')
    return undefined;
  const at = (word: string) => top.findIndex((t) => t.kind === 'word' && t.text.toUpperCase() === word);
  const withAt = at('WITH');
  const limitAt = at('LIMIT');
  const returnAt = at('RETURN');
  if (!isVariableList(top.slice(withAt + 1, limitAt)) || top[limitAt + 1]?.text !== '1') return undefined;
  if (limitAt + 2 !== returnAt) return undefined;
  // `RETURN <expression> AS <column>`, nothing after.
  const asAt = top.length - 2;
  const as = top[asAt];
  const column = top[asAt + 1];
  if (as?.kind !== 'word' || as.text.toUpperCase() !== 'AS' || column?.text !== columnName) return undefined;
  if (column.kind !== 'word' || asAt <= returnAt + 1) return undefined;
  // A final RETURN that aggregates, deduplicates, sorts or pages would mean something else once another
  // expression sits beside it.
  const expression = tokens.filter((t) => t.start > top[returnAt]!.start && t.start < as.start);
  if (
    expression.some(
      (t, i) =>
        // A second column (`a AS x, b`).
        (t.depth === 0 && (t.text === ',' || t.text.toUpperCase() === 'AS')) ||
        (t.kind === 'word' &&
          (REFUSED_IN_EXPRESSION.has(t.text.toUpperCase()) ||
            (AGGREGATES.has(t.text.toLowerCase()) && expression[i + 1]?.text === '('))),
    )
  )
    return undefined;
  return {
    prelude: statement.slice(top[0]!.start, top[returnAt - 1]!.end),
    expression: statement.slice(expression[0]!.start, expression.at(-1)!.end),
  };
}

/** Words that begin a clause (or a clause's part) at the top level of a statement. */
const CLAUSE_WORDS = new Set(
  (
    'OPTIONAL MATCH WHERE WITH RETURN UNWIND CALL UNION ORDER SKIP LIMIT CREATE MERGE SET DELETE DETACH REMOVE ' +
    'FOREACH USE LOAD FINISH DISTINCT'
  ).split(' '),
);
const REFUSED_IN_EXPRESSION = new Set(['DISTINCT', 'ORDER', 'SKIP', 'LIMIT', 'RETURN', 'UNION', 'CALL']);
const AGGREGATES = new Set(
  'count collect sum avg min max percentilecont percentiledisc stdev stdevp'.split(' '),
);

/** `a` or `a, b, ...`: the variables a WITH keeps, nothing computed. */
function isVariableList(tokens: readonly CypherToken[]): boolean {
  if (tokens.length % 2 === 0) return false;
  return tokens.every((t, i) => (i % 2 === 0 ? t.kind === 'word' : t.text === ','));
}

/** The requested @cypher fields of a node that share their leading clauses with another requested one, grouped. */
function sharedSubqueries(facts: SchemaFacts, typeName: string, fields: readonly FieldPlan[]) {
  const type = facts.get(typeName)!;
  const byPrelude = new Map<string, FieldPlan[]>();
  for (const field of fields) {
    const fact = type.fields.get(field.name);
    if (fact?.kind !== 'cypher' || Object.keys(field.args).length > 0) continue;
    if (field.fields && (field.isList || facts.get(field.type?.name ?? '')?.defaultLimit === undefined))
      continue;
    const split = splitFinalReturn(fact.statement, fact.columnName);
    if (!split) continue;
    byPrelude.set(split.prelude, [...(byPrelude.get(split.prelude) ?? []), field]);
  }
  const groups = new Map<FieldPlan, FieldPlan[]>();
  for (const group of byPrelude.values())
    if (group.length > 1) for (const field of group) groups.set(field, group);
  return groups;
}

/**
 * @cypher fields that share their leading clauses, in one subquery: the clauses once, then each field's expression
 * (a node-typed field's column, projected after it). The same values as one subquery per field (cypherField): the
 * clauses give each field the same rows, and a single node's `head(collect(...))` of one row is its projection.
 */
function fusedCypherFields(
  facts: SchemaFacts,
  typeName: string,
  variable: string,
  group: readonly FieldPlan[],
  scope: CypherScope,
): { subqueries: string[]; results: Map<FieldPlan, string> } | undefined {
  const type = facts.get(typeName)!;
  const columns: string[] = [];
  const projections: string[] = [];
  const results = new Map<FieldPlan, string>();
  let prelude = '';
  for (const field of group) {
    const fact = type.fields.get(field.name) as { statement: string; columnName: string };
    const split = splitFinalReturn(fact.statement, fact.columnName)!;
    prelude = split.prelude;
    if (!field.fields) {
      const result = scope.variable('var');
      columns.push(`${split.expression} AS ${result}`);
      results.set(field, result);
      continue;
    }
    const node = scope.variable('n');
    const projection = projectNode(facts, field.type?.name ?? '', node, field.fields, scope, true);
    if (!projection) return undefined;
    columns.push(`${split.expression} AS ${node}`);
    projections.push(...projection.subqueries);
    results.set(field, projection.map);
  }
  const fused = `CALL (${variable}) {\n  WITH ${variable} AS this\n  ${prelude}\n  RETURN ${columns.join(', ')}\n}`;
  return { subqueries: [fused, ...projections], results };
}

/** A @cypher field of a node: its statement with `this` bound, then the column, projected if it is a node. */
function cypherField(
  facts: SchemaFacts,
  variable: string,
  field: FieldPlan,
  fact: { statement: string; columnName: string },
  scope: CypherScope,
) {
  const result = scope.variable('var');
  const statement = bindStatement(fact.statement, field, scope);
  const inner = `CALL (${variable}) {\n  WITH ${variable} AS this\n  ${statement}\n}`;
  if (!field.fields) {
    return {
      cypher: `CALL (${variable}) {\n${inner}\nRETURN ${fact.columnName} AS ${result}\n}`,
      result,
    };
  }
  const target = field.type ? facts.get(field.type.name) : undefined;
  const node = scope.variable('n');
  const projection = projectNode(facts, field.type?.name ?? '', node, field.fields, scope, true);
  if (!projection || target?.defaultLimit === undefined) return undefined;
  // The generated Cypher pages every node list by the type's @limit default; a single node is the head of it.
  return {
    cypher: [
      `CALL (${variable}) {`,
      inner,
      `WITH ${fact.columnName} AS ${node}`,
      ...projection.subqueries,
      `WITH ${projection.map} AS ${node}`,
      `LIMIT ${scope.param(neo4j.int(target.defaultLimit))}`,
      `RETURN ${field.isList ? `collect(${node})` : `head(collect(${node}))`} AS ${result}`,
      `}`,
    ].join('\n'),
    result,
  };
}

function pattern(
  from: string,
  fact: { type: string; direction: 'IN' | 'OUT'; target: string },
  rel: string,
  to: string,
) {
  return fact.direction === 'OUT'
    ? `(${from})-[${rel}:${fact.type}]->(${to}:${fact.target})`
    : `(${from})<-[${rel}:${fact.type}]-(${to}:${fact.target})`;
}

/** A relationship field without arguments: its distinct targets, projected, paged by the target's @limit. */
function relationshipList(
  facts: SchemaFacts,
  variable: string,
  field: FieldPlan,
  fact: { type: string; direction: 'IN' | 'OUT'; target: string },
  scope: CypherScope,
) {
  const target = facts.get(fact.target);
  if (!field.fields || Object.keys(field.args).length > 0 || target?.defaultLimit === undefined)
    return undefined;
  const node = scope.variable('n');
  const rel = scope.variable('r');
  const projection = projectNode(facts, fact.target, node, field.fields, scope);
  if (!projection) return undefined;
  const result = scope.variable('var');
  return {
    cypher: [
      `CALL (${variable}) {`,
      `MATCH ${pattern(variable, fact, rel, node)}`,
      `WITH DISTINCT ${node}`,
      ...projection.subqueries,
      `WITH ${projection.map} AS ${node}`,
      `LIMIT ${scope.param(neo4j.int(target.defaultLimit))}`,
      `RETURN collect(${node}) AS ${result}`,
      `}`,
    ].join('\n'),
    result,
  };
}

/** `<relationship>Connection(where: {node: ...}, sort, first, after)`: see connection-cypher.ts. */
function connection(
  facts: SchemaFacts,
  variable: string,
  field: FieldPlan,
  fact: { type: string; direction: 'IN' | 'OUT'; target: string; properties?: string },
  scope: CypherScope,
) {
  const { where, ...paging } = field.args as { where?: Record<string, unknown> | null };
  const { node: nodeWhere, ...edgeWhere } = where ?? {};
  if (Object.keys(edgeWhere).length > 0) return undefined;
  const node = scope.variable('n');
  const rel = scope.variable('r');
  const filter = whereOf(facts, fact.target, nodeWhere, node, scope);
  if (filter === undefined) return undefined;
  const paged = pagedEdges({
    facts,
    field: { ...field, args: paging },
    target: fact.target,
    ...(fact.properties ? { properties: fact.properties } : {}),
    match: [`MATCH ${pattern(variable, fact, rel, node)}`, ...(filter ? [`WHERE ${filter}`] : [])],
    node,
    rel,
    scope,
    project: projectNode,
  });
  if (!paged) return undefined;
  const result = scope.variable('var');
  return {
    cypher: [`CALL (${variable}) {`, ...paged.lines, `RETURN ${paged.value} AS ${result}`, `}`].join('\n'),
    result,
  };
}
