import { canTransition, nextStatuses, readinessProblems, type ConferenceStatus } from "@roundtable/shared";
import type { EntityManager } from "typeorm";
import { Case } from "../cases/case.entity.js";
import { findOr404 } from "../db/lookup.js";
import type { Context } from "../graphql/context.js";
import { AppError } from "../graphql/errors.js";
import { paginate, type PageArgs } from "../graphql/pagination.js";
import { TOPICS } from "../graphql/pubsub.js";
import { patchChanges } from "../graphql/validation.js";
import { onlyReadableConferences } from "../policy/scope.js";
import {
  invitationsOnScheduleChange,
  invitationsOnStatusChange,
  scheduleOf,
  type AfterCommit,
} from "../invitations/invitation.service.js";
import { afterStatusChange, beforeStatusChange } from "../signoff/lifecycle.js";
import { conferenceEvent, publishConference } from "./conference-events.js";
import { Conference } from "./conference.entity.js";
import type { ConferenceFilter, ConferenceInput, ConferencePatch } from "./conference.types.js";
import { Participant } from "./participant.entity.js";

const READINESS_WORDS = {
  purpose_missing: "a purpose",
  time_missing: "a scheduled time",
  facilitator_missing: "a facilitator",
  no_participants: "at least one participant",
} as const;

/** Loads a conference for a change, row-locked until the transaction ends. */
export function lockConference(em: EntityManager, id: string): Promise<Conference> {
  return findOr404(em, Conference, "Conference", id, { lock: true });
}

/** Refuses a change the conference's status no longer allows, naming the status. */
export function assertStatus(
  conference: Pick<Conference, "status">,
  allowed: readonly ConferenceStatus[],
  change: string,
): void {
  if (!allowed.includes(conference.status)) {
    throw new AppError("CONFERENCE_LOCKED", `A conference that is ${conference.status} cannot ${change}.`, {
      status: conference.status,
    });
  }
}

export const PREPARATION: readonly ConferenceStatus[] = ["draft", "invited"];

export function listConferences(ctx: Context, filter: ConferenceFilter, page: PageArgs) {
  const qb = onlyReadableConferences(ctx.db.getRepository(Conference).createQueryBuilder("conference"), ctx.actor);
  if (filter.from) qb.andWhere("conference.scheduledStart >= :from", { from: filter.from });
  if (filter.to) qb.andWhere("conference.scheduledStart < :to", { to: filter.to });
  if (filter.status) qb.andWhere("conference.status = :status", { status: filter.status });
  if (filter.caseId) qb.andWhere("conference.caseId = :caseId", { caseId: filter.caseId });
  return paginate(
    qb,
    {
      expr: `COALESCE("conference"."scheduledStart", 'infinity'::timestamptz)`,
      cast: "timestamptz",
      valueOf: (c) => c.scheduledStart?.toISOString() ?? "infinity",
    },
    page,
  );
}

export async function createConference(ctx: Context, input: ConferenceInput): Promise<Conference> {
  const saved = await ctx.db.transaction(async (em) => {
    // Locking the case serialises series numbering for its conferences.
    await findOr404(em, Case, "Case", input.caseId, { lock: true });
    const seriesIndex = await nextSeriesIndex(em, input.caseId);
    return em.getRepository(Conference).save(
      em.getRepository(Conference).create({
        caseId: input.caseId,
        kind: input.kind ?? "conference",
        purpose: input.purpose.trim(),
        scheduledStart: input.scheduledStart ?? null,
        plannedDurationMinutes: input.plannedDurationMinutes ?? 180,
        place: input.place ?? null,
        onlineLink: input.onlineLink ?? null,
        language: input.language ?? "en",
        seriesIndex,
      }),
    );
  });
  publishConference(ctx, saved);
  return saved;
}

export async function nextSeriesIndex(em: EntityManager, caseId: string): Promise<number> {
  const row: { max: number | null } | undefined = await em
    .getRepository(Conference)
    .createQueryBuilder("c")
    .select("MAX(c.seriesIndex)", "max")
    .where("c.caseId = :caseId", { caseId })
    .getRawOne();
  return (row?.max ?? 0) + 1;
}

export async function updateConference(ctx: Context, id: string, patch: ConferencePatch): Promise<Conference> {
  const changes = patchChanges(patch, ["kind", "purpose", "plannedDurationMinutes", "language"]);
  if (changes.purpose !== undefined) changes.purpose = changes.purpose.trim();
  let invitations: AfterCommit = () => {};
  const saved = await ctx.db.transaction(async (em) => {
    const conference = await lockConference(em, id);
    assertStatus(conference, PREPARATION, "be edited");
    const before = scheduleOf(conference);
    const updated = await em.getRepository(Conference).save(em.getRepository(Conference).merge(conference, changes));
    // A new time or place while invited: an update to everyone invited, queued with the change.
    invitations = await invitationsOnScheduleChange(ctx, em, before, updated);
    return updated;
  });
  publishConference(ctx, saved);
  invitations();
  return saved;
}

export async function transitionConference(ctx: Context, id: string, to: ConferenceStatus): Promise<Conference> {
  let invitations: AfterCommit = () => {};
  const saved = await ctx.db.transaction(async (em) => {
    const conference = await lockConference(em, id);
    const from = conference.status;
    if (!canTransition(from, to)) {
      const allowed = nextStatuses(from);
      throw new AppError(
        "ILLEGAL_TRANSITION",
        `A conference cannot go from ${from} to ${to}. ` +
          (allowed.length ? `From ${from} it can go to: ${allowed.join(", ")}.` : `A ${from} conference is final.`),
        { from, to, allowed },
      );
    }
    if (from === "draft" && to !== "cancelled") {
      const participants = await em.getRepository(Participant).findBy({ conferenceId: id });
      const problems = readinessProblems({
        purpose: conference.purpose,
        scheduledStart: conference.scheduledStart,
        hasFacilitator: participants.some((p) => p.role === "facilitator"),
        participantCount: participants.length,
      });
      if (problems.length > 0) {
        throw new AppError(
          "CONFERENCE_NOT_READY",
          `Before invitations go out the conference needs ${problems.map((p) => READINESS_WORDS[p]).join(", ")}.`,
          { problems },
        );
      }
    }
    // Sign-off: leaving signing (reopen, close unsigned) is the facilitator's or an organiser's.
    await beforeStatusChange(ctx, em, conference, to);
    conference.status = to;
    conference.statusChangedAt = new Date();
    const changed = await em.getRepository(Conference).save(conference);
    // Invited: the invitations; cancelled: the cancellations; queued in this transaction.
    invitations = await invitationsOnStatusChange(ctx, em, changed, from);
    return changed;
  });
  // Closing the meeting (→ signing) renders the minutes version everyone signs, and tells
  // subscribers of the change once that version is stored: a page reading on the event must find
  // it. Open live documents freeze at once.
  if (saved.status === "signing") ctx.events.publish(TOPICS.liveStatus, conferenceEvent(saved));
  else publishConference(ctx, saved);
  invitations();
  return afterStatusChange(ctx, saved);
}
