import type { EntityManager } from "typeorm";
import { publishConference } from "../conferences/conference-events.js";
import { Conference } from "../conferences/conference.entity.js";
import { Participant } from "../conferences/participant.entity.js";
import type { Context } from "../graphql/context.js";
import { AppError } from "../graphql/errors.js";
import { TOPICS } from "../graphql/pubsub.js";
import { auditIdentity } from "../policy/actor.js";
import { queueDistribution } from "./distribution.js";
import { MinutesSignature, type SignatureOutcome } from "./minutes-signature.entity.js";
import type { MinutesVersion } from "./minutes-version.entity.js";
import { isPresent, presentOn } from "./signature-lines.js";
import { latestVersion } from "./versions.js";

/** What a present participant answers instead of (or by) signing. */
export type MinutesAnswer = Exclude<SignatureOutcome, "missing">;

export interface AnswerInput {
  version: MinutesVersion;
  participantId: string;
  answer: MinutesAnswer;
  note: string | null;
  /** Recorded on the device of whoever runs the meeting, who thereby confirms the signer. */
  inRoom: boolean;
}

const ANSWER_WORDS: Record<SignatureOutcome, string> = {
  signed: "signed",
  dissent: "recorded a dissent to",
  correction_requested: "requested a correction of",
  missing: "not signed",
};

async function lockConference(em: EntityManager, id: string): Promise<Conference> {
  return em.getRepository(Conference).findOneOrFail({ where: { id }, lock: { mode: "pessimistic_write" } });
}

/** A version may be answered while it is the newest and the conference is in signing. */
async function assertSignable(em: EntityManager, conference: Conference, version: MinutesVersion): Promise<void> {
  if (conference.status === "closed") {
    throw new AppError("CONFERENCE_LOCKED", "The conference is closed: its minutes are final and no longer signed.", {
      status: conference.status,
    });
  }
  const latest = await latestVersion(em, conference.id);
  const superseded = {
    versionNumber: version.number,
    latestVersionId: latest?.id ?? null,
    latestNumber: latest?.number ?? null,
  };
  if (latest && latest.number !== version.number) {
    throw new AppError(
      "MINUTES_SUPERSEDED",
      `Version ${version.number} of the minutes was replaced by version ${latest.number}: please read and sign that one.`,
      superseded,
    );
  }
  if (conference.status !== "signing") {
    throw new AppError(
      "MINUTES_SUPERSEDED",
      `The minutes were reopened for amendment: version ${version.number} will be replaced by a new version to sign when the meeting is closed again.`,
      superseded,
    );
  }
}

/**
 * Records one present participant's answer to a version, once. When it completes the
 * signatures (every present participant has signed this version), the conference closes and the
 * signed minutes are queued to every invitee, in the same transaction.
 */
export async function answerMinutes(ctx: Context, input: AnswerInput): Promise<void> {
  const { version, participantId, answer, inRoom } = input;
  const note = input.note?.trim() || null;
  if (answer !== "signed" && note === null) {
    throw new AppError("BAD_USER_INPUT", "Say what you disagree with or what should be corrected.", {
      fields: [{ path: "input.note", code: "REQUIRED", message: "is needed for a dissent or a correction request" }],
    });
  }
  const closed = await ctx.db.transaction(async (em) => {
    const conference = await lockConference(em, version.conferenceId);
    await assertSignable(em, conference, version);
    const seat = version.content.attendance.find((a) => a.participantId === participantId);
    if (!seat || !isPresent(seat.attendance)) {
      const as = seat?.attendance ?? null;
      throw new AppError(
        "NOT_PRESENT",
        `${seat?.name ?? "This participant"} was ${as === null ? "not marked present" : as === "excused" ? "excused" : "absent"} in version ${version.number} of the minutes: only those present sign them.`,
        { attendance: as },
      );
    }
    const earlier = await em.getRepository(MinutesSignature).findOneBy({ versionId: version.id, participantId });
    if (earlier) {
      throw new AppError(
        "ALREADY_ANSWERED",
        `${seat.name} already ${ANSWER_WORDS[earlier.outcome]} version ${version.number} of the minutes.`,
        { outcome: earlier.outcome },
      );
    }
    const identity = auditIdentity(ctx.actor);
    const now = new Date();
    await em.getRepository(MinutesSignature).insert({
      versionId: version.id,
      participantId,
      outcome: answer,
      note,
      inRoom,
      recordedByKind: identity.actorKind,
      recordedByAccountId: identity.accountId,
      recordedByParticipantId: identity.participantId,
      at: now,
    });
    if (answer === "signed") await em.getRepository(Participant).update(participantId, { signedAt: now });
    if (!(await allSigned(em, version))) return null;
    conference.status = "closed";
    conference.statusChangedAt = now;
    const saved = await em.getRepository(Conference).save(conference);
    await queueDistribution(ctx, em, saved, version);
    return saved;
  });
  const conference = closed ?? (await ctx.db.getRepository(Conference).findOneByOrFail({ id: version.conferenceId }));
  ctx.events.publish(TOPICS.participant, { id: participantId, caseId: conference.caseId, conferenceId: conference.id });
  if (closed) publishConference(ctx, closed);
}

async function allSigned(em: EntityManager, version: MinutesVersion): Promise<boolean> {
  const signed = new Set(
    (await em.getRepository(MinutesSignature).findBy({ versionId: version.id, outcome: "signed" })).map(
      (s) => s.participantId,
    ),
  );
  const present = presentOn(version.content);
  return present.length > 0 && present.every((p) => signed.has(p.participantId));
}

/**
 * Closing without every signature (signing → closed by the facilitator or an organiser): each
 * present participant who has not answered the latest version gets a `missing` line recorded
 * on it, naming who closed; then the signed minutes are queued to every invitee.
 */
export async function closeWithMissing(ctx: Context, em: EntityManager, conference: Conference): Promise<void> {
  const version = await latestVersion(em, conference.id);
  if (!version) return;
  const answered = new Set(
    (await em.getRepository(MinutesSignature).findBy({ versionId: version.id })).map((s) => s.participantId),
  );
  const identity = auditIdentity(ctx.actor);
  const now = new Date();
  const missing = presentOn(version.content).filter((p) => !answered.has(p.participantId));
  for (const seat of missing) {
    await em.getRepository(MinutesSignature).insert({
      versionId: version.id,
      participantId: seat.participantId,
      outcome: "missing",
      note: null,
      inRoom: false,
      recordedByKind: identity.actorKind,
      recordedByAccountId: identity.accountId,
      recordedByParticipantId: identity.participantId,
      at: now,
    });
  }
  await queueDistribution(ctx, em, conference, version);
}

/** Reopening: the signatures stay with their version; the participants' signedAt no longer holds. */
export async function forgetSignedAt(em: EntityManager, conferenceId: string): Promise<void> {
  await em.getRepository(Participant).update({ conferenceId }, { signedAt: null });
}
