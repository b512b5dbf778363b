import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { GraphQLError, type ValidationContext, type ValidationRule } from "graphql";
import type { Config } from "../config.js";

/** Ends every refusal, and tells formatError to give it its own code (Apollo says "validation failed"). */
export const LIMIT_ADVICE = "Ask for less in one request.";

/** Reported as a validation error: the operation is refused before any resolver runs. */
const report = (ctx: ValidationContext | null, error: GraphQLError) =>
  ctx?.reportError(
    new GraphQLError(`${error.message.replace(/^Syntax Error: /, "")} ${LIMIT_ADVICE}`, {
      extensions: { code: "QUERY_TOO_COMPLEX" },
    }),
  );

/**
 * Bounds on one operation, checked while validating it. The deepest screen we know of (a task
 * list, each task's conference, its participants, their persons and institutions) is 6 levels.
 */
export function operationLimits(config: Config): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false, onReject: [report] };
  return [
    maxDepthRule({ n: config.GRAPHQL_MAX_DEPTH, flattenFragments: true, ...common }),
    costLimitRule({ maxCost: config.GRAPHQL_MAX_COST, ...common }),
    maxAliasesRule({ n: config.GRAPHQL_MAX_ALIASES, ...common }),
  ];
}
