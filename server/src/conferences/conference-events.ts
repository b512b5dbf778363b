import type { Context } from "../graphql/context.js";
import { TOPICS } from "../graphql/pubsub.js";
import type { Conference } from "./conference.entity.js";

/** The change event naming a conference, as every topic about one carries it. */
export const conferenceEvent = (c: Pick<Conference, "id" | "caseId">) => ({
  id: c.id,
  caseId: c.caseId,
  conferenceId: c.id,
});

/** Tells subscribers the conference changed; call after the change committed. */
export function publishConference(ctx: Context, c: Pick<Conference, "id" | "caseId">): void {
  ctx.events.publish(TOPICS.conference, conferenceEvent(c));
}
