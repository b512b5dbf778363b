import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { addParticipant, buildConference, buildPerson, buildTask } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { Task } from "./task.entity.js";

const TASK = `query ($id: ID!) { task(id: $id) {
  title status dueDate successIndicator overdue
  ownerPerson { fullName } ownerParticipant { role }
  agreedIn { seriesIndex }
  statusHistory { fromStatus toStatus note }
} }`;

const today = () => new Date().toISOString().slice(0, 10);
const daysFromToday = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe.each(databaseTargets)("tasks over HTTP on $name", (target) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(target);
  });
  afterAll(() => s.stop());

  const setStatus = (id: string, status: string, note?: string) =>
    s.gql(`mutation ($id: ID!, $s: TaskStatus!, $n: String) { setTaskStatus(id: $id, status: $s, note: $n) { id } }`, {
      id,
      s: status,
      n: note,
    });

  it("agrees a task in a conference, owned by a participant, with due date and success indicator", async () => {
    const conference = await buildConference(s);
    const father = await buildPerson(s, { kind: "FAMILY", fullName: "László Kovács" });
    const seat = await addParticipant(s, conference.id, "PARENT", father.id);
    const { createTask } = await s.gql<{ createTask: { id: string } }>(
      `mutation ($input: TaskInput!) { createTask(input: $input) { id } }`,
      {
        input: {
          caseId: conference.caseId,
          agreedInId: conference.id,
          title: "Go to the GP for the referral",
          ownerParticipantId: seat.id,
          dueDate: "2027-02-15",
          successIndicator: "The referral letter is with the case manager",
        },
      },
    );
    expect((await s.gql(TASK, { id: createTask.id })).task).toEqual({
      title: "Go to the GP for the referral",
      status: "OPEN",
      dueDate: "2027-02-15",
      successIndicator: "The referral letter is with the case manager",
      overdue: false,
      ownerPerson: { fullName: "László Kovács" },
      ownerParticipant: { role: "PARENT" },
      agreedIn: { seriesIndex: 1 },
      statusHistory: [{ fromStatus: null, toStatus: "OPEN", note: null }],
    });
  });

  it("records every status change with its note, oldest first, and ignores a repeat", async () => {
    const conference = await buildConference(s);
    const task = await buildTask(s, { caseId: conference.caseId });
    await setStatus(task.id, "IN_PROGRESS", "first appointment booked");
    await setStatus(task.id, "IN_PROGRESS");
    await setStatus(task.id, "DONE", "attended twice");
    const { task: t } = await s.gql<{ task: { status: string; statusHistory: unknown[] } }>(TASK, { id: task.id });
    expect(t.status).toBe("DONE");
    expect(t.statusHistory).toEqual([
      { fromStatus: null, toStatus: "OPEN", note: null },
      { fromStatus: "OPEN", toStatus: "IN_PROGRESS", note: "first appointment booked" },
      { fromStatus: "IN_PROGRESS", toStatus: "DONE", note: "attended twice" },
    ]);
  });

  it("refuses an owner or a conference from another case, and writes nothing", async () => {
    const mine = await buildConference(s);
    const theirs = await buildConference(s);
    const stranger = await addParticipant(s, theirs.id, "PROFESSIONAL");
    const before = await s.db.dataSource.getRepository(Task).countBy({ caseId: mine.caseId });
    const create = (input: Record<string, unknown>) =>
      s.request(`mutation ($input: TaskInput!) { createTask(input: $input) { id } }`, {
        input: { caseId: mine.caseId, title: "Anything", ...input },
      });
    expect((await create({ ownerParticipantId: stranger.id })).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ path: "input.ownerParticipantId", code: "UNKNOWN_PARTICIPANT" }],
    });
    expect((await create({ agreedInId: theirs.id })).errors?.[0]?.extensions).toMatchObject({
      fields: [{ path: "input.agreedInId", code: "UNKNOWN_CONFERENCE" }],
    });
    expect((await create({ title: "", dueDate: "soon" })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await s.db.dataSource.getRepository(Task).countBy({ caseId: mine.caseId })).toBe(before);
  });

  it("lists my tasks, and my overdue ones, by due date with undated tasks last", async () => {
    const conference = await buildConference(s);
    const me = await buildPerson(s, { fullName: "Judit Kiss" });
    const someoneElse = await buildPerson(s);
    const mk = (title: string, dueDate: string | undefined, ownerPersonId = me.id) =>
      buildTask(s, { caseId: conference.caseId, title, ownerPersonId, ...(dueDate ? { dueDate } : {}) });
    const late = await mk("Late", daysFromToday(-3));
    await mk("Undated", undefined);
    await mk("Next week", daysFromToday(7));
    const lateButDone = await mk("Late but done", daysFromToday(-10));
    await setStatus(lateButDone.id, "DONE");
    await mk("Not mine", daysFromToday(-5), someoneElse.id);

    const list = async (filter: Record<string, unknown>) =>
      (
        await s.gql<{ tasks: { nodes: { title: string; overdue: boolean }[] } }>(
          `query ($f: TaskFilter) { tasks(filter: $f, first: 50) { nodes { title overdue } } }`,
          { f: filter },
        )
      ).tasks.nodes;
    expect((await list({ ownerPersonId: me.id })).map((t) => t.title)).toEqual([
      "Late but done",
      "Late",
      "Next week",
      "Undated",
    ]);
    expect(await list({ ownerPersonId: me.id, statuses: ["OPEN", "IN_PROGRESS"], dueBefore: today() })).toEqual([
      { title: "Late", overdue: true },
    ]);
    expect((await list({ ownerPersonId: me.id, statuses: ["DONE"] })).map((t) => t.title)).toEqual(["Late but done"]);
    expect((await list({ caseId: conference.caseId, dueBefore: daysFromToday(-4) })).map((t) => t.title)).toEqual([
      "Late but done",
      "Not mine",
    ]);
    expect(late.status).toBe("OPEN");
  });

  it("changes what was given and clears the owner with null", async () => {
    const conference = await buildConference(s);
    const owner = await buildPerson(s, { fullName: "Péter Nagy" });
    const task = await buildTask(s, { caseId: conference.caseId, title: "Call the school", ownerPersonId: owner.id });
    const update = (input: Record<string, unknown>) =>
      s.gql(`mutation ($id: ID!, $i: TaskPatch!) { updateTask(id: $id, input: $i) { id } }`, { id: task.id, i: input });
    await update({ title: "Call the class teacher", dueDate: "2027-03-01" });
    expect((await s.gql<{ task: Record<string, unknown> }>(TASK, { id: task.id })).task).toMatchObject({
      title: "Call the class teacher",
      dueDate: "2027-03-01",
      ownerPerson: { fullName: "Péter Nagy" },
    });
    await update({ ownerPersonId: null });
    expect((await s.gql<{ task: Record<string, unknown> }>(TASK, { id: task.id })).task).toMatchObject({
      title: "Call the class teacher",
      ownerPerson: null,
      ownerParticipant: null,
    });
  });
});
