import type { ConferenceStatus } from "@roundtable/shared";
import type { EntityManager } from "typeorm";
import type { Conference } from "../conferences/conference.entity.js";
import { assertStatus, lockConference } from "../conferences/conference.service.js";
import { Participant } from "../conferences/participant.entity.js";
import { findOr404 } from "../db/lookup.js";
import type { Context } from "../graphql/context.js";
import { AppError } from "../graphql/errors.js";
import { TOPICS } from "../graphql/pubsub.js";
import { Invitation } from "./invitation.entity.js";
import { loadInvitationContext } from "./seats.js";
import { currentSequence, InvitationRun, sendLetter } from "./send.js";

/** What a hook hands back: publish its events once the transaction has committed. */
export type AfterCommit = () => void;
const NOTHING: AfterCommit = () => {};

/** Invitations go out, and updates follow, while the meeting is ahead or under way. */
const SENDING: readonly ConferenceStatus[] = ["invited", "live"];
/** Answers are taken until the meeting is over (a link handed over in person may come first). */
const ANSWERING: readonly ConferenceStatus[] = ["draft", "invited", "live"];

async function startRun(ctx: Context, em: EntityManager, conference: Conference): Promise<InvitationRun> {
  const sender = ctx.actor.kind === "staff" ? { accountId: ctx.actor.accountId } : null;
  return new InvitationRun(ctx, em, await loadInvitationContext(em, conference, sender));
}

/** Rows of participants who were sent an invitation or update (not cancelled), by participant. */
async function invitedRows(em: EntityManager, conferenceId: string): Promise<Map<string, Invitation>> {
  const rows = await em.getRepository(Invitation).findBy({ conferenceId });
  return new Map(
    rows.filter((r) => r.lastLetter && r.lastLetter !== "invitation_cancellation").map((r) => [r.participantId, r]),
  );
}

/**
 * In the transaction of a status change, with the conference locked: leaving draft for invited
 * invites every participant with an e-mail address; cancelling tells everyone who was invited.
 */
export async function invitationsOnStatusChange(
  ctx: Context,
  em: EntityManager,
  conference: Conference,
  from: ConferenceStatus,
): Promise<AfterCommit> {
  if (from === "draft" && conference.status === "invited") {
    const run = await startRun(ctx, em, conference);
    const sequence = await currentSequence(em, conference.id);
    for (const seat of run.info.seats) if (seat.email) await sendLetter(run, seat, "invitation", { sequence });
    return () => run.publish();
  }
  if (conference.status === "cancelled") {
    const invited = await invitedRows(em, conference.id);
    if (invited.size === 0) return NOTHING;
    const run = await startRun(ctx, em, conference);
    const sequence = (await currentSequence(em, conference.id)) + 1;
    for (const seat of run.info.seats) {
      if (invited.has(seat.participant.id)) await sendLetter(run, seat, "cancellation", { sequence });
    }
    return () => run.publish();
  }
  return NOTHING;
}

/** The details an update is about. */
export interface Schedule {
  scheduledStart: Date | null;
  plannedDurationMinutes: number;
  place: string | null;
  onlineLink: string | null;
}

export const scheduleOf = (c: Conference): Schedule => ({
  scheduledStart: c.scheduledStart,
  plannedDurationMinutes: c.plannedDurationMinutes,
  place: c.place,
  onlineLink: c.onlineLink,
});

/**
 * In the transaction of a change to the conference: a new time, duration, place or link while it
 * is invited or live goes to everyone invited, with a higher SEQUENCE (a new time asks them to
 * answer again); a participant who has become reachable since gets the invitation itself.
 */
export async function invitationsOnScheduleChange(
  ctx: Context,
  em: EntityManager,
  before: Schedule,
  conference: Conference,
): Promise<AfterCommit> {
  if (!SENDING.includes(conference.status) || !conference.scheduledStart) return NOTHING;
  const time =
    before.scheduledStart?.getTime() !== conference.scheduledStart.getTime() ||
    before.plannedDurationMinutes !== conference.plannedDurationMinutes;
  const place = before.place !== conference.place || before.onlineLink !== conference.onlineLink;
  if (!time && !place) return NOTHING;
  const run = await startRun(ctx, em, conference);
  const invited = await invitedRows(em, conference.id);
  const sequence = (await currentSequence(em, conference.id)) + 1;
  const changed = {
    time,
    place,
    previousStart: time ? before.scheduledStart : null,
    previousDurationMinutes: before.plannedDurationMinutes,
  };
  for (const seat of run.info.seats) {
    if (!seat.email) continue;
    if (invited.has(seat.participant.id)) await sendLetter(run, seat, "update", { sequence, changed });
    else await sendLetter(run, seat, "invitation", { sequence });
  }
  return () => run.publish();
}

/** In the transaction that adds a participant: while invited or live, they get their own invitation. */
export async function invitationsOnParticipantAdded(
  ctx: Context,
  em: EntityManager,
  conference: Conference,
  participant: Participant,
): Promise<AfterCommit> {
  if (!SENDING.includes(conference.status)) return NOTHING;
  const run = await startRun(ctx, em, conference);
  const seat = run.info.seats.find((s) => s.participant.id === participant.id);
  if (!seat?.email) return NOTHING;
  // The same object the caller returns, so its answer shows the state just set.
  seat.participant = participant;
  await sendLetter(run, seat, "invitation", { sequence: await currentSequence(em, conference.id) });
  return () => run.publish();
}

/**
 * In the transaction that removes a participant, before the row goes: one who was invited (and
 * not told of a cancellation) gets a withdrawal of their own invitation, a CANCEL of the same
 * calendar entry (its UID) with a higher SEQUENCE, so their calendar drops it. The message stays
 * on record; its participant reference becomes null with the row.
 */
export async function invitationsOnParticipantRemoved(
  ctx: Context,
  em: EntityManager,
  conference: Conference,
  participantId: string,
): Promise<AfterCommit> {
  if (!SENDING.includes(conference.status)) return NOTHING;
  if (!(await invitedRows(em, conference.id)).has(participantId)) return NOTHING;
  const run = await startRun(ctx, em, conference);
  const seat = run.info.seats.find((s) => s.participant.id === participantId);
  if (!seat?.email) return NOTHING;
  await sendLetter(run, seat, "withdrawal", { sequence: (await currentSequence(em, conference.id)) + 1 });
  // Nothing to publish: the removal itself tells the conference's subscribers.
  return NOTHING;
}

/**
 * The organiser sends (again) one participant's invitation, with a new personal link: for a
 * person who lost it, or whose e-mail address was added after the invitations went out.
 */
export async function resendInvitation(ctx: Context, participantId: string): Promise<Participant> {
  const { run, participant } = await ctx.db.transaction(async (em) => {
    const found = await findOr404(em, Participant, "Participant", participantId);
    const conference = await lockConference(em, found.conferenceId);
    assertStatus(conference, SENDING, "send invitations");
    const run = await startRun(ctx, em, conference);
    const seat = run.info.seats.find((s) => s.participant.id === participantId);
    if (!seat) throw new AppError("NOT_FOUND", `Participant ${participantId} was not found.`, { id: participantId });
    if (!seat.email) {
      throw new AppError("BAD_USER_INPUT", `${seat.person.fullName} has no e-mail address to send the invitation to.`, {
        fields: [{ path: "participantId", code: "NO_EMAIL", message: "has no e-mail address" }],
      });
    }
    await sendLetter(run, seat, "invitation", { sequence: await currentSequence(em, conference.id) });
    return { run, participant: seat.participant };
  });
  run.publish();
  return participant;
}

/**
 * A participant's own answer, from their link (or, for staff, signed in): accepted or declined,
 * when, and an optional note for the organiser. A later answer replaces an earlier one.
 */
export async function respondToInvitation(
  ctx: Context,
  participantId: string,
  accept: boolean,
  note: string | null,
): Promise<Participant> {
  const { conference, participant } = await ctx.db.transaction(async (em) => {
    const { conferenceId } = await findOr404(em, Participant, "Participant", participantId);
    const conference = await lockConference(em, conferenceId);
    assertStatus(conference, ANSWERING, "take answers to its invitation");
    const participant = await findOr404(em, Participant, "Participant", participantId);
    participant.invitationState = accept ? "accepted" : "declined";
    await em.getRepository(Participant).save(participant);
    const invitations = em.getRepository(Invitation);
    const record =
      (await invitations.findOneBy({ participantId })) ??
      invitations.create({ participantId, conferenceId, sequence: 0, lastLetter: null, lastMailId: null });
    record.answeredAt = new Date();
    record.answerNote = note?.trim() || null;
    await invitations.save(record);
    return { conference, participant };
  });
  ctx.events.publish(TOPICS.participant, {
    id: participant.id,
    caseId: conference.caseId,
    conferenceId: conference.id,
  });
  return participant;
}
