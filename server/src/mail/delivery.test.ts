import ICAL from "ical.js";
import { simpleParser } from "mailparser";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { addParticipant, buildConference, issueGuestLink } from "../../test/factories.js";
import { deliveriesOf, deliveryOf, queue, resend, sampleMail } from "../../test/mail-kit.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { startSmtpSink, type SmtpSink } from "../../test/smtp-sink.js";
import { enqueueMail } from "./outbox.js";

/**
 * Retries in tenths of a second, so a test sees several attempts without waiting; polling once an
 * hour, so every prompt delivery here is the enqueue waking the sender or a retry falling due.
 */
const QUICK = {
  MAIL_RETRY_BASE_MS: "50",
  MAIL_RETRY_MAX_MS: "200",
  MAIL_POLL_MS: String(60 * 60_000),
  MAIL_SMTP_TIMEOUT_MS: "5000",
  MAIL_FROM: "Roundtable Test <roundtable@service.example>",
};

let serial = 0;
/** A message to a recipient of its own, so tests sharing a mail server count only theirs. */
const fresh = (conferenceId: string | null) => sampleMail(conferenceId, ++serial);
const to = (smtp: SmtpSink, address: string) => smtp.received.filter((r) => r.to.includes(address));

describe.each(databaseTargets)("mail delivery on $name", (target) => {
  describe("over SMTP", () => {
    let smtp: SmtpSink;
    let s: TestServer;
    beforeAll(async () => {
      smtp = await startSmtpSink();
      s = await startTestServer(target, { env: { ...QUICK, SMTP_URL: smtp.url, MAIL_MAX_ATTEMPTS: "1000" } });
    });
    afterAll(async () => {
      await s?.stop();
      await smtp?.close();
    });
    beforeEach(async () => {
      smtp.mode = "accept";
      if (!smtp.listening()) await smtp.listen();
    });

    it("delivers a message queued in a transaction at once after commit: subject, text, attachment, calendar part", async () => {
      const conference = await buildConference(s);
      const mail = fresh(conference.id);
      const id = await s.db.dataSource.transaction((em) => enqueueMail(em, mail));

      await eventually(() => expect(to(smtp, mail.to.address)).toHaveLength(1));
      const [got] = to(smtp, mail.to.address);
      expect(got!.from).toBe("roundtable@service.example");
      expect(got!.to).toEqual([mail.to.address]);
      const parsed = await simpleParser(got!.raw);
      expect(parsed.subject).toBe(mail.subject);
      expect(parsed.from?.text).toBe('"Roundtable Test" <roundtable@service.example>');
      expect(parsed.text).toContain(mail.text.split("\n").at(-1));
      const agenda = parsed.attachments.find((a) => a.filename === "agenda.txt");
      expect(agenda?.content.toString("utf8")).toBe("1. Bemutatkozás\n2. Erősségek");
      // RFC 6047: a text/calendar alternative naming its method, and the same event as invite.ics.
      const alternative = parsed.attachments.find((a) => a.contentType === "text/calendar");
      expect(alternative?.headers.get("content-type")).toMatchObject({ params: { method: "REQUEST" } });
      const ics = parsed.attachments.find((a) => a.filename === "invite.ics");
      const calendar = new ICAL.Component(ICAL.parse(ics!.content.toString("utf8")));
      expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
      expect(calendar.getFirstSubcomponent("vevent")?.getFirstPropertyValue("summary")).toBe("Esetmegbeszélés");

      await eventually(async () =>
        expect(await deliveryOf(s, conference.id, id)).toMatchObject({ status: "SENT", attempts: 1, lastError: null }),
      );
      expect((await deliveryOf(s, conference.id, id)).sentAt).not.toBeNull();
    });

    it("keeps a message queued with the reason while the mail server is not listening, and delivers it once it is back", async () => {
      await smtp.close();
      const conference = await buildConference(s);
      const mail = fresh(conference.id);
      const id = await queue(s, mail);

      const waiting = await eventually(async () => {
        const d = await deliveryOf(s, conference.id, id);
        expect(d.attempts).toBeGreaterThanOrEqual(3);
        expect(d.lastError).toMatch(/ECONNREFUSED/);
        return d;
      });
      expect(waiting.status).toMatch(/QUEUED|SENDING/);

      await smtp.listen(); // on the same port again
      await eventually(async () => expect((await deliveryOf(s, conference.id, id)).status).toBe("SENT"));
      expect(to(smtp, mail.to.address)).toHaveLength(1);
    });

    it("keeps the mail server's refusal as the reason, and delivers once it accepts again", async () => {
      smtp.mode = "refuse";
      const conference = await buildConference(s);
      const mail = fresh(conference.id);
      const id = await queue(s, mail);

      await eventually(async () => {
        const d = await deliveryOf(s, conference.id, id);
        expect(d.attempts).toBeGreaterThanOrEqual(2);
        expect(d.lastError).toContain("421 Service not available");
        expect(d.status).not.toBe("FAILED");
      });
      smtp.mode = "accept";
      await eventually(async () => expect((await deliveryOf(s, conference.id, id)).status).toBe("SENT"));
      expect(to(smtp, mail.to.address)).toHaveLength(1);
    });

    it("re-sends a sent message as a new message, keeping the first delivery on record", async () => {
      const conference = await buildConference(s);
      const mail = fresh(conference.id);
      const id = await queue(s, mail);
      await eventually(async () => expect((await deliveryOf(s, conference.id, id)).status).toBe("SENT"));

      const copy = await resend(s, id);
      expect(copy.id).not.toBe(id);
      expect(copy.status).toMatch(/QUEUED|SENDING|SENT/);
      await eventually(() => expect(to(smtp, mail.to.address)).toHaveLength(2));
      const [first, second] = await Promise.all(to(smtp, mail.to.address).map((r) => simpleParser(r.raw)));
      expect(second!.subject).toBe(first!.subject);
      expect(second!.text).toBe(first!.text);
      // Mailboxes drop a message whose Message-ID they have seen: the copy has its own.
      expect(second!.messageId).not.toBe(first!.messageId);
      await eventually(async () =>
        expect((await deliveriesOf(s, conference.id)).map((d) => [d.id, d.status]).sort()).toEqual(
          [
            [id, "SENT"],
            [copy.id, "SENT"],
          ].sort(),
        ),
      );
    });
  });

  describe("when delivery keeps failing", () => {
    let smtp: SmtpSink;
    let s: TestServer;
    beforeAll(async () => {
      smtp = await startSmtpSink();
      s = await startTestServer(target, { env: { ...QUICK, SMTP_URL: smtp.url, MAIL_MAX_ATTEMPTS: "3" } });
    });
    afterAll(async () => {
      await s?.stop();
      await smtp?.close();
    });

    it("gives up after MAIL_MAX_ATTEMPTS with the reason, at once when the recipient is refused for good, and counts both", async () => {
      const conference = await buildConference(s);
      smtp.mode = "refuse";
      const refused = await queue(s, fresh(conference.id));
      await eventually(async () =>
        expect(await deliveryOf(s, conference.id, refused)).toMatchObject({
          status: "FAILED",
          attempts: 3,
          lastError: expect.stringContaining("421") as unknown,
          nextAttemptAt: null,
        }),
      );

      smtp.mode = "reject-recipient";
      const unknown = await queue(s, fresh(conference.id));
      await eventually(async () =>
        expect(await deliveryOf(s, conference.id, unknown)).toMatchObject({ status: "FAILED", attempts: 1 }),
      );
      expect((await deliveryOf(s, conference.id, unknown)).lastError).toMatch(/RCPT TO: 550 No such user here/);

      const metrics = await (await fetch(`${s.url}/metrics`)).text();
      expect(metrics).toContain('roundtable_mail_failed_total{kind="invitation"} 2');
      expect(metrics).toContain('roundtable_mail_attempt_failures_total{kind="invitation"} 4');
      expect(metrics).toContain('roundtable_mail_queue_depth{status="failed"} 2');
      expect(metrics).toContain('roundtable_mail_queue_depth{status="queued"} 0');
    });

    it("re-sends a message that failed for good: queued again now with fresh attempts, and delivered", async () => {
      const conference = await buildConference(s);
      smtp.mode = "reject-recipient";
      const mail = fresh(conference.id);
      const id = await queue(s, mail);
      await eventually(async () => expect((await deliveryOf(s, conference.id, id)).status).toBe("FAILED"));

      smtp.mode = "accept";
      const again = await resend(s, id);
      expect(again).toMatchObject({ id, attempts: 0 });
      await eventually(async () =>
        expect(await deliveryOf(s, conference.id, id)).toMatchObject({ status: "SENT", attempts: 1 }),
      );
      expect(to(smtp, mail.to.address)).toHaveLength(1);
      const metrics = await (await fetch(`${s.url}/metrics`)).text();
      expect(metrics).toMatch(/roundtable_mail_sent_total\{kind="invitation"\} [1-9]/);
    });
  });

  describe("with no SMTP_URL", () => {
    let dataDir: string;
    let s: TestServer;
    beforeAll(async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rt-mail-"));
      s = await startTestServer(target, { env: { ...QUICK, DATA_DIR: dataDir } });
    });
    afterAll(async () => {
      await s?.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it("writes each message to DATA_DIR/outbox/<id>.eml and marks it sent", async () => {
      const conference = await buildConference(s);
      const mail = fresh(conference.id);
      const id = await queue(s, mail);

      await eventually(async () => expect((await deliveryOf(s, conference.id, id)).status).toBe("SENT"));
      const parsed = await simpleParser(fs.readFileSync(path.join(dataDir, "outbox", `${id}.eml`)));
      expect(parsed.subject).toBe(mail.subject);
      expect(parsed.to && "text" in parsed.to ? parsed.to.text : "").toContain(mail.to.address);
      expect(parsed.attachments.map((a) => a.filename)).toContain("invite.ics");
      expect(fs.readdirSync(path.join(dataDir, "outbox"))).toEqual([`${id}.eml`]);
    });

    it("shows a conference's deliveries to its organiser only, and the administrators' outbox without names or subjects", async () => {
      const conference = await buildConference(s);
      const guestSeat = await addParticipant(s, conference.id, "PROFESSIONAL");
      const mail = { ...fresh(conference.id), participantId: guestSeat.id };
      const id = await queue(s, mail);
      await eventually(async () => expect((await deliveryOf(s, conference.id, id)).status).toBe("SENT"));
      expect(await deliveryOf(s, conference.id, id)).toMatchObject({
        kind: "INVITATION",
        recipientAddress: mail.to.address,
        recipientName: mail.to.name,
        subject: mail.subject,
      });

      // A participant sees the conference, not who else was written to.
      const guest = await s.guest((await issueGuestLink(s, guestSeat.id)).token);
      const seen = await guest.gql<{ conference: { mailDeliveries: unknown } }>(
        `query ($id: ID!) { conference(id: $id) { mailDeliveries { id } } }`,
        { id: conference.id },
      );
      expect(seen.conference.mailDeliveries).toBeNull();

      const admin = await s.staff({ role: "admin" });
      const outbox = await admin.gql<{ mailOutbox: { nodes: Record<string, unknown>[]; totalCount: number } }>(
        `query ($f: MailOutboxFilter) { mailOutbox(filter: $f, first: 100) { totalCount nodes { id status recipientAddress recipientName subject conferenceId } } }`,
        { f: { status: "SENT", kind: "INVITATION" } },
      );
      expect(outbox.mailOutbox.nodes).toContainEqual({
        id,
        status: "SENT",
        recipientAddress: mail.to.address,
        recipientName: null,
        subject: null,
        conferenceId: conference.id,
      });
      const failed = await admin.gql<{ mailOutbox: { totalCount: number } }>(
        `{ mailOutbox(filter: { status: FAILED }) { totalCount } }`,
      );
      expect(failed.mailOutbox.totalCount).toBe(0);
    });
  });
});
