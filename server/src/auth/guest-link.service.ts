import { IsNull, type EntityManager } from "typeorm";
import type { Config } from "../config.js";
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
export function defaultExpiry(conference: Conference, days: number, now: Date): Date {
  const end = conference.scheduledStart
    ? conference.scheduledStart.getTime() + conference.plannedDurationMinutes * 60_000
    : now.getTime();
  return new Date(Math.max(end, now.getTime()) + days * DAY);
}

/** Where links and pages point: PUBLIC_URL, or this machine's port. */
export function publicBaseUrl(config: Config): string {
  return config.PUBLIC_URL?.replace(/\/$/, "") ?? `http://localhost:${config.PORT}`;
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
  if (expiresAt && expiresAt <= new Date()) {
    throw new AppError("BAD_USER_INPUT", "The link would be expired already.", {
      fields: [{ path: "expiresAt", code: "OUT_OF_RANGE", message: "must be in the future" }],
    });
  }
  const createdById = ctx.actor.kind === "staff" ? ctx.actor.accountId : null;
  const issued = await ctx.db.transaction((em) =>
    storeGuestLink(em, ctx.config, participant.id, conference, expiresAt, createdById),
  );
  // Whoever is connected with the replaced link loses the connection with it.
  ctx.events.publish(TOPICS.accessRevoked, { participantId: participant.id });
  return issued;
}

/**
 * Stores a new link in the caller's transaction, revoking the participant's earlier ones; the
 * token leaves only in the returned address. The caller publishes `accessRevoked` after commit.
 */
export async function storeGuestLink(
  em: EntityManager,
  config: Config,
  participantId: string,
  conference: Conference,
  expiresAt: Date | null,
  createdById: string | null,
): Promise<{ url: string; expiresAt: Date }> {
  const token = newToken();
  const expiry = expiresAt ?? defaultExpiry(conference, config.GUEST_LINK_DAYS, new Date());
  await revokeLinks(em, participantId);
  await em.getRepository(GuestLink).insert({
    participantId,
    tokenHash: hashToken(token),
    expiresAt: expiry,
    revokedAt: null,
    lastUsedAt: null,
    createdById,
  });
  return { url: `${publicBaseUrl(config)}/join/${token}`, expiresAt: expiry };
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
