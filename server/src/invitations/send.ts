import { IsNull, MoreThan, type EntityManager } from "typeorm";
import { GuestLink } from "../auth/guest-link.entity.js";
import { defaultExpiry, publicBaseUrl, storeGuestLink } from "../auth/guest-link.service.js";
import { Participant } from "../conferences/participant.entity.js";
import type { Context } from "../graphql/context.js";
import { TOPICS } from "../graphql/pubsub.js";
import { enqueueMail } from "../mail/outbox.js";
import type { MailKind } from "../mail/outgoing-mail.js";
import { buildCalendar } from "./calendar.js";
import { Invitation, type InvitationLetter } from "./invitation.entity.js";
import { calendarWords, composeLetter, type JoinLink, type LetterFacts } from "./letter.js";
import { letterPerson, type InvitationContext, type Seat } from "./seats.js";
import type { LetterKind } from "./words/index.js";

/**
 * One change's sending, inside the transaction of the change: what it queued and whom it
 * touched, so the events go out after the commit (and never for a change that rolled back).
 */
export class InvitationRun {
  /** Participants whose invitation state or record changed: participantChanged. */
  readonly changed = new Set<string>();
  /** Participants whose earlier link a new one replaced: their live connections close. */
  readonly relinked = new Set<string>();

  constructor(
    readonly ctx: Context,
    readonly em: EntityManager,
    readonly info: InvitationContext,
  ) {}

  /** Call after the transaction committed. */
  publish(): void {
    const { id, caseId } = this.info.conference;
    for (const participantId of this.changed) {
      this.ctx.events.publish(TOPICS.participant, { id: participantId, caseId, conferenceId: id });
    }
    for (const participantId of this.relinked) this.ctx.events.publish(TOPICS.accessRevoked, { participantId });
  }
}

const MAIL_KIND: Record<LetterKind, MailKind & InvitationLetter> = {
  invitation: "invitation",
  update: "invitation_update",
  cancellation: "invitation_cancellation",
  withdrawal: "invitation_cancellation",
};

/** The conference's current iCalendar SEQUENCE: the highest sent to any of its participants. */
export async function currentSequence(em: EntityManager, conferenceId: string): Promise<number> {
  const row: { max: number | string | null } | undefined = await em
    .getRepository(Invitation)
    .createQueryBuilder("i")
    .select("MAX(i.sequence)", "max")
    .where("i.conferenceId = :conferenceId", { conferenceId })
    .getRawOne();
  return Number(row?.max ?? 0);
}

/**
 * How this letter lets the recipient in. Staff: the conference page. A guest's invitation: a new
 * link (the earlier one stops working; the letter says so). A guest's update: the link they have,
 * kept valid until the moved meeting is over, or a new one if they have none that works.
 */
async function joinLink(run: InvitationRun, seat: Seat, letter: LetterKind): Promise<JoinLink | null> {
  const { ctx, em, info } = run;
  if (letter === "cancellation" || letter === "withdrawal") return null;
  if (seat.staff) return { kind: "staff", url: `${publicBaseUrl(ctx.config)}/conferences/${info.conference.id}` };
  const now = new Date();
  if (letter === "update") {
    const active = await em.getRepository(GuestLink).findOne({
      where: { participantId: seat.participant.id, revokedAt: IsNull(), expiresAt: MoreThan(now) },
      order: { createdAt: "DESC" },
    });
    if (active) {
      const needed = defaultExpiry(info.conference, ctx.config.GUEST_LINK_DAYS, now);
      if (active.expiresAt < needed) await em.getRepository(GuestLink).update(active.id, { expiresAt: needed });
      return { kind: "earlier" };
    }
  }
  const createdById = ctx.actor.kind === "staff" ? ctx.actor.accountId : null;
  const link = await storeGuestLink(em, ctx.config, seat.participant.id, info.conference, null, createdById);
  run.relinked.add(seat.participant.id);
  return { kind: "guest", url: link.url, expiresAt: link.expiresAt };
}

/** A personal link without its secret, for the stored copy: "https://host/join/…". */
export const cutLink = (url: string): string => url.replace(/[^/]+$/, "…");

export interface LetterOptions {
  sequence: number;
  /** For an update: what changed; a new time asks everyone to answer again. */
  changed?: LetterFacts["changed"];
}

/**
 * Queues one letter with its calendar entry to one participant and records it. The caller holds
 * the conference's row lock, so sequences and links cannot race.
 */
export async function sendLetter(run: InvitationRun, seat: Seat, letter: LetterKind, options: LetterOptions) {
  const { ctx, em, info } = run;
  const { conference } = info;
  const email = seat.email;
  const start = conference.scheduledStart;
  if (!email || !start) return;
  const participant = seat.participant;
  const invitations = em.getRepository(Invitation);
  const record = await invitations.findOneBy({ participantId: participant.id });
  const asksAgain = letter === "update" && options.changed?.time === true;

  if (letter === "invitation" && participant.invitationState === "not_sent") participant.invitationState = "sent";
  if (asksAgain && (participant.invitationState === "accepted" || participant.invitationState === "declined")) {
    participant.invitationState = "sent";
  }

  const join = await joinLink(run, seat, letter);
  const facts: LetterFacts = {
    letter,
    language: conference.language,
    timeZone: ctx.config.TIME_ZONE,
    conference: {
      kind: conference.kind,
      purpose: conference.purpose,
      start,
      durationMinutes: conference.plannedDurationMinutes,
      place: conference.place,
      onlineLink: conference.onlineLink,
      reference: info.reference,
    },
    organiser: info.organiser,
    recipient: letterPerson(seat),
    participants: info.seats.map(letterPerson),
    join,
    ...(options.changed ? { changed: options.changed } : {}),
  };
  const composed = composeLetter(facts);
  const host = new URL(publicBaseUrl(ctx.config)).hostname;
  const organiserEmail = info.organiser.email ?? `roundtable@${host}`;
  const method = letter === "cancellation" || letter === "withdrawal" ? "CANCEL" : "REQUEST";
  const calendarOf = (f: LetterFacts): string => {
    const { summary, description } = calendarWords(f);
    return buildCalendar({
      method,
      uid: `conference-${conference.id}@${host}`,
      sequence: options.sequence,
      start,
      durationMinutes: conference.plannedDurationMinutes,
      timeZone: ctx.config.TIME_ZONE,
      summary,
      description,
      place: conference.place,
      onlineLink: conference.onlineLink,
      url: f.join && f.join.kind !== "earlier" ? f.join.url : null,
      organiser: { name: info.organiser.name, email: organiserEmail },
      attendees: [
        ...(info.organiser.email && info.organiser.email !== email
          ? [{ name: info.organiser.name, email: info.organiser.email, state: "accepted" as const, chair: true }]
          : []),
        { name: seat.person.fullName, email, state: participant.invitationState },
      ],
    });
  };
  // A guest's link lets its holder in: the copy stored once the letter is delivered shows it cut short.
  const hidden: LetterFacts | null =
    join?.kind === "guest" ? { ...facts, join: { ...join, url: cutLink(join.url) } } : null;
  const hiddenLetter = hidden ? composeLetter(hidden) : null;
  const mailId = await enqueueMail(em, {
    kind: MAIL_KIND[letter],
    conferenceId: conference.id,
    participantId: participant.id,
    to: { name: seat.person.fullName, address: email },
    subject: composed.subject,
    text: composed.text,
    html: composed.html,
    calendar: { method, content: calendarOf(facts) },
    ...(hidden && hiddenLetter
      ? {
          redacted: {
            text: hiddenLetter.text,
            html: hiddenLetter.html,
            calendar: { method, content: calendarOf({ ...hidden, join: null }) },
          },
        }
      : {}),
  });

  const now = new Date();
  await invitations.save(
    invitations.create({
      participantId: participant.id,
      conferenceId: conference.id,
      sequence: options.sequence,
      lastLetter: MAIL_KIND[letter],
      firstSentAt: record?.firstSentAt ?? now,
      lastSentAt: now,
      lastMailId: mailId,
      answeredAt: asksAgain ? null : (record?.answeredAt ?? null),
      answerNote: asksAgain ? null : (record?.answerNote ?? null),
    }),
  );
  await em.getRepository(Participant).save(participant);
  run.changed.add(participant.id);
}
