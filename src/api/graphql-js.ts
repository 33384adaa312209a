// The one graphql-js instance of the process: the CommonJS build that Apollo Server and @neo4j/graphql load.
// Tools that resolve the package's "module" field (vitest) would otherwise give our sources the ESM build, and
// graphql-js refuses schema objects from "another module or realm". Types come from 'graphql' as usual.
import { createRequire } from 'node:module';

const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export const {
  BREAK,
  GraphQLError,
  GraphQLNonNull,
  GraphQLString,
  getVariableValues,
  isEnumType,
  isNonNullType,
  isScalarType,
  Kind,
  TypeInfo,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  visit,
  visitWithTypeInfo,
} = graphql;
