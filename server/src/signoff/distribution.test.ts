import { simpleParser, type ParsedMail } from "mailparser";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { transition } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { CLOSE_UNSIGNED, liveMeeting, minutesOf, sign, signInRoom } from "../../test/signoff-kit.js";
import { startSmtpSink, type SmtpSink } from "../../test/smtp-sink.js";

/** Retries quickly; no polling, so a delivery here is the closing waking the sender. */
const QUICK = {
  MAIL_RETRY_BASE_MS: "50",
  MAIL_RETRY_MAX_MS: "200",
  MAIL_POLL_MS: String(60 * 60_000),
  MAIL_FROM: "Roundtable Test <roundtable@service.example>",
  TIME_ZONE: "Europe/Budapest",
};

/** The text of every page, whitespace squashed, as pdf.js reads it. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  let text = "";
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    text += content.items.map((item) => ("str" in item ? item.str : "")).join("");
  }
  await pdf.destroy();
  return text.replace(/\s+/g, "");
}
const squash = (text: string) => text.replace(/\s+/g, "");

describe.each(databaseTargets)("distributing the signed minutes on $name", (target) => {
  let smtp: SmtpSink;
  let s: TestServer;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    s = await startTestServer(target, { env: { ...QUICK, SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    await s?.stop();
    await smtp?.close();
  });

  /** The minutes messages (those carrying a PDF) one address received. */
  async function minutesTo(address: string): Promise<ParsedMail[]> {
    const mails = await Promise.all(
      smtp.received.filter((r) => r.to.includes(address)).map((r) => simpleParser(r.raw)),
    );
    return mails.filter((m) => m.attachments.some((a) => a.contentType === "application/pdf"));
  }

  const seats = {
    facilitator: { role: "FACILITATOR", attendance: "IN_ROOM", fullName: "Tóth Éva" },
    mother: { role: "PARENT", attendance: "IN_ROOM", fullName: "Kovács Anna" },
    visitor: { role: "PROFESSIONAL", attendance: "REMOTE", fullName: "Nagy Ildikó" },
    teacher: { role: "PROFESSIONAL", attendance: "ABSENT", fullName: "Szabó Péter" },
    nurse: { role: "PROFESSIONAL", attendance: "EXCUSED", fullName: "Kiss Júlia" },
    grandmother: { role: "RELATIVE", attendance: "ABSENT", fullName: "Kovács Erzsébet", email: null },
  };

  it("sends the signed PDF to every invitee with an address, the absent and the excused too, in Hungarian", async () => {
    const meeting = await liveMeeting(s, seats, { language: "HU", familyName: "Kovács" });
    const { conference } = meeting;
    await transition(s, conference.id, "SIGNING");
    const v1 = (await minutesOf(s, conference.id)).latestMinutes!;
    const facilitator = await s.guest(meeting.seats.facilitator.token);
    const visitor = await s.guest(meeting.seats.visitor.token);
    expect((await sign(facilitator, v1.id)).errors).toBeUndefined();
    expect((await signInRoom(facilitator, v1.id, meeting.seats.mother.id)).errors).toBeUndefined();
    // Nothing goes out while a present participant has still to sign.
    expect(await minutesTo(meeting.seats.teacher.email!)).toEqual([]);
    expect((await sign(visitor, v1.id)).errors).toBeUndefined();
    expect((await minutesOf(s, conference.id)).status).toBe("CLOSED");

    const reached = ["facilitator", "mother", "visitor", "teacher", "nurse"] as const;
    const letters = await eventually(async () => {
      const all = await Promise.all(reached.map((k) => minutesTo(meeting.seats[k].email!)));
      for (const mails of all) expect(mails).toHaveLength(1);
      return all.map((m) => m[0]!);
    }, 20_000);

    const [, , , toTeacher] = letters;
    expect(toTeacher!.subject).toMatch(/^Jegyzőkönyv – Esetkonferencia – .+ – /);
    expect(toTeacher!.text).toContain("Kedves Szabó Péter!");
    expect(toTeacher!.text).toContain("azok is, akik nem tudtak részt venni");
    expect(toTeacher!.text).not.toContain("nem írta alá minden jelenlévő");
    const attachment = toTeacher!.attachments.find((a) => a.contentType === "application/pdf")!;
    expect(attachment.filename).toMatch(/^Jegyzőkönyv-.+-v1\.pdf$/);
    const text = await pdfText(new Uint8Array(attachment.content));
    for (const name of ["Tóth Éva", "Kovács Anna", "Nagy Ildikó", "Szabó Péter", "Kiss Júlia", "Kovács Erzsébet"]) {
      expect(text).toContain(squash(name));
    }
    expect(text).toContain(v1.sha256);
    // Every invitee got the same signed document.
    const sizes = new Set(letters.map((l) => l.attachments.find((a) => a.contentType === "application/pdf")!.size));
    expect(sizes.size).toBe(1);

    const rows = await s.db.dataSource.query<{ participantId: string }[]>(
      `SELECT "participantId" FROM mail_messages WHERE kind = 'minutes' AND "conferenceId" = $1`,
      [conference.id],
    );
    expect(rows.map((r) => r.participantId).sort()).toEqual(reached.map((k) => meeting.seats[k].id).sort());
  });

  it("sends the minutes once, on closing with missing signatures, saying that not everyone signed", async () => {
    const meeting = await liveMeeting(s, seats, { language: "EN", familyName: "Kovács" });
    await transition(s, meeting.conference.id, "SIGNING");
    const v1 = (await minutesOf(s, meeting.conference.id)).latestMinutes!;
    const visitor = await s.guest(meeting.seats.visitor.token);
    await sign(visitor, v1.id, { answer: "DISSENT", note: "Task 2 was not agreed." });
    expect((await s.request(CLOSE_UNSIGNED, { c: meeting.conference.id })).errors).toBeUndefined();

    const [letter] = await eventually(async () => {
      const mails = await minutesTo(meeting.seats.nurse.email!);
      expect(mails).toHaveLength(1);
      return mails;
    }, 20_000);
    expect(letter!.subject).toMatch(/^Minutes – Case conference – /);
    expect(letter!.text).toContain("Not everyone present signed these minutes");
    const text = await pdfText(
      new Uint8Array(letter!.attachments.find((a) => a.contentType === "application/pdf")!.content),
    );
    expect(text).toContain(squash("Task 2 was not agreed."));
    const count = await s.db.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM mail_messages WHERE kind = 'minutes' AND "conferenceId" = $1`,
      [meeting.conference.id],
    );
    expect(Number(count[0]!.n)).toBe(5);
  });
});
