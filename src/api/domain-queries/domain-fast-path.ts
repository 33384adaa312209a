// An Apollo plugin that answers a query made only of domain queries (root @cypher fields whose selection the
// planner models, the event queries) without graphql-js execution: each root field runs its planned Cypher, and the maps come back
// rendered in the answer's shape (render-answer.ts). Per-field resolver calls were most of the API's own cost on
// large answers. Anything else, or any failure, returns null and Apollo executes the operation as usual, so
// errors, null propagation and the generated API keep their one implementation.
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type {
  DocumentNode,
  FieldNode,
  GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import type { ApiContext } from '../graphql-context.ts';
import { BREAK, getArgumentValues, getVariableValues, Kind, visit } from '../graphql-js.ts';
import { EVENT_FIELDS } from './event-fields.ts';
import { queryFieldCypher, rebind, type BoundQuery } from './query-field-cypher.ts';
import { graphOf, readRows, type CypherQuery } from './read-executor.ts';
import { renderField } from './render-answer.ts';
import type { SchemaFacts } from './schema-facts.ts';
import { planSets, type FieldPlan } from './selection-plan.ts';

/** A validated operation of a document, as Apollo resolved it. */
export interface DomainOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

/** Told of every request the fast path answered: its query string is safe to answer again before Apollo. */
export type OnFastAnswer = (
  request: { query: string; operationName: string | undefined },
  prepared: DomainOperation,
  context: ApiContext,
) => void;

export function domainFastPathPlugin(
  facts: SchemaFacts,
  onAnswered?: OnFastAnswer,
): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ schema, operation, document, request, contextValue }) {
          const data = await answerDomainOperation(
            facts,
            { schema, document, operation },
            request.variables,
            contextValue,
          );
          if (!data) return null;
          if (onAnswered && typeof request.query === 'string') {
            onAnswered(
              { query: request.query, operationName: request.operationName },
              { schema, document, operation },
              contextValue,
            );
          }
          return answer(data);
        },
      };
    },
  };
}

/** The answer's data, or null when graphql-js must answer (not a domain query, bad variables, any failure). */
export async function answerDomainOperation(
  facts: SchemaFacts,
  { schema, document, operation }: DomainOperation,
  requestVariables: Record<string, unknown> | undefined,
  context: ApiContext,
): Promise<Record<string, unknown> | null> {
  const graph = graphOf(context);
  const queryType = schema.getQueryType();
  if (!graph || !queryType || operation.operation !== 'query') return null;
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], requestVariables ?? {});
  if (variables.errors) return null;
  let planned = replan(operation, variables.coerced);
  if (planned === null) return null;
  if (!planned) {
    const fragments = Object.fromEntries(
      document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d]] : [])),
    );
    const roots = planSets(queryType, [operation.selectionSet], {
      fieldNodes: [],
      fragments,
      variableValues: variables.coerced,
    });
    planned = roots && plan(facts, roots);
    if (!planned) return null;
    if (!prepared.has(operation)) prepared.set(operation, prepare(queryType, operation, planned));
  }
  try {
    const answers = await Promise.all(
      planned.map(async ({ field, query, finish }) => {
        if (!query) return [field.key, queryType.name] as const;
        const read = await readRows(graph, context, query);
        const rows = finish ? finish(read, field.args) : read;
        return [field.key, renderField(field, field.isList ? rows : (rows[0] ?? null))] as const;
      }),
    );
    return Object.fromEntries(answers);
  } catch {
    // A Cypher error (e.g. NOT_FOUND) or a null where the schema promises a value: graphql-js answers it.
    return null;
  }
}

type Planned = {
  field: FieldPlan;
  query?: CypherQuery;
  finish?: (rows: unknown[], args: Record<string, unknown>) => unknown[];
}[];

/**
 * Per operation (Apollo and the early answer keep one parsed document per query string), its plan when it can be
 * reused by another request: every root field a @cypher domain query (or __typename) and the operation's variables
 * used only in those fields' own arguments. The Cypher text and the selection then do not depend on the values;
 * only the root arguments are read again and rebound. False: plan every request.
 */
interface Prepared {
  roots: {
    field: FieldPlan;
    node?: FieldNode;
    definition?: GraphQLField<unknown, unknown>;
    query?: BoundQuery;
  }[];
}
const prepared = new WeakMap<OperationDefinitionNode, Prepared | false>();

function prepare(queryType: GraphQLObjectType, operation: OperationDefinitionNode, planned: Planned) {
  const selections = operation.selectionSet.selections;
  if (selections.length !== planned.length) return false;
  const roots: Prepared['roots'] = [];
  for (const [i, { field, query, finish }] of planned.entries()) {
    const node = selections[i]!;
    if (node.kind !== Kind.FIELD || (node.alias?.value ?? node.name.value) !== field.key) return false;
    if (field.name === '__typename') {
      roots.push({ field });
      continue;
    }
    const bound = query as BoundQuery | undefined;
    if (finish || !bound?.bound || (node.selectionSet && usesVariables(node.selectionSet))) return false;
    roots.push({ field, node, definition: queryType.getFields()[field.name]!, query: bound });
  }
  return { roots };
}

/** True when a selection set uses a variable or a fragment spread (whose variables would need looking up). */
function usesVariables(set: SelectionSetNode): boolean {
  let found = false;
  visit(set, {
    Variable() {
      found = true;
      return BREAK;
    },
    FragmentSpread() {
      found = true;
      return BREAK;
    },
  });
  return found;
}

/** The prepared plan with this request's root arguments; undefined: plan it; null: graphql-js must answer. */
function replan(
  operation: OperationDefinitionNode,
  variableValues: Record<string, unknown>,
): Planned | undefined | null {
  const known = prepared.get(operation);
  if (!known) return undefined;
  const planned: Planned = [];
  for (const { field, node, definition, query } of known.roots) {
    if (!node || !definition || !query) {
      planned.push({ field });
      continue;
    }
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(definition, node, variableValues);
    } catch {
      return null;
    }
    const now = { ...field, args };
    const rebound = rebind(query, now);
    if (!rebound) return undefined;
    planned.push({ field: now, query: rebound });
  }
  return planned;
}

/** The Cypher of every root field, or undefined if one is not a domain query the planner models. */
function plan(facts: SchemaFacts, roots: FieldPlan[]) {
  const planned: Planned = [];
  for (const field of roots) {
    if (field.name === '__typename') {
      planned.push({ field });
      continue;
    }
    const event = EVENT_FIELDS.get(field.name);
    if (event) {
      try {
        planned.push({ field, query: event.query(field.args), finish: event.finish });
      } catch {
        return undefined; // bad arguments: graphql-js answers them, with the resolver's error
      }
      continue;
    }
    const query = queryFieldCypher(facts, field, { positional: true });
    if (!query) return undefined;
    planned.push({ field, query });
  }
  return planned;
}

function answer(data: Record<string, unknown>): GraphQLResponse {
  return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
}
