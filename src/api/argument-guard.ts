// Rejects hostile or nonsensical arguments before any Cypher runs: negative or huge limits and offsets, blank or
// overlong search text, date ranges that end before they start. One clear BAD_USER_INPUT naming the argument.
import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, FieldNode, GraphQLField, GraphQLSchema } from 'graphql';
import { TypeInfo, getArgumentValues, visit, visitWithTypeInfo } from './graphql-js.ts';
import { AppError, ErrorCode } from '../domain/errors.ts';
import { MAX_OFFSET, MAX_PAGE_SIZE, MAX_TEXT_ARGUMENT } from './limits.ts';
import { toGraphQLError } from './graphql-errors.ts';

const INT_RANGES: Record<string, readonly [number, number]> = {
  limit: [1, MAX_PAGE_SIZE],
  first: [1, MAX_PAGE_SIZE],
  offset: [0, MAX_OFFSET],
};
/** Text arguments of the domain queries that reach full-text search or id lookups. */
const TEXT_ARGUMENTS = new Set(['text', 'agreement', 'entity', 'country']);

interface ArgumentField {
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
  where: string;
}

/**
 * The fields of a document that take arguments, found once per parsed document: Apollo hands every request of an
 * already seen query string the same DocumentNode, so only the arguments' values are checked per request.
 */
const argumentFieldsOf = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, ArgumentField[]>>();

function argumentFields(schema: GraphQLSchema, document: DocumentNode): ArgumentField[] {
  let bySchema = argumentFieldsOf.get(schema);
  if (!bySchema) argumentFieldsOf.set(schema, (bySchema = new WeakMap()));
  const known = bySchema.get(document);
  if (known) return known;
  const found: ArgumentField[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        if (!field || field.args.length === 0) return;
        found.push({ field, node, where: `${typeInfo.getParentType()?.name ?? ''}.${field.name}` });
      },
    }),
  );
  bySchema.set(document, found);
  return found;
}

/** Every problem with the arguments of the document's fields, as messages; empty when all are fine. */
export function findArgumentProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): string[] {
  const problems: string[] = [];
  for (const { field, node, where } of argumentFields(schema, document)) {
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field, node, variables);
    } catch {
      continue; // coercion errors are reported by GraphQL validation itself
    }
    for (const [name, value] of Object.entries(args)) {
      const range = INT_RANGES[name];
      if (range && typeof value === 'number' && (value < range[0] || value > range[1])) {
        problems.push(`${name} on ${where} must be between ${range[0]} and ${range[1]} (got ${value}).`);
      }
      if (TEXT_ARGUMENTS.has(name) && typeof value === 'string') {
        if (value.trim() === '') problems.push(`${name} on ${where} must not be empty.`);
        else if (value.length > MAX_TEXT_ARGUMENT) {
          problems.push(
            `${name} on ${where} must be at most ${MAX_TEXT_ARGUMENT} characters (got ${value.length}).`,
          );
        }
      }
    }
    const from = args.from === undefined || args.from === null ? undefined : String(args.from);
    const to = args.to === undefined || args.to === null ? undefined : String(args.to);
    if (from && to && from > to) problems.push(`from (${from}) is after to (${to}) on ${where}.`);
  }
  return problems;
}

export function argumentGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const problems = findArgumentProblems(schema, document, request.variables ?? {});
          if (problems.length > 0) {
            throw toGraphQLError(new AppError(ErrorCode.BAD_USER_INPUT, problems.join(' ')));
          }
        },
      };
    },
  };
}
