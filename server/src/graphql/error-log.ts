import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { Logger } from "../logger.js";

/**
 * An error nobody threw on purpose: a bug or a failing database, as opposed to an AppError or a
 * GraphQL validation error, which are answers (and audited where that matters).
 */
export function isUnexpected(error: GraphQLError): boolean {
  const original = error.originalError;
  return original !== undefined && !(original instanceof GraphQLError);
}

/**
 * Logs each unexpected error of an operation once, with the operation's request logger (so the
 * line carries its reqId). The client sees only formatError's shape of it.
 */
export function errorLogPlugin<C extends { log?: Logger }>(fallback: Logger): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          const log = contextValue.log ?? fallback;
          for (const error of errors) {
            if (!isUnexpected(error)) continue;
            log.error(
              { err: error.originalError, path: error.path?.join("."), operationName },
              "GraphQL operation failed",
            );
          }
        },
      };
    },
  };
}
