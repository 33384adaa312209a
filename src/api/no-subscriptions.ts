// A validation rule: subscriptions are a client's mistake here (the API has none), so they are refused like
// any invalid document (400 BAD_USER_INPUT), not left to fail inside execution as an internal error.
import type { ASTVisitor, ValidationContext } from 'graphql';
import { GraphQLError } from './graphql-js.ts';

export const SUBSCRIPTIONS_NOT_SUPPORTED =
  'Subscriptions are not supported by this API; ask with a query (and repeat it to follow changes).';

export function noSubscriptionsRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation === 'subscription') {
        context.reportError(new GraphQLError(SUBSCRIPTIONS_NOT_SUPPORTED, { nodes: node }));
      }
    },
  };
}
