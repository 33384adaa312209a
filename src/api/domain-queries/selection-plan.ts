// The requested GraphQL selection as plain data: one entry per response key, in the order graphql-js answers them,
// with coerced arguments and the selection below it. Planners turn it into a Cypher projection; anything this does
// not model (directives, abstract types) makes it answer undefined, and the caller keeps the generated resolver.
import type {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLObjectType,
  GraphQLOutputType,
  SelectionSetNode,
} from 'graphql';
import {
  GraphQLNonNull,
  GraphQLString,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
} from '../graphql-js.ts';

export interface FieldPlan {
  /** The response key: the alias, else the field name. */
  key: string;
  name: string;
  args: Record<string, unknown>;
  /** The arguments of type Int: Cypher needs them as integers (a JS number is sent as a float). */
  intArgs: readonly string[];
  /** The named type of the field (for __typename, the parent type). */
  type: GraphQLObjectType | undefined;
  /** The field's declared output type (list and non-null wrappers included). */
  outputType: GraphQLOutputType;
  /** True when the field answers a list. */
  isList: boolean;
  /** The selection below an object-typed field. */
  fields?: FieldPlan[];
}

export interface SelectionSource {
  fieldNodes: readonly FieldNode[];
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
}

export interface ResolvedField extends SelectionSource {
  fieldName: string;
  returnType: GraphQLOutputType;
  parentType: GraphQLObjectType;
}

/** The field being resolved, with the resolver's (coerced) arguments; undefined when its selection is not modelled. */
export function planResolvedField(info: ResolvedField, args: Record<string, unknown>): FieldPlan | undefined {
  const field = info.parentType.getFields()[info.fieldName]!;
  const named = getNamedType(info.returnType);
  const plan: FieldPlan = {
    key: info.fieldNodes[0]?.alias?.value ?? info.fieldName,
    name: info.fieldName,
    args,
    intArgs: intArgsOf(field),
    type: isObjectType(named) ? named : undefined,
    outputType: info.returnType,
    isList: isListType(getNullableType(info.returnType)),
  };
  if (!plan.type) return plan;
  const sets = info.fieldNodes.map((node) => node.selectionSet);
  if (sets.some((set) => !set)) return undefined;
  const fields = planSets(plan.type, sets as SelectionSetNode[], info);
  return fields && { ...plan, fields };
}

function intArgsOf(field: GraphQLField<unknown, unknown>): string[] {
  return field.args.filter((a) => getNamedType(a.type).name === 'Int').map((a) => a.name);
}

const TYPENAME = new GraphQLNonNull(GraphQLString);

/** The plans of one object type's selection sets (graphql-js merges the sets of a repeated response key). */
export function planSets(
  type: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
  source: SelectionSource,
): FieldPlan[] | undefined {
  const grouped = new Map<string, FieldNode[]>();
  for (const set of sets) if (!collect(type, set, source, grouped, new Set())) return undefined;
  const plans: FieldPlan[] = [];
  for (const [key, nodes] of grouped) {
    const first = nodes[0]!;
    const name = first.name.value;
    if (name === '__typename') {
      plans.push({ key, name, args: {}, intArgs: [], type, outputType: TYPENAME, isList: false });
      continue;
    }
    const field: GraphQLField<unknown, unknown> | undefined = type.getFields()[name];
    if (!field) return undefined;
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field, first, source.variableValues);
    } catch {
      return undefined;
    }
    const intArgs = intArgsOf(field);
    const named = getNamedType(field.type);
    if (!isObjectType(named)) {
      if (nodes.some((node) => node.selectionSet)) return undefined;
      plans.push({
        key,
        name,
        args,
        intArgs,
        type: undefined,
        outputType: field.type,
        isList: isListType(getNullableType(field.type)),
      });
      continue;
    }
    const fields = planSets(
      named,
      nodes.map((node) => node.selectionSet!),
      source,
    );
    if (!fields) return undefined;
    plans.push({
      key,
      name,
      args,
      intArgs,
      type: named,
      outputType: field.type,
      isList: isListType(getNullableType(field.type)),
      fields,
    });
  }
  return plans;
}

/** graphql-js's CollectFields for one object type, refusing directives (@skip/@include) rather than modelling them. */
function collect(
  type: GraphQLObjectType,
  set: SelectionSetNode,
  source: SelectionSource,
  into: Map<string, FieldNode[]>,
  visited: Set<string>,
): boolean {
  for (const selection of set.selections) {
    if (selection.directives && selection.directives.length > 0) return false;
    switch (selection.kind) {
      case Kind.FIELD: {
        const key = selection.alias?.value ?? selection.name.value;
        const nodes = into.get(key);
        if (nodes) nodes.push(selection);
        else into.set(key, [selection]);
        break;
      }
      case Kind.INLINE_FRAGMENT:
        if (selection.typeCondition && selection.typeCondition.name.value !== type.name) return false;
        if (!collect(type, selection.selectionSet, source, into, visited)) return false;
        break;
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        if (visited.has(name)) break;
        visited.add(name);
        const fragment = source.fragments[name];
        if (!fragment || fragment.typeCondition.name.value !== type.name) return false;
        if (fragment.directives && fragment.directives.length > 0) return false;
        if (!collect(type, fragment.selectionSet, source, into, visited)) return false;
        break;
      }
    }
  }
  return true;
}
