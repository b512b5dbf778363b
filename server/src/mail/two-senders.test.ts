import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { sampleMail } from "../../test/mail-kit.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { startSmtpSink, type SmtpSink } from "../../test/smtp-sink.js";
import { openDatabase, type Database } from "../db/data-source.js";
import { MailMessage } from "./mail-message.entity.js";
import { enqueueMail } from "./outbox.js";

const MESSAGES = 40;

describe.each(databaseTargets)("two server instances on one $name database", (target) => {
  let smtp: SmtpSink;
  let db: Database;
  /** The second instance's own connection pool on PostgreSQL; on PGlite the one database is shared. */
  let other: Database;
  let one: TestServer;
  let two: TestServer;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    smtp.delayMs = 15; // each delivery takes a moment, so the two senders overlap
    db = await target.open();
    const url = (db.dataSource.options as { url?: string }).url;
    other = url ? await openDatabase({ url, migrate: false }) : db;
    // Both poll often: on PostgreSQL an enqueue wakes only its own instance's sender.
    const env = { SMTP_URL: smtp.url, MAIL_POLL_MS: "20", MAIL_RETRY_BASE_MS: "50", MAIL_RETRY_MAX_MS: "100" };
    one = await startTestServer(target, { env, database: db });
    two = await startTestServer(target, { env, database: other });
  });
  afterAll(async () => {
    await one?.stop();
    await two?.stop();
    if (other && other !== db) await other.close();
    await db?.close();
    await smtp?.close();
  });

  it("never send a message twice: every message arrives exactly once, and both instances sent some", async () => {
    await db.dataSource.transaction(async (em) => {
      for (let n = 1; n <= MESSAGES; n++) await enqueueMail(em, sampleMail(null, n));
    });

    await eventually(async () => {
      expect(await db.dataSource.getRepository(MailMessage).countBy({ status: "sent" })).toBe(MESSAGES);
    }, 30_000);
    const ids = await Promise.all(smtp.received.map(async (r) => (await simpleParser(r.raw)).messageId));
    expect(ids).toHaveLength(MESSAGES);
    expect(new Set(ids).size).toBe(MESSAGES);
    const rows = await db.dataSource.getRepository(MailMessage).find();
    expect(rows.every((m) => m.attempts === 1)).toBe(true);

    // Both took part, so the claims really competed.
    const sentBy = async (s: TestServer) => {
      const text = await (await fetch(`${s.url}/metrics`)).text();
      return Number(/roundtable_mail_sent_total\{kind="invitation"\} (\d+)/.exec(text)?.[1] ?? 0);
    };
    const [a, b] = [await sentBy(one), await sentBy(two)];
    expect(a + b).toBe(MESSAGES);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
  });
});
