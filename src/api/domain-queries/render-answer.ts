// Pure: turns the maps (or positional lists) the planned Cypher returned into the GraphQL answer graphql-js would
// build from them, with @neo4j/graphql's field resolvers: keys in selection order, a value read by alias then by
// field name (or by its position in the selection), Neo4j integers as numbers, every leaf through its scalar's or
// enum's serialize. A null where the schema promises a value throws NullInNonNull: the caller then lets
// graphql-js answer, with its error and null propagation.
import type { GraphQLOutputType } from 'graphql';
import { isInt } from 'neo4j-driver';
import { getNullableType, isEnumType, isListType, isNonNullType, isScalarType } from '../graphql-js.ts';
import { cursorOffset, offsetCursor } from './connection-cypher.ts';
import type { FieldPlan } from './selection-plan.ts';

export class NullInNonNull extends Error {
  constructor(field: string) {
    super(`null for the non-null field ${field}`);
    this.name = 'NullInNonNull';
  }
}

/** The value of one planned field, from the value its parent's map holds for it. */
export function renderField(field: FieldPlan, value: unknown): unknown {
  return renderValue(field, field.outputType, value);
}

/** What rendering needs to know of an output type, worked out once per type (types belong to the schema). */
interface TypeShape {
  nonNull: boolean;
  list?: GraphQLOutputType;
  serialize?: (value: unknown) => unknown;
}

const shapes = new WeakMap<GraphQLOutputType, TypeShape>();

function shapeOf(type: GraphQLOutputType): TypeShape {
  let shape = shapes.get(type);
  if (shape) return shape;
  const nullable = getNullableType(type);
  shape = { nonNull: isNonNullType(type) };
  if (isListType(nullable)) shape.list = nullable.ofType as GraphQLOutputType;
  else if (isScalarType(nullable) || isEnumType(nullable))
    shape.serialize = (value) => nullable.serialize(value);
  shapes.set(type, shape);
  return shape;
}

function renderValue(field: FieldPlan, type: GraphQLOutputType, value: unknown): unknown {
  const shape = shapeOf(type);
  if (value === null || value === undefined) {
    if (shape.nonNull) throw new NullInNonNull(field.name);
    return null;
  }
  if (shape.list) {
    if (!Array.isArray(value)) throw new TypeError(`${field.name} expects a list`);
    const items = shape.list;
    return value.map((item) => renderValue(field, items, item));
  }
  if (field.fields && field.type) {
    const source = isConnection(field) ? withPaging(field, value as Connection | unknown[]) : value;
    return renderObject(field.type.name, field.fields, source);
  }
  const leaf = isInt(value) ? value.toNumber() : value;
  if (shape.serialize) return shape.serialize(leaf);
  throw new TypeError(`${field.name} has no leaf type`);
}

function renderObject(typeName: string, fields: readonly FieldPlan[], source: unknown): unknown {
  const answer: Record<string, unknown> = {};
  // A node the fast path's Cypher projected positionally: its selected fields' values, in selection order.
  if (Array.isArray(source)) {
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]!;
      answer[field.key] =
        field.name === '__typename' ? typeName : renderValue(field, field.outputType, source[i]);
    }
    return answer;
  }
  const map = source as Record<string, unknown>;
  for (const field of fields) {
    if (field.name === '__typename') {
      answer[field.key] = typeName;
      continue;
    }
    const value = Object.prototype.hasOwnProperty.call(map, field.key) ? map[field.key] : map[field.name];
    answer[field.key] = renderValue(field, field.outputType, value);
  }
  return answer;
}

interface Connection {
  edges?: (Record<string, unknown> | unknown[])[];
  totalCount?: unknown;
}

const connectionTypes = new WeakMap<object, boolean>();

function isConnection(field: FieldPlan): boolean {
  const type = field.type!;
  let known = connectionTypes.get(type);
  if (known === undefined) {
    const fields = type.getFields();
    known = Boolean(fields.edges && fields.pageInfo && fields.totalCount);
    connectionTypes.set(type, known);
  }
  return known;
}

/**
 * Cursors and pageInfo from first, after and totalCount, as @neo4j/graphql computes them (pagination.ts); each
 * only when the selection asks for it (a cursor is a base64 Buffer round trip per edge). A connection the fast
 * path's Cypher projected positionally is `[totalCount, edges]`, each edge its selected fields' values in order,
 * the cursor's place left null.
 */
function withPaging(field: FieldPlan, value: Connection | unknown[]) {
  const connection: Connection = Array.isArray(value)
    ? { totalCount: value[0], edges: value[1] as unknown[][] | undefined }
    : value;
  const { first, after } = field.args as { first?: unknown; after?: unknown };
  const sliceStart = cursorOffset(after, -1) + 1;
  const listed = connection.edges ?? [];
  const fields = field.fields ?? [];
  const edgeFields = fields.find((f) => f.name === 'edges')?.fields;
  const cursorAt = edgeFields?.findIndex((e) => e.name === 'cursor') ?? -1;
  // @neo4j/graphql reads the page's first and last cursors back from its edges by the name `cursor`: an aliased
  // cursor leaves both null.
  const cursorsRead = cursorAt < 0 || edgeFields![cursorAt]!.key === 'cursor';
  const withCursor = (edge: Record<string, unknown> | unknown[], index: number) => {
    const cursor = offsetCursor(sliceStart + index);
    if (!Array.isArray(edge)) return { ...edge, cursor };
    const copy = [...edge];
    copy[cursorAt] = cursor;
    return copy;
  };
  const edges = cursorAt >= 0 ? listed.map(withCursor) : listed;
  if (!fields.some((f) => f.name === 'pageInfo')) return { ...connection, edges };
  const total = isInt(connection.totalCount)
    ? connection.totalCount.toNumber()
    : Number(connection.totalCount);
  const sliceEnd = sliceStart + ((first as number) || edges.length);
  return {
    ...connection,
    edges,
    pageInfo: {
      startCursor: listed.length > 0 && cursorsRead ? offsetCursor(sliceStart) : undefined,
      endCursor: listed.length > 0 && cursorsRead ? offsetCursor(sliceStart + listed.length - 1) : undefined,
      hasPreviousPage: sliceStart > 0,
      hasNextPage: typeof first === 'number' ? sliceEnd < total : false,
    },
  };
}
