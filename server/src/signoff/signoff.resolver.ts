import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { In } from "typeorm";
import { Account } from "../auth/account.entity.js";
import { Conference } from "../conferences/conference.entity.js";
import { transitionConference } from "../conferences/conference.service.js";
import { ConferenceType } from "../conferences/conference.types.js";
import { Participant } from "../conferences/participant.entity.js";
import { findOr404, isUuid } from "../db/lookup.js";
import type { Context } from "../graphql/context.js";
import { AppError, notFound } from "../graphql/errors.js";
import { authorize, can, type Action } from "../policy/policy.js";
import { minutesSubject } from "./lifecycle.js";
import { MinutesSignature } from "./minutes-signature.entity.js";
import { MinutesVersion } from "./minutes-version.entity.js";
import { signatureLines } from "./signature-lines.js";
import { answerMinutes } from "./signing.js";
import { MinutesAnswerInput, MinutesSignatureType, MinutesVersionType } from "./signoff.types.js";

/** A version of a conference the actor may act on this way, or not found. */
async function visibleVersion(ctx: Context, versionId: string, action: Action) {
  const version = await findOr404(ctx.db.manager, MinutesVersion, "Minutes version", versionId);
  const conference = await findOr404(ctx.db.manager, Conference, "Minutes version", version.conferenceId);
  authorize(ctx.actor, action, minutesSubject(conference), () => notFound("Minutes version", versionId));
  return { version, conference };
}

/** The caller's own seat at the conference: a guest's link, or the staff account's person. */
async function ownSeat(ctx: Context, conference: Conference, versionId: string): Promise<string> {
  const actor = ctx.actor;
  if (actor.kind === "guest") return actor.participantId;
  const seat =
    actor.kind === "staff" && actor.personId
      ? await ctx.db.getRepository(Participant).findOneBy({ conferenceId: conference.id, personId: actor.personId })
      : null;
  if (!seat) throw notFound("Minutes version", versionId);
  return seat.id;
}

/** Names of those who recorded answers for others (in the room, or closing without them). */
async function recorderNames(ctx: Context, rows: MinutesSignature[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const seatIds = [...new Set(rows.flatMap((r) => (r.recordedByParticipantId ? [r.recordedByParticipantId] : [])))];
  const accountIds = [...new Set(rows.flatMap((r) => (r.recordedByAccountId ? [r.recordedByAccountId] : [])))];
  const seats = seatIds.length ? await ctx.db.getRepository(Participant).findBy({ id: In(seatIds) }) : [];
  const accounts = accountIds.length ? await ctx.db.getRepository(Account).findBy({ id: In(accountIds) }) : [];
  const persons = await ctx.loaders.personById.loadMany([
    ...seats.map((s) => s.personId),
    ...accounts.flatMap((a) => (a.personId ? [a.personId] : [])),
  ]);
  const personName = new Map(persons.flatMap((p) => (p && !(p instanceof Error) ? [[p.id, p.fullName] as const] : [])));
  for (const seat of seats) names.set(seat.id, personName.get(seat.personId) ?? "");
  for (const account of accounts) {
    names.set(account.id, (account.personId ? personName.get(account.personId) : undefined) ?? account.displayName);
  }
  return names;
}

@Resolver(() => ConferenceType)
export class ConferenceMinutesResolver {
  @FieldResolver(() => [MinutesVersionType], { description: "Every minutes version, oldest first." })
  async minutesVersions(@Root() c: ConferenceType, @Ctx() ctx: Context) {
    if (!can(ctx.actor, "read", minutesSubject(c))) return [];
    return ctx.loaders.minutesVersionsByConference.load(c.id);
  }

  @FieldResolver(() => MinutesVersionType, {
    nullable: true,
    description: "The version to sign (or signed): the newest; null before the meeting was closed.",
  })
  async latestMinutes(@Root() c: ConferenceType, @Ctx() ctx: Context) {
    if (!can(ctx.actor, "read", minutesSubject(c))) return null;
    return (await ctx.loaders.minutesVersionsByConference.load(c.id)).at(-1) ?? null;
  }

  @Mutation(() => ConferenceType, {
    description:
      "Reopens minutes in signing for amendment (facilitator or organiser): the document is writable again, and closing again renders a new version that must be signed anew.",
  })
  async reopenMinutes(@Arg("conferenceId", () => ID) conferenceId: string, @Ctx() ctx: Context) {
    const conference = await findOr404(ctx.db.manager, Conference, "Conference", conferenceId);
    authorize(ctx.actor, "manage", minutesSubject(conference), () => notFound("Conference", conferenceId));
    return transitionConference(ctx, conferenceId, "live");
  }

  @Mutation(() => ConferenceType, {
    description:
      "Closes a conference in signing although not every present participant signed (facilitator or organiser): the missing signatures are recorded on the version, and the minutes go to every invitee.",
  })
  async closeWithMissingSignatures(@Arg("conferenceId", () => ID) conferenceId: string, @Ctx() ctx: Context) {
    const conference = await findOr404(ctx.db.manager, Conference, "Conference", conferenceId);
    authorize(ctx.actor, "manage", minutesSubject(conference), () => notFound("Conference", conferenceId));
    return transitionConference(ctx, conferenceId, "closed");
  }
}

@Resolver(() => MinutesVersionType)
export class MinutesVersionResolver {
  @FieldResolver(() => [MinutesSignatureType], {
    description:
      "One line per participant present, in the attendance sheet's order; answers belong to this version only.",
  })
  async signatures(@Root() v: MinutesVersionType, @Ctx() ctx: Context): Promise<MinutesSignatureType[]> {
    const rows = await ctx.loaders.signaturesByVersion.load(v.id);
    const byParticipant = new Map(rows.map((r) => [r.participantId, r]));
    const recorders = await recorderNames(
      ctx,
      rows.filter((r) => r.inRoom || r.outcome === "missing"),
    );
    return signatureLines(v.content, rows).map((line) => {
      const row = byParticipant.get(line.participantId);
      const recorder =
        row && (row.inRoom || row.outcome === "missing")
          ? (row.recordedByParticipantId ?? row.recordedByAccountId)
          : null;
      return {
        participantId: line.participantId,
        name: line.name,
        role: line.role,
        outcome: row ? row.outcome : null,
        at: row ? row.at : null,
        inRoom: line.inRoom,
        note: line.note,
        confirmedBy: recorder ? (recorders.get(recorder) ?? null) : null,
      };
    });
  }

  @FieldResolver(() => String, { description: "Where the PDF of this version with its signatures is downloaded." })
  pdfPath(@Root() v: MinutesVersionType): string {
    return `/conferences/${v.conferenceId}/minutes/${v.number}.pdf`;
  }

  @Mutation(() => MinutesVersionType, {
    description:
      "Answers the newest minutes version for yourself, if you were present: sign it (default), or record a dissent or a correction request with a note. Once per version.",
  })
  async signMinutes(
    @Arg("versionId", () => ID) versionId: string,
    @Arg("input", () => MinutesAnswerInput, { nullable: true }) input: MinutesAnswerInput | null,
    @Ctx() ctx: Context,
  ) {
    const { version, conference } = await visibleVersion(ctx, versionId, "sign");
    const participantId = await ownSeat(ctx, conference, versionId);
    await answerMinutes(ctx, {
      version,
      participantId,
      answer: input?.answer ?? "signed",
      note: input?.note ?? null,
      inRoom: false,
    });
    return version;
  }

  @Mutation(() => MinutesVersionType, {
    description:
      "Records, on the device of whoever runs the meeting, the answer of a participant present in the room; the caller is recorded as having confirmed who signed.",
  })
  async signInRoom(
    @Arg("versionId", () => ID) versionId: string,
    @Arg("participantId", () => ID) participantId: string,
    @Arg("input", () => MinutesAnswerInput, { nullable: true }) input: MinutesAnswerInput | null,
    @Ctx() ctx: Context,
  ) {
    const { version } = await visibleVersion(ctx, versionId, "run");
    const seat = isUuid(participantId)
      ? await ctx.db.getRepository(Participant).findOneBy({ id: participantId, conferenceId: version.conferenceId })
      : null;
    if (!seat) {
      throw new AppError("BAD_USER_INPUT", `Participant ${participantId} is not invited to this conference.`, {
        fields: [
          { path: "participantId", code: "UNKNOWN_PARTICIPANT", message: "is not a participant of this conference" },
        ],
      });
    }
    await answerMinutes(ctx, {
      version,
      participantId,
      answer: input?.answer ?? "signed",
      note: input?.note ?? null,
      inRoom: true,
    });
    return version;
  }
}
