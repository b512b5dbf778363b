import { In, type EntityManager } from "typeorm";
import type { Conference } from "../conferences/conference.entity.js";
import { Participant } from "../conferences/participant.entity.js";
import type { Context } from "../graphql/context.js";
import { enqueueMail } from "../mail/outbox.js";
import { renderMinutesPdf } from "../minutes/minutes-pdf.js";
import { Person } from "../persons/person.entity.js";
import { coverLetter } from "./cover-letter.js";
import { MinutesSignature } from "./minutes-signature.entity.js";
import type { MinutesVersion } from "./minutes-version.entity.js";
import { signatureLines } from "./signature-lines.js";

/** The signed minutes of a version as the PDF every invitee receives and may download. */
export async function minutesPdf(
  em: EntityManager,
  version: MinutesVersion,
  timeZone: string,
): Promise<{ pdf: Uint8Array; incomplete: boolean }> {
  const rows = await em.getRepository(MinutesSignature).findBy({ versionId: version.id });
  const lines = signatureLines(version.content, rows);
  const pdf = await renderMinutesPdf(
    version.content,
    lines,
    { number: version.number, sha256: version.sha256, createdAt: version.createdAt.toISOString() },
    { timeZone },
  );
  return { pdf, incomplete: lines.some((l) => l.outcome !== "signed") };
}

/**
 * On closing: the latest version with its signatures, as a PDF, queued to EVERY invitee with an
 * e-mail address, present or not (the practice guide sends the minutes to those who did not
 * come too), each message with its own delivery record, in the conference's language. Runs in
 * the closing transaction, so the messages exist exactly when the conference is closed.
 */
export async function queueDistribution(
  ctx: Context,
  em: EntityManager,
  conference: Pick<Conference, "id">,
  version: MinutesVersion,
): Promise<number> {
  const { pdf, incomplete } = await minutesPdf(em, version, ctx.config.TIME_ZONE);
  const seats = await em
    .getRepository(Participant)
    .find({ where: { conferenceId: conference.id }, order: { createdAt: "ASC" } });
  const persons = seats.length ? await em.getRepository(Person).findBy({ id: In(seats.map((s) => s.personId)) }) : [];
  const personById = new Map(persons.map((p) => [p.id, p]));
  const sheetName = new Map(version.content.attendance.map((a) => [a.participantId, a.name]));
  let queued = 0;
  for (const seat of seats) {
    const person = personById.get(seat.personId);
    const address = person?.email?.trim();
    if (!person || !address) continue;
    const letter = coverLetter({
      recipient: sheetName.get(seat.id) ?? person.fullName,
      content: version.content,
      versionNumber: version.number,
      incomplete,
      timeZone: ctx.config.TIME_ZONE,
    });
    await enqueueMail(em, {
      kind: "minutes",
      conferenceId: conference.id,
      participantId: seat.id,
      to: { name: person.fullName, address },
      subject: letter.subject,
      text: letter.text,
      attachments: [{ filename: letter.filename, contentType: "application/pdf", content: pdf }],
    });
    queued += 1;
  }
  return queued;
}
