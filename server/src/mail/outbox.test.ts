import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import type { Database } from "../db/data-source.js";
import { MailMessage } from "./mail-message.entity.js";
import { enqueueMail } from "./outbox.js";
import type { OutgoingMail } from "./outgoing-mail.js";

const CALENDAR = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Roundtable//test//EN",
  "METHOD:REQUEST",
  "BEGIN:VEVENT",
  "UID:outbox-test@roundtable",
  "DTSTAMP:20260301T090000Z",
  "DTSTART:20260310T090000Z",
  "DTEND:20260310T103000Z",
  "SUMMARY:Esetmegbeszélés",
  "END:VEVENT",
  "END:VCALENDAR",
].join("\r\n");

const invitation = (address: string): OutgoingMail => ({
  kind: "invitation",
  conferenceId: null,
  participantId: null,
  to: { name: "Kovács Éva", address },
  subject: "Meghívó esetmegbeszélésre – ő, ű",
  text: "Tisztelt Kovács Éva!\n\nMeghívjuk…",
  html: "<p>Tisztelt Kovács Éva!</p>",
  attachments: [{ filename: "agenda.txt", contentType: "text/plain", content: "1. Bemutatkozás" }],
  calendar: { method: "REQUEST", content: CALENDAR },
});

describe.each(databaseTargets)("enqueueMail on $name", (target) => {
  let db: Database;
  beforeAll(async () => {
    db = await target.open();
  });
  afterAll(async () => {
    await db.close();
  });

  it("stores the message composed once, queued and due now, in the caller's transaction", async () => {
    const id = await db.dataSource.transaction((em) => enqueueMail(em, invitation("eva@example.org")));
    const row = await db.dataSource.getRepository(MailMessage).findOneByOrFail({ id });
    expect(row).toMatchObject({
      kind: "invitation",
      status: "queued",
      attempts: 0,
      recipientAddress: "eva@example.org",
      subject: "Meghívó esetmegbeszélésre – ő, ű",
      sentAt: null,
      lastError: null,
    });
    expect(row.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);

    const parsed = await simpleParser(Buffer.from(row.raw));
    expect(parsed.messageId).toBe(row.messageId);
    expect(parsed.subject).toBe("Meghívó esetmegbeszélésre – ő, ű");
    expect(parsed.text?.trim()).toBe("Tisztelt Kovács Éva!\n\nMeghívjuk…");
    expect(parsed.html).toContain("Tisztelt Kovács Éva!");
    expect(parsed.attachments.map((a) => a.filename)).toEqual(expect.arrayContaining(["agenda.txt", "invite.ics"]));
    // RFC 6047: the calendar also travels as a text/calendar alternative that names its method.
    const raw = Buffer.from(row.raw).toString("latin1");
    expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
  });

  it("leaves nothing behind when the caller's transaction rolls back", async () => {
    const before = await db.dataSource.getRepository(MailMessage).count();
    await expect(
      db.dataSource.transaction(async (em) => {
        await enqueueMail(em, invitation("rolled-back@example.org"));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.dataSource.getRepository(MailMessage).count()).toBe(before);
  });

  it("refuses to delete a message: the outbox is the record of what was sent", async () => {
    const id = await enqueueMail(db.dataSource.manager, invitation("kept@example.org"));
    await expect(db.dataSource.getRepository(MailMessage).delete({ id })).rejects.toThrow(/kept/);
    expect(await db.dataSource.getRepository(MailMessage).countBy({ id })).toBe(1);
  });
});
