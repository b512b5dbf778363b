import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAgreements, setNextMeetingDate } from "@roundtable/shared";
import { connect } from "../../test/collab-kit.js";
import { databaseTargets } from "../../test/databases.js";
import {
  addParticipant,
  buildCase,
  buildPerson,
  buildReadyConference,
  buildTask,
  setTaskStatus,
  transition,
} from "../../test/factories.js";
import { eventually } from "../../test/eventually.js";
import { advance, backdate, daysFromNow } from "../../test/followup-kit.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { addDays, addMonths, addWorkingDays, localDateIn, parseDateList, workingCalendar } from "./working-days.js";

const TZ = "Europe/Prague";
const today = () => localDateIn(new Date(), TZ);

interface DeadlineRow {
  id: string;
  kind: string;
  dueDate: string;
  windowStart: string | null;
  since: string | null;
  overdue: boolean;
  daysLeft: number;
  met: boolean;
  case: { id: string };
  conference: { id: string } | null;
  plannedConference: { id: string } | null;
  task: { id: string; title: string } | null;
}

const FIELDS = `id kind dueDate windowStart since overdue daysLeft met case { id } conference { id }
  plannedConference { id } task { id title }`;

describe.each(databaseTargets)("deadlines on $name", (target) => {
  let s: TestServer;
  // The minutes are due 5 working days after the meeting; tomorrow and the day after are holidays.
  const holidays = [addDays(today(), 1), addDays(today(), 2)];
  const calendar = workingCalendar([parseDateList(holidays.join(","))], parseDateList(""));

  beforeAll(async () => {
    s = await startTestServer(target, {
      env: {
        TIME_ZONE: TZ,
        HOLIDAYS: holidays.join(","),
        MINUTES_DUE_WORKING_DAYS: "5",
        NEXT_CONFERENCE_WEEKS: "8-12",
      },
    });
  }, 60_000);
  afterAll(() => s?.stop());

  const caseDeadlines = async (client: TestServer | Awaited<ReturnType<TestServer["staff"]>>, id: string) =>
    (
      await client.gql<{ case: { deadlines: DeadlineRow[] } }>(
        `query ($id: ID!) { case(id: $id) { deadlines { ${FIELDS} } } }`,
        { id },
      )
    ).case.deadlines;

  it("after a meeting held today: minutes in working days (configured holidays skipped), next conference, evaluation, tasks", async () => {
    const kase = await buildCase(s);
    const conference = await buildReadyConference(s, { caseId: kase.id });
    const parent = await addParticipant(s, conference.id, "PARENT");
    await advance(s, conference.id, "live");
    await s.gql(`mutation ($id: ID!) { updateParticipant(id: $id, input: { attendance: IN_ROOM }) { id } }`, {
      id: parent.id,
    });
    expect((await transition(s, conference.id, "SIGNING")).errors).toBeUndefined();
    const task = await buildTask(s, { caseId: kase.id, title: "Call the school", dueDate: addDays(today(), -1) });
    await buildTask(s, { caseId: kase.id, title: "No date" });
    const done = await buildTask(s, { caseId: kase.id, title: "Done already", dueDate: addDays(today(), 3) });
    await setTaskStatus(s, done.id, "DONE");

    const deadlines = await caseDeadlines(s, kase.id);
    const of = (kind: string) => deadlines.find((d) => d.kind === kind);
    expect(deadlines.map((d) => d.kind).sort()).toEqual(["EVALUATION", "MINUTES", "NEXT_CONFERENCE", "TASK"]);
    expect(of("MINUTES")).toMatchObject({
      since: today(),
      dueDate: addWorkingDays(today(), 5, calendar),
      overdue: false,
      met: false,
      conference: { id: conference.id },
    });
    expect(of("NEXT_CONFERENCE")).toMatchObject({
      since: today(),
      windowStart: addDays(today(), 56),
      dueDate: addDays(today(), 84),
      conference: { id: conference.id },
      plannedConference: null,
    });
    expect(of("EVALUATION")).toMatchObject({
      since: today(),
      dueDate: addMonths(today(), 6),
      conference: { id: conference.id },
    });
    expect(of("TASK")).toMatchObject({
      dueDate: addDays(today(), -1),
      overdue: true,
      daysLeft: -1,
      task: { id: task.id },
    });
    // Most urgent first: the overdue task leads.
    expect(deadlines[0]?.kind).toBe("TASK");
  });

  it("count the minutes from the day the meeting ended, and mark them met when the conference is closed", async () => {
    const kase = await buildCase(s);
    const conference = await buildReadyConference(s, { caseId: kase.id });
    await advance(s, conference.id, "signing");
    await backdate(s.db.dataSource, conference.id, { heldAt: daysFromNow(-20), endedAt: daysFromNow(-20) });
    const ended = localDateIn(daysFromNow(-20), TZ);
    let minutes = (await caseDeadlines(s, kase.id)).find((d) => d.kind === "MINUTES");
    expect(minutes).toMatchObject({
      since: ended,
      dueDate: addWorkingDays(ended, 5, calendar),
      overdue: true,
      met: false,
    });

    const closed = await s.request(`mutation ($id: ID!) { transitionConference(id: $id, to: CLOSED) { status } }`, {
      id: conference.id,
    });
    expect(closed.errors).toBeUndefined();
    minutes = (await caseDeadlines(s, kase.id)).find((d) => d.kind === "MINUTES");
    expect(minutes).toMatchObject({ met: true, overdue: false });
  });

  it("make the next conference due on the date the meeting agreed, once its minutes are closed", async () => {
    const kase = await buildCase(s);
    const conference = await buildReadyConference(s, { caseId: kase.id });
    await advance(s, conference.id, "live");
    const agreed = addDays(today(), 30);
    const writer = connect(s.url, conference.id, { WebSocket: s.WebSocket });
    await writer.synced();
    setNextMeetingDate(writer.doc, agreed);
    // Seen by another client: the server has it.
    const reader = connect(s.url, conference.id, { WebSocket: s.WebSocket });
    await reader.synced();
    await eventually(() => expect(readAgreements(reader.doc).nextMeetingDate).toBe(agreed));
    writer.leave();
    reader.leave();
    const next = async () => (await caseDeadlines(s, kase.id)).find((d) => d.kind === "NEXT_CONFERENCE");
    // While the minutes are being signed, the default weeks still hold.
    expect((await transition(s, conference.id, "SIGNING")).errors).toBeUndefined();
    expect(await next()).toMatchObject({ dueDate: addDays(today(), 12 * 7), windowStart: addDays(today(), 8 * 7) });
    expect((await transition(s, conference.id, "CLOSED")).errors).toBeUndefined();
    expect(await next()).toMatchObject({ since: today(), windowStart: agreed, dueDate: agreed, overdue: false });
  });

  it("the overdue view: a case manager's own cases only, overdue first, then due soonest; nothing far off, met or done", async () => {
    const manager = await s.staff();
    const other = await s.staff();
    const first = await buildCase(manager, { familyName: "Aardvark" });
    const second = await buildCase(manager, { familyName: "Zebra" });
    const conference = await buildReadyConference(manager, { caseId: first.id });
    await advance(manager, conference.id, "signing");
    await backdate(s.db.dataSource, conference.id, { heldAt: daysFromNow(-30), endedAt: daysFromNow(-30) });
    const lateTask = await buildTask(manager, { caseId: second.id, title: "Late", dueDate: addDays(today(), -2) });
    const soonTask = await buildTask(manager, { caseId: first.id, title: "Soon", dueDate: addDays(today(), 3) });
    await buildTask(manager, { caseId: second.id, title: "Far", dueDate: addDays(today(), 40) });
    const dropped = await buildTask(manager, { caseId: first.id, title: "Dropped", dueDate: addDays(today(), -5) });
    await setTaskStatus(manager, dropped.id, "DROPPED");
    const elsewhere = await buildCase(other);
    await buildTask(other, { caseId: elsewhere.id, title: "Someone else's", dueDate: addDays(today(), -9) });

    const { myDeadlines } = await manager.gql<{ myDeadlines: DeadlineRow[] }>(`{ myDeadlines { ${FIELDS} } }`);
    const ended = localDateIn(daysFromNow(-30), TZ);
    expect(myDeadlines.map((d) => [d.kind, d.task?.title ?? null, d.case.id])).toEqual([
      ["MINUTES", null, first.id],
      ["TASK", "Late", second.id],
      ["TASK", "Soon", first.id],
    ]);
    expect(myDeadlines[0]).toMatchObject({ dueDate: addWorkingDays(ended, 5, calendar), overdue: true });
    expect(myDeadlines[1]).toMatchObject({ overdue: true, daysLeft: -2, task: { id: lateTask.id } });
    expect(myDeadlines[2]).toMatchObject({ overdue: false, daysLeft: 3, task: { id: soonTask.id } });

    // A wider horizon brings the later ones in, still in order of urgency.
    const wide = await manager.gql<{ myDeadlines: DeadlineRow[] }>(`{ myDeadlines(withinDays: 366) { kind dueDate } }`);
    const dates = wide.myDeadlines.map((d) => d.dueDate);
    expect(dates).toEqual([...dates].sort());
    expect(wide.myDeadlines.map((d) => d.kind)).toEqual(expect.arrayContaining(["NEXT_CONFERENCE", "EVALUATION"]));
  });

  it("refuses a horizon out of range as invalid input", async () => {
    const res = await s.request(`{ myDeadlines(withinDays: 400) { id } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ path: "withinDays", code: "OUT_OF_RANGE" }],
    });
  });

  it("are the case team's: another caseworker and a guest read no deadlines of the case", async () => {
    const kase = await buildCase(s);
    const conference = await buildReadyConference(s, { caseId: kase.id });
    const seat = await addParticipant(s, conference.id, "PROFESSIONAL", (await buildPerson(s)).id);
    await buildTask(s, { caseId: kase.id, agreedInId: conference.id, ownerParticipantId: seat.id, dueDate: today() });
    const outsider = await s.staff();
    const refused = await outsider.request(`query ($id: ID!) { case(id: $id) { deadlines { id } } }`, { id: kase.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const theirs = await outsider.gql<{ myDeadlines: DeadlineRow[] }>(`{ myDeadlines(withinDays: 366) { ${FIELDS} } }`);
    expect(theirs.myDeadlines.filter((d) => d.case.id === kase.id)).toEqual([]);
    // A guest's conference leads to no case, and the overdue view is not theirs.
    const { issueGuestLink } = await s.gql<{ issueGuestLink: { url: string } }>(
      `mutation ($p: ID!) { issueGuestLink(participantId: $p) { url } }`,
      { p: seat.id },
    );
    const guest = await s.guest(issueGuestLink.url.split("/join/")[1] ?? "");
    const viaConference = await guest.gql<{ conference: { case: { deadlines: unknown } | null } }>(
      `query ($id: ID!) { conference(id: $id) { case { deadlines { id } } } }`,
      { id: conference.id },
    );
    expect(viaConference.conference.case).toBeNull();
    expect((await guest.request(`{ myDeadlines { id } }`)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
