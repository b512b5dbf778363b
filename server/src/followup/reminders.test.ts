import { simpleParser, type ParsedMail } from "mailparser";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import {
  addParticipant,
  buildCase,
  buildConference,
  buildPerson,
  buildReadyConference,
  buildTask,
  setTaskStatus,
} from "../../test/factories.js";
import { advance } from "../../test/followup-kit.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { startSmtpSink, type SmtpSink } from "../../test/smtp-sink.js";
import { loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { reminderDeps, runDueReminders, type ReminderDeps } from "./reminders.js";

// Wednesday 10 March 2027, 10:00 in Budapest.
const NOW = new Date("2027-03-10T09:00:00Z");
const days = (n: number, from = NOW) => new Date(from.getTime() + n * 86_400_000);
const ENV = { TIME_ZONE: "Europe/Budapest", TASK_REMINDER_DAYS: "3", TASK_OVERDUE_REPEAT_DAYS: "7" };
const REPORTER = "Bejelentő Borbála";

interface MailRow {
  kind: string;
  recipientAddress: string;
  subject: string;
  raw: Uint8Array;
  conferenceId: string | null;
}

describe.each(databaseTargets)("task reminders on $name", (target) => {
  let s: TestServer;
  let deps: ReminderDeps;
  let caseId: string;
  let reference: string;
  let familyName: string;
  let conferenceId: string;
  const owners: Record<string, { personId: string; participantId: string; email: string | null }> = {};

  const mailsTo = async (address: string) =>
    s.db.dataSource.query<MailRow[]>(
      `SELECT kind, "recipientAddress", subject, raw, "conferenceId" FROM mail_messages
        WHERE "recipientAddress" = $1 AND kind = 'task_reminder' ORDER BY "createdAt"`,
      [address],
    );
  const parse = async (row: MailRow): Promise<ParsedMail> => simpleParser(Buffer.from(row.raw));

  /** A closed Hungarian conference of an open case, whose tasks have owners with and without e-mail. */
  beforeAll(async () => {
    s = await startTestServer(target, { env: ENV });
    deps = reminderDeps(
      loadConfig({ ...ENV, PUBLIC_URL: "https://roundtable.example.org/" }),
      s.db.dataSource,
      createLogger("silent"),
    );
    const kase = await buildCase(s, { familyName: "Kovács-Ősz" });
    ({ id: caseId, reference, familyName } = kase);
    await s.gql(`mutation ($c: ID!, $r: CaseReporterInput) { setCaseReporter(caseId: $c, input: $r) }`, {
      c: caseId,
      r: { name: REPORTER },
    });
    const conference = await buildReadyConference(s, { caseId, language: "HU" });
    conferenceId = conference.id;
    for (const [name, email] of [
      ["védőnő", "vedono@egeszseg.example"],
      ["apa", "apa@family.example"],
      ["nagymama", null],
    ] as const) {
      const person = await buildPerson(s, { fullName: `Owner ${name}`, ...(email ? { email } : {}) });
      const seat = await addParticipant(s, conferenceId, "PROFESSIONAL", person.id);
      owners[name] = { personId: person.id, participantId: seat.id, email };
    }
    await advance(s, conferenceId, "closed");
  }, 300_000);
  afterAll(() => s?.stop());

  const task = (title: string, owner: string | null, dueDate: string, extra: Record<string, string> = {}) =>
    buildTask(s, {
      caseId,
      title,
      dueDate,
      ...(owner ? { ownerPersonId: owners[owner]!.personId } : {}),
      ...extra,
    });

  it("go to the owner N days before the due date and once overdue, in the conference's language; not twice", async () => {
    await task("Visit the family at home", "védőnő", "2027-03-12", { successIndicator: "the visit took place" });
    await task("Book the paediatrician", "apa", "2027-03-09");
    await task("Not yet", "apa", "2027-03-20");
    const done = await task("Done already", "apa", "2027-03-11");
    await setTaskStatus(s, done.id, "DONE");
    const dropped = await task("Dropped", "apa", "2027-03-08");
    await setTaskStatus(s, dropped.id, "DROPPED");
    await task("Nobody's", null, "2027-03-11");

    expect(await runDueReminders(deps, NOW)).toEqual({ queued: 2, noAddress: 0 });
    const [visit] = await mailsTo("vedono@egeszseg.example");
    expect(visit).toMatchObject({ kind: "task_reminder", conferenceId: null });
    const letter = await parse(visit!);
    expect(letter.subject).toBe(
      `Emlékeztető: Visit the family at home – határidő: 2027. március 12. (ügy: ${reference})`,
    );
    expect(letter.text).toContain("Kedves Owner védőnő!");
    expect(letter.text).toContain("Feladat: Visit the family at home");
    expect(letter.text).toContain("Miből látjuk, hogy sikerült: the visit took place");
    expect(letter.text).toContain("Határidő: 2027. március 12.");
    expect(letter.text).toContain("2 nap múlva");
    expect(letter.text).toContain("https://roundtable.example.org/tasks");
    for (const secret of [REPORTER, familyName]) expect(letter.text).not.toContain(secret);

    const apa = await mailsTo("apa@family.example");
    expect(apa.map((m) => m.subject)).toEqual([
      `Lejárt határidejű feladat: Book the paediatrician (határidő: 2027. március 9., ügy: ${reference})`,
    ]);
    expect((await parse(apa[0]!)).text).toContain("1 napja lejárt");

    // Again at the same time, and later the same day: nothing new.
    expect(await runDueReminders(deps, NOW)).toEqual({ queued: 0, noAddress: 0 });
    expect(await runDueReminders(deps, days(0.3))).toEqual({ queued: 0, noAddress: 0 });
  });

  it("repeat weekly while overdue, once per instance however many run at the same moment", async () => {
    await task("Call the school", "apa", "2027-03-02");
    const count = async () =>
      Number(
        (
          await s.db.dataSource.query<{ n: number }[]>(
            `SELECT COUNT(*) AS n FROM mail_messages WHERE kind = 'task_reminder'`,
          )
        )[0]!.n,
      );
    const before = await count();
    const apaBefore = (await mailsTo("apa@family.example")).length;
    // Three instances at the same moment, 17 March.
    const runs = await Promise.all([1, 2, 3].map(() => runDueReminders(deps, days(7))));
    const queued = runs.reduce((n, r) => n + r.queued, 0);
    expect((await count()) - before).toBe(queued);
    const subjects = (await mailsTo("apa@family.example")).slice(apaBefore).map((m) => m.subject);
    // Once each: Book the paediatrician is 8 days overdue (its second week), Call the school 15
    // (its third), Not yet is 3 days before its due date.
    expect(subjects.sort()).toEqual(
      [
        `Emlékeztető: Not yet – határidő: 2027. március 20. (ügy: ${reference})`,
        `Lejárt határidejű feladat: Book the paediatrician (határidő: 2027. március 9., ügy: ${reference})`,
        `Lejárt határidejű feladat: Call the school (határidő: 2027. március 2., ügy: ${reference})`,
      ].sort(),
    );
    expect(await runDueReminders(deps, days(7))).toEqual({ queued: 0, noAddress: 0 });
  });

  it("wait for the send hour of the service's clock", async () => {
    await task("Early bird", "védőnő", "2027-04-02");
    // 30 March, 06:00 in Budapest (summer time): the task is due in 3 days, but not before 07:00.
    expect(await runDueReminders(deps, new Date("2027-03-30T04:00:00Z"))).toMatchObject({ queued: 0 });
    const at8 = await runDueReminders(deps, new Date("2027-03-30T06:00:00Z"));
    expect(at8.queued).toBeGreaterThanOrEqual(1);
    const early = (await mailsTo("vedono@egeszseg.example")).filter((m) => m.subject.includes("Early bird"));
    expect(early).toHaveLength(1);
  });

  it("are recorded as not sendable, visibly, for an owner without an e-mail address; sent once one is added", async () => {
    const grandma = await task("Pick up the children on Fridays", "nagymama", "2027-05-12");
    const at = new Date("2027-05-10T09:00:00Z");
    expect(await runDueReminders(deps, at)).toMatchObject({ noAddress: 1 });
    expect(await runDueReminders(deps, at)).toMatchObject({ noAddress: 0, queued: 0 });
    const reminderOf = async () => {
      const { case: c } = await s.gql<{
        case: {
          deadlines: { task: { id: string } | null; lastReminder: { timing: string; outcome: string } | null }[];
        };
      }>(`query ($id: ID!) { case(id: $id) { deadlines { task { id } lastReminder { timing outcome } } } }`, {
        id: caseId,
      });
      return c.deadlines.find((d) => d.task?.id === grandma.id)?.lastReminder;
    };
    expect(await reminderOf()).toEqual({ timing: "BEFORE_DUE", outcome: "NO_ADDRESS" });

    await s.gql(
      `mutation ($id: ID!) { updatePerson(id: $id, input: { kind: PROFESSIONAL, fullName: "Owner nagymama", email: "nagymama@family.example" }) { id } }`,
      {
        id: owners.nagymama!.personId,
      },
    );
    expect(await runDueReminders(deps, at)).toMatchObject({ queued: 1 });
    expect(await mailsTo("nagymama@family.example")).toHaveLength(1);
    expect(await reminderOf()).toEqual({ timing: "BEFORE_DUE", outcome: "QUEUED" });
    expect(await runDueReminders(deps, at)).toMatchObject({ queued: 0 });
  });

  it("wait while the meeting that agrees the task is still open, and stop when the case is closed", async () => {
    const at = new Date("2027-06-01T09:00:00Z");
    await runDueReminders(deps, at); // the earlier tests' overdue tasks, reminded again by now
    const next = await buildConference(s, { caseId, language: "HU" });
    const seat = await addParticipant(s, next.id, "FACILITATOR", owners.védőnő!.personId);
    await buildTask(s, {
      caseId,
      agreedInId: next.id,
      ownerParticipantId: seat.id,
      title: "Agreed in a meeting not yet held",
      dueDate: "2027-06-02",
    });
    expect(await runDueReminders(deps, at)).toEqual({ queued: 0, noAddress: 0 });

    const other = await buildCase(s);
    await buildTask(s, {
      caseId: other.id,
      ownerPersonId: owners.apa!.personId,
      title: "In a closed case",
      dueDate: "2027-06-02",
    });
    await s.gql(`mutation ($id: ID!) { updateCase(id: $id, input: { status: CLOSED }) { id } }`, { id: other.id });
    expect(await runDueReminders(deps, at)).toEqual({ queued: 0, noAddress: 0 });
  });
});

describe.each(databaseTargets)("task reminders over SMTP on $name", (target) => {
  let smtp: SmtpSink;
  let s: TestServer;
  afterEach(async () => {
    await s?.stop();
    await smtp?.close();
  });

  it("reach the owner through the mail queue, in Czech with its accented letters", async () => {
    smtp = await startSmtpSink();
    s = await startTestServer(target, { env: { ...ENV, SMTP_URL: smtp.url, MAIL_POLL_MS: "100" } });
    const deps = reminderDeps(loadConfig(ENV), s.db.dataSource, createLogger("silent"));
    const kase = await buildCase(s);
    const conference = await buildReadyConference(s, { caseId: kase.id, language: "CS" });
    const person = await buildPerson(s, { fullName: "Řehoř Dvořák", email: "rehor@skola.example" });
    const seat = await addParticipant(s, conference.id, "PROFESSIONAL", person.id);
    await advance(s, conference.id, "signing");
    await buildTask(s, {
      caseId: kase.id,
      agreedInId: conference.id,
      ownerParticipantId: seat.id,
      title: "Zajistit vyšetření u dětského lékaře",
      successIndicator: "dítě navštívilo lékaře",
      dueDate: "2027-03-12",
    });

    expect(await runDueReminders(deps, NOW)).toEqual({ queued: 1, noAddress: 0 });
    // Řehoř had the invitation too: the reminder is the message about the task.
    const reminders = async () => {
      const mails = await Promise.all(
        smtp.received.filter((r) => r.to.includes("rehor@skola.example")).map((r) => simpleParser(r.raw)),
      );
      return mails.filter((m) => m.subject?.startsWith("Připomínka"));
    };
    await eventually(async () => expect(await reminders()).toHaveLength(1), 20_000);
    const [mail] = await reminders();
    expect(mail!.subject).toBe(
      `Připomínka: Zajistit vyšetření u dětského lékaře – termín 12. března 2027 (případ ${kase.reference})`,
    );
    expect(mail!.text).toContain("Dobrý den, Řehoř Dvořák,");
    expect(mail!.text).toContain("Podle čeho poznáme, že se to podařilo: dítě navštívilo lékaře");
    expect(mail!.text).toContain("Termín je 12. března 2027, za 2 dny.");
    const [row] = await s.db.dataSource.query<{ conferenceId: string; participantId: string; status: string }[]>(
      `SELECT "conferenceId", "participantId", status FROM mail_messages WHERE "recipientAddress" = 'rehor@skola.example' AND kind = 'task_reminder'`,
    );
    // Filed under the conference that agreed the task, so its organiser sees the delivery there.
    expect(row).toMatchObject({ conferenceId: conference.id, participantId: seat.id });
    await eventually(async () => {
      const [sent] = await s.db.dataSource.query<{ status: string }[]>(
        `SELECT status FROM mail_messages WHERE "recipientAddress" = 'rehor@skola.example' AND kind = 'task_reminder'`,
      );
      expect(sent?.status).toBe("sent");
    });
  }, 120_000);
});

describe.each(databaseTargets)("the reminder timer on $name", (target) => {
  let s: TestServer | undefined;
  afterEach(() => s?.stop());

  it("runs with the server: a task due tomorrow is reminded within a check interval, by the real clock", async () => {
    s = await startTestServer(target, { env: { REMINDER_CHECK_SECONDS: "1", REMINDER_SEND_HOUR: "0" } });
    const kase = await buildCase(s);
    const owner = await buildPerson(s, { fullName: "Timer Owner", email: "timer@example.org" });
    const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString("en-CA", { timeZone: "Europe/Budapest" });
    await buildTask(s, { caseId: kase.id, ownerPersonId: owner.id, title: "Ring the school", dueDate: tomorrow });
    await eventually(async () => {
      const rows = await s!.db.dataSource.query<{ subject: string }[]>(
        `SELECT subject FROM mail_messages WHERE "recipientAddress" = 'timer@example.org' AND kind = 'task_reminder'`,
      );
      expect(rows.map((r) => r.subject)).toEqual([expect.stringContaining("Ring the school")]);
    }, 40_000);
  }, 120_000);
});
