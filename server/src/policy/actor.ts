import type { ParticipantRole } from "@roundtable/shared";

/**
 * Who is asking. Every GraphQL request and every socket carries one, resolved once from the
 * session cookie or invitation token, with the facts the policy needs to decide without asking
 * the database again.
 */
export type Actor = AnonymousActor | StaffActor | GuestActor | SystemActor;

export interface AnonymousActor {
  kind: "anonymous";
}

export interface StaffActor {
  kind: "staff";
  accountId: string;
  sessionId: string | null;
  /** Administrators manage accounts and institutions; they do not read case content. */
  admin: boolean;
  /** The person who stands for this account in conferences and as a task owner. */
  personId: string | null;
  /** Cases this account manages or is on the team of. */
  caseIds: ReadonlySet<string>;
  /** Conferences this account's person takes part in, with the role. */
  participations: ReadonlyMap<string, ParticipantRole>;
}

/** Someone who opened a personal invitation link: one conference, nothing else. */
export interface GuestActor {
  kind: "guest";
  sessionId: string | null;
  guestLinkId: string;
  participantId: string;
  personId: string;
  role: ParticipantRole;
  conferenceId: string;
  caseId: string;
}

/** The server itself (demo data, projections); never reachable from a request. */
export interface SystemActor {
  kind: "system";
  reason: string;
}

export const ANONYMOUS: AnonymousActor = { kind: "anonymous" };

/** Who the audit log names for an actor. */
export function auditIdentity(actor: Actor): {
  actorKind: Actor["kind"];
  accountId: string | null;
  participantId: string | null;
  sessionId: string | null;
} {
  return {
    actorKind: actor.kind,
    accountId: actor.kind === "staff" ? actor.accountId : null,
    participantId: actor.kind === "guest" ? actor.participantId : null,
    sessionId: actor.kind === "staff" || actor.kind === "guest" ? actor.sessionId : null,
  };
}
