import type { ParticipantRole } from "@roundtable/shared";
import type { DataSource, EntityManager } from "typeorm";
import type { Config } from "../config.js";
import { ANONYMOUS, type Actor, type GuestActor, type StaffActor } from "../policy/actor.js";
import type { Account } from "./account.entity.js";
import { GuestLink } from "./guest-link.entity.js";
import { findSession } from "./sessions.js";
import { staffActorOf, staffFactsColumns, type StaffFacts } from "./staff-facts.js";
import { hashToken, looksLikeToken } from "./tokens.js";

/** A staff account with the facts the policy decides on: its cases and its conferences. */
export async function staffActor(em: EntityManager, account: Account, sessionId: string | null): Promise<StaffActor> {
  const columns = staffFactsColumns("$1", "$2");
  const [facts] = await em.query<[StaffFacts]>(
    `SELECT ${columns.caseIds} AS "caseIds", ${columns.participations} AS participations`,
    [account.personId, account.id],
  );
  return staffActorOf(account, sessionId, facts);
}

export type LinkProblem = "unknown" | "expired" | "revoked";

/** The guest an invitation link stands for, or why it does not work. */
export async function guestForLink(
  em: EntityManager,
  link: GuestLink | null,
  sessionId: string | null,
  now = new Date(),
): Promise<GuestActor | LinkProblem> {
  if (!link) return "unknown";
  if (link.revokedAt) return "revoked";
  if (link.expiresAt <= now) return "expired";
  const [row] = await em.query<{ conferenceId: string; personId: string; role: ParticipantRole; caseId: string }[]>(
    `SELECT p."conferenceId", p."personId", p.role, c."caseId"
       FROM participants p JOIN conferences c ON c.id = p."conferenceId" WHERE p.id = $1`,
    [link.participantId],
  );
  if (!row) return "unknown";
  return { kind: "guest", sessionId, guestLinkId: link.id, participantId: link.participantId, ...row };
}

/** The guest behind a raw invitation token (a link being opened, or a live-document socket). */
export async function guestForToken(em: EntityManager, token: string): Promise<GuestActor | LinkProblem> {
  if (!looksLikeToken(token)) return "unknown";
  return guestForLink(em, await em.getRepository(GuestLink).findOneBy({ tokenHash: hashToken(token) }), null);
}

/** Who a session cookie stands for; anonymous when there is none or it no longer works. */
export async function actorForSession(db: DataSource, token: string | undefined, config: Config): Promise<Actor> {
  if (!token) return ANONYMOUS;
  const session = await findSession(db, token, config);
  if (!session) return ANONYMOUS;
  if (session.kind === "staff") {
    const { account } = session;
    return account && !account.disabledAt ? staffActorOf(account, session.id, session.staff) : ANONYMOUS;
  }
  if (session.guestLinkId) {
    const link = await db.getRepository(GuestLink).findOneBy({ id: session.guestLinkId });
    const guest = await guestForLink(db.manager, link, session.id);
    return typeof guest === "string" ? ANONYMOUS : guest;
  }
  return ANONYMOUS;
}
