import type { ConferenceStatus } from "@roundtable/shared";
import type { EntityManager } from "typeorm";
import type { Conference } from "../conferences/conference.entity.js";
import type { Context } from "../graphql/context.js";
import { notFound } from "../graphql/errors.js";
import { authorize } from "../policy/policy.js";
import { closeWithMissing, forgetSignedAt } from "./signing.js";
import { renderClosingVersion } from "./versions.js";

export const minutesSubject = (c: { id: string; caseId: string }) =>
  ({ type: "minutes", conferenceId: c.id, caseId: c.caseId }) as const;

/**
 * Sign-off's part of a status change, inside the transition's transaction once the move was
 * found legal. Leaving signing is for the facilitator or an organiser only: back to live
 * reopens the minutes for amendment (signatures stay with the version they were given to), on
 * to closed closes without every signature: the missing ones are recorded on the version and
 * the minutes are queued to every invitee.
 */
export async function beforeStatusChange(
  ctx: Context,
  em: EntityManager,
  conference: Conference,
  to: ConferenceStatus,
): Promise<void> {
  if (conference.status !== "signing") return;
  authorize(ctx.actor, "manage", minutesSubject(conference), () => notFound("Conference", conference.id));
  if (to === "live") await forgetSignedAt(em, conference.id);
  if (to === "closed") await closeWithMissing(ctx, em, conference);
}

/** After the transition committed: closing the meeting (→ signing) renders the next version. */
export async function afterStatusChange(ctx: Context, conference: Conference): Promise<Conference> {
  return conference.status === "signing" ? renderClosingVersion(ctx, conference) : conference;
}
