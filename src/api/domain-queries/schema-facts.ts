// What the hand-written resolvers need to know of schema/*.graphql, read from the SDL itself so that it stays the
// one source of truth: each field's @cypher statement, @relationship pattern or plain property, and each node
// type's @limit default (the page size @neo4j/graphql applies when a list has no limit of its own).
import { parse, type ConstDirectiveNode, type FieldDefinitionNode } from 'graphql';
import { Kind } from '../graphql-js.ts';

export type FieldFact =
  | { kind: 'property' }
  | { kind: 'cypher'; statement: string; columnName: string }
  | { kind: 'relationship'; type: string; direction: 'IN' | 'OUT'; target: string; properties?: string };

export interface TypeFacts {
  fields: Map<string, FieldFact>;
  /** @limit(default: ..., max: ...) of an @node type. */
  defaultLimit?: number;
  maxLimit?: number;
  isNode: boolean;
}

export type SchemaFacts = Map<string, TypeFacts>;

export function readSchemaFacts(typeDefs: readonly string[]): SchemaFacts {
  const facts: SchemaFacts = new Map();
  for (const source of typeDefs) {
    for (const definition of parse(source).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION)
        continue;
      const name = definition.name.value;
      const type = facts.get(name) ?? { fields: new Map<string, FieldFact>(), isNode: false };
      facts.set(name, type);
      const directives = definition.directives ?? [];
      if (directives.some((d) => d.name.value === 'node')) type.isNode = true;
      const limit = directives.find((d) => d.name.value === 'limit');
      const byDefault = argument(limit, 'default');
      const max = argument(limit, 'max');
      if (typeof byDefault === 'number') type.defaultLimit = byDefault;
      if (typeof max === 'number') type.maxLimit = max;
      for (const field of definition.fields ?? []) type.fields.set(field.name.value, fieldFact(field));
    }
  }
  return facts;
}

function fieldFact(field: FieldDefinitionNode): FieldFact {
  const cypher = field.directives?.find((d) => d.name.value === 'cypher');
  if (cypher) {
    return {
      kind: 'cypher',
      statement: String(argument(cypher, 'statement')),
      columnName: String(argument(cypher, 'columnName')),
    };
  }
  const relationship = field.directives?.find((d) => d.name.value === 'relationship');
  if (relationship) {
    let type = field.type;
    while (type.kind !== Kind.NAMED_TYPE) type = type.type;
    const properties = argument(relationship, 'properties');
    return {
      kind: 'relationship',
      type: String(argument(relationship, 'type')),
      direction: argument(relationship, 'direction') === 'IN' ? 'IN' : 'OUT',
      target: type.name.value,
      ...(typeof properties === 'string' ? { properties } : {}),
    };
  }
  return { kind: 'property' };
}

function argument(directive: ConstDirectiveNode | undefined, name: string): unknown {
  const value = directive?.arguments?.find((a) => a.name.value === name)?.value;
  switch (value?.kind) {
    case Kind.STRING:
    case Kind.ENUM:
      return value.value;
    case Kind.INT:
      return Number(value.value);
    default:
      return undefined;
  }
}
