import { filter, pipe } from "@graphql-yoga/subscription";
import type { Context } from "./context.js";
import type { ChangeEvent, TOPICS } from "./pubsub.js";

/**
 * A subscription that asks the policy before it starts, so a conference you may not see is
 * reported as not found (or you as unauthenticated) exactly as a query would, and then passes
 * on only the events the subscriber may see.
 */
export function guardedSubscription<A>(
  topic: (typeof TOPICS)["conference" | "participant" | "task"],
  guard: (args: A, ctx: Context) => unknown,
  keep: (event: ChangeEvent, args: A, ctx: Context) => boolean,
): (data: { args: unknown; context: unknown }) => Promise<AsyncIterable<unknown>> {
  return async ({ args, context }) => {
    const ctx = context as Context;
    await guard(args as A, ctx);
    return pipe(
      ctx.events.subscribe(topic),
      filter((event: ChangeEvent) => keep(event, args as A, ctx)),
    );
  };
}
