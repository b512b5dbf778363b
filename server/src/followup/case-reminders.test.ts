import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { addParticipant, buildCase, buildConference, buildPerson, transition } from "../../test/factories.js";
import { advance, backdate } from "../../test/followup-kit.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { startSmtpSink, type SmtpSink } from "../../test/smtp-sink.js";
import { loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { runDueCaseReminders } from "./case-reminders.js";
import { reminderDeps, type ReminderDeps } from "./reminders.js";

const ENV = {
  TIME_ZONE: "Europe/Budapest",
  MINUTES_DUE_WORKING_DAYS: "8",
  NEXT_CONFERENCE_WEEKS: "8-13",
  EVALUATION_MONTHS: "6",
  DEADLINE_REMINDER_DAYS: "3",
  DEADLINE_OVERDUE_REPEAT_DAYS: "7",
};
const REPORTER = "Bejelentő Borbála";
/** 10:00 in Budapest on that day. */
const on = (day: string) => new Date(`${day}T09:00:00Z`);

describe.each(databaseTargets)("reminders of a case's deadlines on $name", (target) => {
  let smtp: SmtpSink;
  let s: TestServer;
  let deps: ReminderDeps;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    s = await startTestServer(target, { env: { ...ENV, SMTP_URL: smtp.url, MAIL_POLL_MS: "100" } });
    deps = reminderDeps(
      loadConfig({ ...ENV, PUBLIC_URL: "https://roundtable.example.org/" }),
      s.db.dataSource,
      createLogger("silent"),
    );
  }, 120_000);
  afterAll(async () => {
    await s?.stop();
    await smtp?.close();
  });

  const stored = (address: string) =>
    s.db.dataSource.query<
      { subject: string; raw: Uint8Array; conferenceId: string | null; participantId: string | null }[]
    >(
      `SELECT subject, raw, "conferenceId", "participantId" FROM mail_messages
        WHERE "recipientAddress" = $1 AND kind = 'deadline_reminder' ORDER BY "createdAt", subject`,
      [address],
    );
  const textOf = async (row: { raw: Uint8Array }) => (await simpleParser(Buffer.from(row.raw))).text ?? "";

  /** A case with a manager, and a meeting of it held (live at `held`, ended the same day) with a facilitator. */
  async function heldMeeting(options: {
    language: string;
    held: string;
    managerEmail: string | null;
    facilitatorEmail?: string;
    family?: boolean;
  }) {
    const manager = await buildPerson(s, {
      fullName: `Manager ${options.held}`,
      ...(options.managerEmail ? { email: options.managerEmail } : {}),
    });
    const kase = await buildCase(s, { caseManagerId: manager.id, familyName: "Kovács-Ősz" });
    await s.gql(`mutation ($c: ID!, $r: CaseReporterInput) { setCaseReporter(caseId: $c, input: $r) }`, {
      c: kase.id,
      r: { name: REPORTER },
    });
    const conference = await buildConference(s, { caseId: kase.id, language: options.language });
    const facilitator = await buildPerson(s, {
      fullName: "Facilitátor Fanni",
      email: options.facilitatorEmail ?? `fac-${kase.id}@example.org`,
    });
    const seat = await addParticipant(s, conference.id, "FACILITATOR", facilitator.id);
    await addParticipant(s, conference.id, "PROFESSIONAL");
    const parent = options.family ? await addParticipant(s, conference.id, "PARENT") : null;
    await advance(s, conference.id, "live");
    if (parent) {
      await s.gql(`mutation ($id: ID!) { updateParticipant(id: $id, input: { attendance: IN_ROOM }) { id } }`, {
        id: parent.id,
      });
    }
    expect((await transition(s, conference.id, "SIGNING")).errors).toBeUndefined();
    await backdate(s.db.dataSource, conference.id, { heldAt: on(options.held), endedAt: on(options.held) });
    return { kase, conference, manager, facilitatorSeat: seat };
  }

  it("remind the facilitator of the minutes before they are due and weekly while overdue, in the conference's language, once across instances", async () => {
    const fac = "fanni@facilitator.example";
    const { kase, conference, facilitatorSeat } = await heldMeeting({
      language: "HU",
      held: "2027-03-01",
      managerEmail: "manager-a@example.org",
      facilitatorEmail: fac,
    });
    // Eight working days after Monday 1 March: Thursday 11 March.
    await runDueCaseReminders(deps, on("2027-03-07"));
    expect(await stored(fac)).toEqual([]);
    await runDueCaseReminders(deps, on("2027-03-08"));
    const [before] = await stored(fac);
    expect(before).toMatchObject({
      subject: `Jegyzőkönyv határideje: 2027. március 11. (ügy: ${kase.reference})`,
      conferenceId: conference.id,
      participantId: facilitatorSeat.id,
    });
    const text = await textOf(before!);
    expect(text).toContain("Kedves Facilitátor Fanni!");
    expect(text).toContain("2027. március 1. napon tartott megbeszélés jegyzőkönyvét 8 munkanapon belül");
    expect(text).toContain("A határidőig 3 nap van hátra.");
    expect(text).toContain(`https://roundtable.example.org/conferences/${conference.id}`);
    for (const secret of [REPORTER, "Kovács-Ősz"]) expect(text).not.toContain(secret);

    // Again the same day, and the next: nothing new.
    await runDueCaseReminders(deps, on("2027-03-08"));
    await runDueCaseReminders(deps, on("2027-03-09"));
    expect(await stored(fac)).toHaveLength(1);

    await runDueCaseReminders(deps, on("2027-03-12"));
    await runDueCaseReminders(deps, on("2027-03-18"));
    // Three instances at the same moment, a week later: the second overdue reminder, once.
    await Promise.all([1, 2, 3].map(() => runDueCaseReminders(deps, on("2027-03-19"))));
    const subjects = (await stored(fac)).map((m) => m.subject);
    expect(subjects).toEqual([
      `Jegyzőkönyv határideje: 2027. március 11. (ügy: ${kase.reference})`,
      `Lejárt határidő: jegyzőkönyv, 2027. március 11. (ügy: ${kase.reference})`,
      `Lejárt határidő: jegyzőkönyv, 2027. március 11. (ügy: ${kase.reference})`,
    ]);
    expect(await textOf((await stored(fac))[2]!)).toContain("A határidő 8 napja lejárt.");

    // Closed: no more.
    expect((await transition(s, conference.id, "CLOSED")).errors).toBeUndefined();
    await runDueCaseReminders(deps, on("2027-03-26"));
    expect(await stored(fac)).toHaveLength(3);

    // Delivered over SMTP (besides the invitation and the minutes the facilitator also got).
    await eventually(async () => {
      const got = await Promise.all(smtp.received.filter((r) => r.to.includes(fac)).map((r) => simpleParser(r.raw)));
      expect(got.map((m) => m.subject).filter((t) => t?.includes("határid"))).toEqual(subjects);
    }, 20_000);
  }, 120_000);

  it("remind the case manager of the next conference and the evaluation, in Czech, and not of a conference already scheduled", async () => {
    const mgr = "spravce@ospod.example";
    const { kase, conference } = await heldMeeting({
      language: "CS",
      held: "2027-01-04",
      managerEmail: mgr,
      family: true,
    });
    expect((await transition(s, conference.id, "CLOSED")).errors).toBeUndefined();
    // Next conference: 8 to 13 weeks after 4 January, by 5 April. The evaluation: by 4 July.
    await runDueCaseReminders(deps, on("2027-04-02"));
    await runDueCaseReminders(deps, on("2027-04-06"));
    await runDueCaseReminders(deps, on("2027-07-01"));
    const mails = await stored(mgr);
    expect(mails.map((m) => m.subject)).toEqual([
      `Další případová konference do 5. dubna 2027 (případ ${kase.reference})`,
      `Další případová konference po termínu: 5. dubna 2027 (případ ${kase.reference})`,
      // 1 July: the next conference is 87 days overdue, its 13th week; the evaluation due in 3 days.
      `Další případová konference po termínu: 5. dubna 2027 (případ ${kase.reference})`,
      `Vyhodnocení s rodinou do 4. července 2027 (případ ${kase.reference})`,
    ]);
    expect(mails.every((m) => m.conferenceId === null && m.participantId === null)).toBe(true);
    const next = await textOf(mails[0]!);
    expect(next).toContain("Dobrý den, Manager 2027-01-04,");
    expect(next).toContain("mezi 1. března 2027 a 5. dubna 2027 (předchozí se konala 4. ledna 2027)");
    expect(next).toContain("Zbývá 3 dny.");
    expect(next).toContain(`https://roundtable.example.org/cases/${kase.id}`);
    expect(await textOf(mails[3]!)).toContain("nejméně jednou za 6 měsíců");

    // A second case whose next conference is already scheduled before it is due: no reminder.
    const other = await heldMeeting({ language: "CS", held: "2027-01-04", managerEmail: "planned@ospod.example" });
    const planned = await buildConference(s, {
      caseId: other.kase.id,
      language: "CS",
      scheduledStart: "2027-03-30T08:00:00Z",
    });
    expect(planned.id).toBeTruthy();
    await runDueCaseReminders(deps, on("2027-04-02"));
    expect((await stored("planned@ospod.example")).map((m) => m.subject)).not.toContainEqual(
      expect.stringContaining("Další případová konference"),
    );
  }, 120_000);

  it("record a reminder nobody could get on the deadline, and send it once the case has a manager with an address", async () => {
    const { kase, conference } = await heldMeeting({ language: "EN", held: "2027-01-04", managerEmail: null });
    expect((await transition(s, conference.id, "CLOSED")).errors).toBeUndefined();
    const at = on("2027-04-02");
    expect(await runDueCaseReminders(deps, at)).toMatchObject({ noAddress: 1 });
    expect(await runDueCaseReminders(deps, at)).toMatchObject({ noAddress: 0 });
    const reminderOf = async () => {
      const { case: c } = await s.gql<{
        case: { deadlines: { kind: string; lastReminder: { timing: string; outcome: string } | null }[] };
      }>(`query ($id: ID!) { case(id: $id) { deadlines { kind lastReminder { timing outcome } } } }`, { id: kase.id });
      return c.deadlines.find((d) => d.kind === "NEXT_CONFERENCE")?.lastReminder;
    };
    expect(await reminderOf()).toEqual({ timing: "BEFORE_DUE", outcome: "NO_ADDRESS" });

    const manager = await buildPerson(s, { fullName: "Case Manager", email: "new-manager@example.org" });
    await s.gql(`mutation ($id: ID!, $m: ID) { updateCase(id: $id, input: { caseManagerId: $m }) { id } }`, {
      id: kase.id,
      m: manager.id,
    });
    await runDueCaseReminders(deps, at);
    const [mail] = await stored("new-manager@example.org");
    expect(mail?.subject).toBe(`Next conference due by 5 April 2027 (case ${kase.reference})`);
    expect(await textOf(mail!)).toContain(
      "the next conference of the series in case " +
        `${kase.reference} is due between 1 March 2027 and 5 April 2027, after the one held on 4 January 2027.`,
    );
    expect(await reminderOf()).toEqual({ timing: "BEFORE_DUE", outcome: "QUEUED" });
    await runDueCaseReminders(deps, at);
    expect(await stored("new-manager@example.org")).toHaveLength(1);
  }, 120_000);
});
