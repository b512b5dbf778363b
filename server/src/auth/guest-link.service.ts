import { IsNull } from "typeorm";
import { Conference } from "../conferences/conference.entity.js";
import { Participant } from "../conferences/participant.entity.js";
import { findOr404 } from "../db/lookup.js";
import type { Context } from "../graphql/context.js";
import { TOPICS } from "../graphql/pubsub.js";
import { AppError } from "../graphql/errors.js";
import { guestForLink, type LinkProblem } from "./actors.js";
import { sessionCookie } from "./cookies.js";
import { GuestLink } from "./guest-link.entity.js";
import { openSession, revokeSessions } from "./sessions.js";
import { hashToken, looksLikeToken, newToken } from "./tokens.js";

const DAY = 86_400_000;

/** Default expiry: some days after the conference's scheduled end, so the minutes can be signed. */
function defaultExpiry(conference: Conference, days: number, now: Date): Date {
  const end = conference.scheduledStart
    ? conference.scheduledStart.getTime() + conference.plannedDurationMinutes * 60_000
    : now.getTime();
  return new Date(Math.max(end, now.getTime()) + days * DAY);
}

/**
 * A new personal link for a participant. Any earlier link stops working, with the sessions
 * opened through it: re-sending is how an organiser replaces a link that went to the wrong place.
 */
export async function issueGuestLink(
  ctx: Context,
  participant: Participant,
  conference: Conference,
  expiresAt: Date | null,
): Promise<{ url: string; expiresAt: Date }> {
  const now = new Date();
  if (expiresAt && expiresAt <= now) {
    throw new AppError("BAD_USER_INPUT", "The link would be expired already.", {
      fields: [{ path: "expiresAt", code: "OUT_OF_RANGE", message: "must be in the future" }],
    });
  }
  const token = newToken();
  const expiry = expiresAt ?? defaultExpiry(conference, ctx.config.GUEST_LINK_DAYS, now);
  await ctx.db.transaction(async (em) => {
    await revokeLinks(em, participant.id);
    await em.getRepository(GuestLink).insert({
      participantId: participant.id,
      tokenHash: hashToken(token),
      expiresAt: expiry,
      revokedAt: null,
      lastUsedAt: null,
      createdById: ctx.actor.kind === "staff" ? ctx.actor.accountId : null,
    });
  });
  // Whoever is connected with the replaced link loses the connection with it.
  ctx.events.publish(TOPICS.accessRevoked, { participantId: participant.id });
  return { url: `${ctx.config.PUBLIC_URL ?? `http://localhost:${ctx.config.PORT}`}/join/${token}`, expiresAt: expiry };
}

export async function revokeLinks(em: Context["db"]["manager"], participantId: string): Promise<void> {
  const links = await em.getRepository(GuestLink).findBy({ participantId, revokedAt: IsNull() });
  for (const link of links) {
    await em.getRepository(GuestLink).update(link.id, { revokedAt: new Date() });
    await revokeSessions(em, { guestLinkId: link.id });
  }
}

const PROBLEMS: Record<LinkProblem, { code: "INVALID_LINK" | "LINK_EXPIRED" | "LINK_REVOKED"; message: string }> = {
  unknown: {
    code: "INVALID_LINK",
    message:
      "This invitation link is not valid. Please check that you opened the whole link, or ask the organiser for a new one.",
  },
  expired: {
    code: "LINK_EXPIRED",
    message: "This invitation link has expired. Please ask the organiser of the meeting for a new one.",
  },
  revoked: {
    code: "LINK_REVOKED",
    message:
      "This invitation link has been withdrawn or replaced by a newer one. Please use the latest link you received.",
  },
};

/** Opening a link: a guest session scoped to that one conference, or a clear refusal and no session. */
export async function redeemGuestLink(ctx: Context, token: string) {
  const link = looksLikeToken(token)
    ? await ctx.db.getRepository(GuestLink).findOneBy({ tokenHash: hashToken(token) })
    : null;
  const guest = await guestForLink(ctx.db.manager, link, null);
  ctx.audit.recordType = "GuestLink";
  ctx.audit.recordId = link?.id ?? null;
  if (!link || typeof guest === "string") {
    const problem = PROBLEMS[typeof guest === "string" ? guest : "unknown"];
    throw new AppError(problem.code, problem.message);
  }
  const { token: sessionToken, session } = await openSession(
    ctx.db.manager,
    { kind: "guest", guestLinkId: guest.guestLinkId, until: link.expiresAt },
    ctx.client,
    ctx.config,
  );
  await ctx.db.getRepository(GuestLink).update(guest.guestLinkId, { lastUsedAt: new Date() });
  ctx.setCookie(sessionCookie(sessionToken, session.absoluteExpiresAt, ctx.config.cookieSecure));
  ctx.actor = { ...guest, sessionId: session.id };
  ctx.audit.actor = ctx.actor;
  return { account: null, conferenceId: guest.conferenceId, participantId: guest.participantId };
}

export async function participantWithConference(ctx: Context, participantId: string) {
  const participant = await findOr404(ctx.db.manager, Participant, "Participant", participantId);
  const conference = await findOr404(ctx.db.manager, Conference, "Conference", participant.conferenceId);
  return { participant, conference };
}
