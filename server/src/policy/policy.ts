import type { ConferenceStatus, ParticipantRole } from "@roundtable/shared";
import { AppError } from "../graphql/errors.js";
import type { Actor, StaffActor } from "./actor.js";

/**
 * What can be done. `run` is running a meeting (moving it along, attendance); `updateStatus` is
 * what a task's owner may do to their own task; `sign` is answering the minutes for oneself;
 * `respond` is answering one's own invitation.
 */
export type Action = "read" | "create" | "update" | "run" | "updateStatus" | "manage" | "sign" | "respond";

/** What an action concerns, with the facts the rules look at. */
export type Subject =
  | { type: "cases" }
  | { type: "case"; caseId: string }
  | { type: "caseReporter"; caseId: string }
  | { type: "conference"; conferenceId: string; caseId: string }
  | {
      type: "task";
      caseId: string;
      agreedInId: string | null;
      ownerPersonId: string | null;
      ownerParticipantId: string | null;
    }
  | { type: "participant"; conferenceId: string; caseId: string; participantId: string; personId: string }
  | { type: "liveDocument"; conferenceId: string; caseId: string; status: ConferenceStatus }
  | { type: "minutes"; conferenceId: string; caseId: string }
  | { type: "persons" }
  | { type: "personContact" }
  /** The follow-up view across the actor's own cases (deadlines): for those who work on cases. */
  | { type: "caseFollowUp" }
  | { type: "institutions" }
  | { type: "accounts" }
  | { type: "auditLog" }
  | { type: "mailOutbox" }
  | { type: "ownAccount" };

const MEETING_RUNNERS: readonly ParticipantRole[] = ["facilitator", "note_taker"];
/** Who may reopen signed-off minutes or close without every signature, besides the case's team. */
const MINUTES_KEEPERS: readonly ParticipantRole[] = ["facilitator", "organiser"];

const caseworker = (actor: Actor): actor is StaffActor => actor.kind === "staff" && !actor.admin;
const onTeam = (actor: Actor, caseId: string) => caseworker(actor) && actor.caseIds.has(caseId);

function roleIn(actor: Actor, conferenceId: string): ParticipantRole | null {
  if (actor.kind === "guest") return actor.conferenceId === conferenceId ? actor.role : null;
  if (caseworker(actor)) return actor.participations.get(conferenceId) ?? null;
  return null;
}

function ownsTask(actor: Actor, task: Extract<Subject, { type: "task" }>): boolean {
  if (actor.kind === "guest") {
    return (
      task.ownerParticipantId === actor.participantId ||
      (task.ownerPersonId === actor.personId && task.agreedInId === actor.conferenceId)
    );
  }
  return caseworker(actor) && actor.personId !== null && task.ownerPersonId === actor.personId;
}

/**
 * The one policy: every resolver and socket asks here, nothing else decides access. The rules
 * follow DOMAIN.md's data protection: case content is for the case's team; a conference is also
 * for its participants; a guest sees one conference and their own tasks; administrators run the
 * service but do not read case content; the reporter is for the team alone.
 */
export function can(actor: Actor, action: Action, subject: Subject): boolean {
  if (actor.kind === "system") return true;
  switch (subject.type) {
    case "cases":
      return action === "create" ? caseworker(actor) : action === "read" && actor.kind !== "anonymous";
    case "case":
    case "caseReporter":
      return (action === "read" || action === "update") && onTeam(actor, subject.caseId);
    case "conference": {
      if (onTeam(actor, subject.caseId)) return action !== "manage";
      const role = roleIn(actor, subject.conferenceId);
      if (role === null) return false;
      return action === "read" || (action === "run" && MEETING_RUNNERS.includes(role));
    }
    case "participant": {
      // Confidentiality is acknowledged by the participant, or in the room on the facilitator's device.
      const self =
        actor.kind === "guest"
          ? actor.participantId === subject.participantId
          : caseworker(actor) && actor.personId === subject.personId;
      // An invitation is answered by its invitee alone (the organiser records a phoned answer as an update).
      if (action === "respond") return self;
      const conference = { type: "conference", conferenceId: subject.conferenceId, caseId: subject.caseId } as const;
      return action === "update" && (self || can(actor, "run", conference));
    }
    case "liveDocument": {
      const conference = { type: "conference", conferenceId: subject.conferenceId, caseId: subject.caseId } as const;
      if (!can(actor, "read", conference)) return false;
      if (action === "read") return true;
      // Written while the meeting is prepared and held; frozen from signing on. Observers only watch.
      const open = subject.status === "invited" || subject.status === "live";
      return action === "update" && open && roleIn(actor, subject.conferenceId) !== "observer";
    }
    case "minutes": {
      // Read by everyone who reads the conference; signed by each participant for themselves;
      // recorded in the room by whoever runs the meeting; reopened or closed unsigned by the
      // organisers (the case's team, an organiser seat) and the facilitator.
      const conference = { type: "conference", conferenceId: subject.conferenceId, caseId: subject.caseId } as const;
      const role = roleIn(actor, subject.conferenceId);
      if (action === "read") return can(actor, "read", conference);
      if (action === "sign") return role !== null;
      if (action === "run") return can(actor, "run", conference);
      if (action === "manage")
        return onTeam(actor, subject.caseId) || (role !== null && MINUTES_KEEPERS.includes(role));
      return false;
    }
    case "task":
      if (onTeam(actor, subject.caseId)) return action !== "manage";
      return (action === "read" || action === "updateStatus") && ownsTask(actor, subject);
    case "persons":
    case "personContact":
      return caseworker(actor) && action !== "manage";
    case "caseFollowUp":
      return caseworker(actor) && action === "read";
    case "institutions":
      return actor.kind === "staff" && action !== "manage";
    // Running the service; the outbox says who was written to and whether it arrived.
    case "accounts":
    case "auditLog":
    case "mailOutbox":
      return actor.kind === "staff" && actor.admin;
    case "ownAccount":
      return actor.kind === "staff";
  }
}

/**
 * Throws when the actor may not. Nobody signed in: UNAUTHENTICATED. Otherwise a record you may
 * not see is reported as not found, never as forbidden, so its existence does not leak.
 */
export function authorize(actor: Actor, action: Action, subject: Subject, notFound: () => AppError): void {
  if (can(actor, action, subject)) return;
  if (actor.kind === "anonymous") throw unauthenticated();
  throw notFound();
}

export const unauthenticated = () =>
  new AppError("UNAUTHENTICATED", "Please sign in, or open your invitation link again.");

/**
 * Which rows a list may show, as the SQL-side twin of `can(actor, "read", …)`: lists filter by
 * it instead of checking row by row. Keep the two in step; the access matrix test checks both.
 */
export interface ReadScope {
  /** Cases (and all their conferences and tasks) the actor reads in full. */
  caseIds: string[];
  /** Further conferences the actor takes part in. */
  conferenceIds: string[];
  /** Tasks the actor owns outside those cases. */
  ownTasks: { personId: string; conferenceId: string | null; participantId: string | null } | null;
}

export function readScope(actor: Actor): ReadScope {
  if (caseworker(actor)) {
    return {
      caseIds: [...actor.caseIds],
      conferenceIds: [...actor.participations.keys()],
      ownTasks: actor.personId ? { personId: actor.personId, conferenceId: null, participantId: null } : null,
    };
  }
  if (actor.kind === "guest") {
    return {
      caseIds: [],
      conferenceIds: [actor.conferenceId],
      ownTasks: { personId: actor.personId, conferenceId: actor.conferenceId, participantId: actor.participantId },
    };
  }
  return { caseIds: [], conferenceIds: [], ownTasks: null };
}
