import { afterEach, describe, expect, it } from "vitest";
import { processDatabase, signedIn, type ProcessDatabase } from "../../test/collab-process-kit.js";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { sampleMail } from "../../test/mail-kit.js";
import { killServerProcesses, startServerProcess } from "../../test/process.js";
import { TEST_PASSWORD } from "../../test/server.js";
import { startSmtpSink, type SmtpSink } from "../../test/smtp-sink.js";
import { createAccount } from "../auth/account.service.js";
import { enqueueMail } from "./outbox.js";

interface Row {
  id: string;
  status: string;
  attempts: number;
  lastError: string | null;
  recipientAddress: string;
}

const OUTBOX = `{ mailOutbox(first: 50) { nodes { id status attempts lastError recipientAddress } } }`;

describe.each(databaseTargets)("the mail queue across server processes on $name", (target) => {
  let database: ProcessDatabase;
  let smtp: SmtpSink;
  afterEach(async () => {
    await killServerProcesses();
    await smtp?.close();
    await database?.remove();
  });

  it("loses no message when the server dies mid-send while the mail server is down, and sends each once after", async () => {
    database = await processDatabase(target.name);
    smtp = await startSmtpSink();
    await smtp.close(); // down: nothing listens on its port yet

    // Three messages queued (as invitations would be) and an administrator to watch the outbox.
    const adminEmail = `admin-${Date.now()}@test.example`;
    const seed = await database.open();
    try {
      await createAccount(seed.dataSource, {
        email: adminEmail,
        displayName: "Admin",
        role: "admin",
        password: TEST_PASSWORD,
        personId: null,
      });
      for (const n of [1, 2, 3]) await enqueueMail(seed.dataSource.manager, sampleMail(null, n));
    } finally {
      await seed.close();
    }

    const env = {
      ...database.env,
      DEMO_DATA: "false",
      SMTP_URL: smtp.url,
      MAIL_RETRY_BASE_MS: "100",
      MAIL_RETRY_MAX_MS: "300",
      MAIL_POLL_MS: "200",
      // Held for 1.5 s by a sender, then another takes it again: the one that dies must not keep it.
      MAIL_LEASE_MS: "1500",
      MAIL_SMTP_TIMEOUT_MS: "60000",
    };
    const first = await startServerProcess(env);
    const admin = await signedIn(first.url, adminEmail);
    const outbox = async (client = admin) =>
      (await client.gql<{ mailOutbox: { nodes: Row[] } }>(OUTBOX)).mailOutbox.nodes;

    // The mail server is down: every message waits, with the reason and its attempts counted.
    await eventually(async () => {
      const rows = await outbox();
      expect(rows).toHaveLength(3);
      for (const r of rows) {
        expect(r.status).toMatch(/QUEUED|SENDING/);
        expect(r.attempts).toBeGreaterThanOrEqual(1);
        expect(r.lastError ?? "").toMatch(/ECONNREFUSED/);
      }
    }, 20_000);

    // It comes back but hangs on the first message it gets; the server dies in the middle of it.
    smtp.mode = "hang";
    await smtp.listen();
    await eventually(async () => expect((await outbox()).some((r) => r.status === "SENDING")).toBe(true), 20_000);
    await first.stop("SIGKILL");
    expect(smtp.received).toHaveLength(0);

    // A new process on the same database: the dead one's claim runs out and every message goes, once.
    smtp.mode = "accept";
    const second = await startServerProcess(env);
    const again = await signedIn(second.url, adminEmail);
    await eventually(async () => {
      const rows = await outbox(again);
      expect(rows.map((r) => r.status)).toEqual(["SENT", "SENT", "SENT"]);
    }, 30_000);
    expect(smtp.received.map((r) => r.to[0]).sort()).toEqual([
      "eva1@family.example",
      "eva2@family.example",
      "eva3@family.example",
    ]);
    expect(await second.stop("SIGTERM")).toBe(0);
  }, 120_000);
});
