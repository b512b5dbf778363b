import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import {
  addParticipant,
  buildCase,
  buildConference,
  buildPerson,
  buildTask,
  setTaskStatus,
} from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { TaskStatusChange } from "./task-status-change.entity.js";
import { Task } from "./task.entity.js";

const TASK = `query ($id: ID!) { task(id: $id) {
  title status dueDate successIndicator overdue
  ownerPerson { fullName } ownerParticipant { role }
  agreedIn { seriesIndex }
  statusHistory { fromStatus toStatus note }
} }`;
const CREATE = `mutation ($input: TaskInput!) { createTask(input: $input) { id } }`;
const UPDATE = `mutation ($id: ID!, $i: TaskPatch!) { updateTask(id: $id, input: $i) { id } }`;
const LIST = `query ($f: TaskFilter, $first: Int!, $after: String) { tasks(filter: $f, first: $first, after: $after) {
  totalCount nodes { title dueDate overdue } pageInfo { hasNextPage endCursor } } }`;
const NOBODY = "00000000-0000-4000-8000-000000000002";

interface TaskPage {
  tasks: {
    totalCount: number;
    nodes: { title: string; dueDate: string | null; overdue: boolean }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

const daysFromToday = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe.each(databaseTargets)("tasks over HTTP on $name", (target) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(target);
  });
  afterAll(() => s.stop());

  const read = async (id: string) => (await s.gql<{ task: Record<string, unknown> }>(TASK, { id })).task;
  /** The stored task and its history, to prove a refused change wrote nothing. */
  const stored = async (id: string) => {
    const { title, status, dueDate, successIndicator, ownerPersonId, ownerParticipantId, agreedInId } =
      await s.db.dataSource.getRepository(Task).findOneByOrFail({ id });
    const history = await s.db.dataSource.getRepository(TaskStatusChange).countBy({ taskId: id });
    return { title, status, dueDate, successIndicator, ownerPersonId, ownerParticipantId, agreedInId, history };
  };
  const list = async (filter: Record<string, unknown>) =>
    (await s.gql<TaskPage>(LIST, { f: filter, first: 100 })).tasks.nodes.map((t) => t.title);

  it("creates a task owned by a person, outside any meeting", async () => {
    const kase = await buildCase(s);
    const owner = await buildPerson(s, { fullName: "Anna Szabó" });
    const { createTask } = await s.gql<{ createTask: { id: string } }>(CREATE, {
      input: { caseId: kase.id, title: "  Visit the family at home ", ownerPersonId: owner.id, dueDate: "2027-02-01" },
    });
    expect(await read(createTask.id)).toEqual({
      title: "Visit the family at home",
      status: "OPEN",
      dueDate: "2027-02-01",
      successIndicator: null,
      overdue: false,
      ownerPerson: { fullName: "Anna Szabó" },
      ownerParticipant: null,
      agreedIn: null,
      statusHistory: [{ fromStatus: null, toStatus: "OPEN", note: null }],
    });
  });

  it("agrees a task in a conference, owned by a participant, whose person becomes the owner", async () => {
    const conference = await buildConference(s);
    const father = await buildPerson(s, { kind: "FAMILY", fullName: "László Kovács" });
    const seat = await addParticipant(s, conference.id, "PARENT", father.id);
    const { createTask } = await s.gql<{ createTask: { id: string } }>(CREATE, {
      input: {
        caseId: conference.caseId,
        agreedInId: conference.id,
        title: "Go to the GP for the referral",
        ownerParticipantId: seat.id,
        dueDate: "2027-02-15",
        successIndicator: "The referral letter is with the case manager",
      },
    });
    expect(await read(createTask.id)).toEqual({
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
    expect(await stored(createTask.id)).toMatchObject({ ownerPersonId: father.id, ownerParticipantId: seat.id });
  });

  it("refuses an owner or a conference of another case, unknown references and bad input, writing nothing", async () => {
    const mine = await buildConference(s);
    const theirs = await buildConference(s);
    const stranger = await addParticipant(s, theirs.id, "PROFESSIONAL");
    const count = () => s.db.dataSource.getRepository(Task).count();
    const history = () => s.db.dataSource.getRepository(TaskStatusChange).count();
    const before = [await count(), await history()];
    const create = (input: Record<string, unknown>) =>
      s.request(CREATE, { input: { caseId: mine.caseId, title: "Anything", ...input } });

    expect((await create({ ownerParticipantId: stranger.id })).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ path: "input.ownerParticipantId", code: "UNKNOWN_PARTICIPANT" }],
    });
    expect((await create({ agreedInId: theirs.id })).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ path: "input.agreedInId", code: "UNKNOWN_CONFERENCE" }],
    });
    expect((await create({ ownerPersonId: NOBODY })).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ path: "input.ownerPersonId", code: "UNKNOWN_PERSON" }],
    });
    expect((await create({ caseId: NOBODY })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await create({ title: "  " })).errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ path: "input.title", code: "REQUIRED" }),
    ]);
    expect((await create({ dueDate: "soon" })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect([await count(), await history()]).toEqual(before);
  });

  it("records every status change with its note, oldest first, and nothing for a repeated status", async () => {
    const task = await buildTask(s, { caseId: (await buildCase(s)).id });
    await setTaskStatus(s, task.id, "IN_PROGRESS", "first appointment booked");
    await setTaskStatus(s, task.id, "IN_PROGRESS", "said again");
    expect(await stored(task.id)).toMatchObject({ status: "in_progress", history: 2 });
    await setTaskStatus(s, task.id, "DROPPED");
    await setTaskStatus(s, task.id, "OPEN", "the family asked again");
    await setTaskStatus(s, task.id, "DONE", "attended twice");
    const t = await read(task.id);
    expect(t.status).toBe("DONE");
    expect(t.statusHistory).toEqual([
      { fromStatus: null, toStatus: "OPEN", note: null },
      { fromStatus: "OPEN", toStatus: "IN_PROGRESS", note: "first appointment booked" },
      { fromStatus: "IN_PROGRESS", toStatus: "DROPPED", note: null },
      { fromStatus: "DROPPED", toStatus: "OPEN", note: "the family asked again" },
      { fromStatus: "OPEN", toStatus: "DONE", note: "attended twice" },
    ]);
    await setTaskStatus(s, task.id, "DONE");
    expect(await stored(task.id)).toMatchObject({ status: "done", history: 5 });
  });

  it("filters by owner, statuses, due date (strictly before), case, and overdue, by due date with undated last", async () => {
    const kase = await buildCase(s);
    const otherCase = await buildCase(s);
    const me = await buildPerson(s);
    const someoneElse = await buildPerson(s);
    const mk = async (
      title: string,
      dueDate: string | null,
      status = "OPEN",
      ownerPersonId = me.id,
      caseId = kase.id,
    ) => {
      const task = await buildTask(s, { caseId, title, ownerPersonId, ...(dueDate ? { dueDate } : {}) });
      if (status !== "OPEN") await setTaskStatus(s, task.id, status);
    };
    await mk("Undated", null);
    await mk("Next week", daysFromToday(7));
    await mk("Due today", daysFromToday(0));
    await mk("Late", daysFromToday(-3));
    await mk("Late, started", daysFromToday(-2), "IN_PROGRESS");
    await mk("Late but done", daysFromToday(-10), "DONE");
    await mk("Late but dropped", daysFromToday(-9), "DROPPED");
    await mk("Not mine", daysFromToday(-5), "OPEN", someoneElse.id);
    await mk("Mine, other case", daysFromToday(-1), "OPEN", me.id, otherCase.id);

    expect(await list({ ownerPersonId: me.id, caseId: kase.id })).toEqual([
      "Late but done",
      "Late but dropped",
      "Late",
      "Late, started",
      "Due today",
      "Next week",
      "Undated",
    ]);
    const overdue = { ownerPersonId: me.id, statuses: ["OPEN", "IN_PROGRESS"], dueBefore: daysFromToday(0) };
    const { tasks } = await s.gql<TaskPage>(LIST, { f: overdue, first: 100 });
    expect(tasks.nodes.map((t) => [t.title, t.overdue])).toEqual([
      ["Late", true],
      ["Late, started", true],
      ["Mine, other case", true],
    ]);
    expect(tasks.totalCount).toBe(3);
    expect(await list({ ...overdue, caseId: kase.id })).toEqual(["Late", "Late, started"]);
    expect(await list({ ownerPersonId: me.id, statuses: ["DONE", "DROPPED"] })).toEqual([
      "Late but done",
      "Late but dropped",
    ]);
    // Strictly before: a task due on the day itself is not included.
    expect(await list({ caseId: kase.id, dueBefore: daysFromToday(-3) })).toEqual([
      "Late but done",
      "Late but dropped",
      "Not mine",
    ]);
    expect(await list({ caseId: otherCase.id })).toEqual(["Mine, other case"]);
    expect(await list({ ownerPersonId: NOBODY })).toEqual([]);
  });

  it("says a task is overdue only when past its due date and still open or in progress", async () => {
    const kase = await buildCase(s);
    const overdueOf = async (dueDate: string | null, status = "OPEN") => {
      const task = await buildTask(s, { caseId: kase.id, ...(dueDate ? { dueDate } : {}) });
      if (status !== "OPEN") await setTaskStatus(s, task.id, status);
      return (await read(task.id)).overdue;
    };
    expect(await overdueOf(daysFromToday(-1))).toBe(true);
    expect(await overdueOf(daysFromToday(-1), "IN_PROGRESS")).toBe(true);
    expect(await overdueOf(daysFromToday(-1), "DONE")).toBe(false);
    expect(await overdueOf(daysFromToday(-1), "DROPPED")).toBe(false);
    expect(await overdueOf(daysFromToday(0))).toBe(false);
    expect(await overdueOf(null)).toBe(false);
  });

  it("pages through tasks by due date, undated last, never skipping or repeating one", async () => {
    const kase = await buildCase(s);
    const dates = ["2027-01-01", null, "2026-05-01", "2027-01-01", null, "2027-01-01", null];
    for (const [i, dueDate] of dates.entries()) {
      await buildTask(s, { caseId: kase.id, title: `T${i}`, ...(dueDate ? { dueDate } : {}) });
    }
    const seen: { title: string; dueDate: string | null }[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { tasks }: TaskPage = await s.gql<TaskPage>(LIST, { f: { caseId: kase.id }, first: 2, after });
      expect(tasks.totalCount).toBe(7);
      seen.push(...tasks.nodes.map(({ title, dueDate }) => ({ title, dueDate })));
      pages++;
      after = tasks.pageInfo.hasNextPage ? tasks.pageInfo.endCursor : null;
    } while (after);
    expect(pages).toBe(4);
    expect(seen.map((t) => t.dueDate)).toEqual([
      "2026-05-01",
      "2027-01-01",
      "2027-01-01",
      "2027-01-01",
      null,
      null,
      null,
    ]);
    expect(new Set(seen.map((t) => t.title)).size).toBe(7);

    const forged = Buffer.from(JSON.stringify(["next tuesday", NOBODY])).toString("base64url");
    expect((await s.request(LIST, { first: 2, after: forged })).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ path: "after", code: "INVALID_CURSOR" }],
    });
  });

  it("changes only what was given, moves the owner to a participant, and clears owner and date with null", async () => {
    const conference = await buildConference(s);
    const owner = await buildPerson(s, { fullName: "Péter Nagy" });
    const teacher = await buildPerson(s, { fullName: "Judit Kiss" });
    const seat = await addParticipant(s, conference.id, "PROFESSIONAL", teacher.id);
    const task = await buildTask(s, {
      caseId: conference.caseId,
      title: "Call the school",
      ownerPersonId: owner.id,
      dueDate: "2027-02-01",
      successIndicator: "The school knows",
    });
    const update = (i: Record<string, unknown>) => s.gql(UPDATE, { id: task.id, i });

    await update({ title: " Call the class teacher ", dueDate: "2027-03-01" });
    expect(await read(task.id)).toMatchObject({
      title: "Call the class teacher",
      dueDate: "2027-03-01",
      successIndicator: "The school knows",
      ownerPerson: { fullName: "Péter Nagy" },
      ownerParticipant: null,
    });
    await update({ ownerParticipantId: seat.id });
    expect(await read(task.id)).toMatchObject({
      ownerPerson: { fullName: "Judit Kiss" },
      ownerParticipant: { role: "PROFESSIONAL" },
    });
    await update({ ownerPersonId: owner.id });
    expect(await stored(task.id)).toMatchObject({ ownerPersonId: owner.id, ownerParticipantId: null });
    await update({ ownerPersonId: null, dueDate: null, successIndicator: null });
    expect(await stored(task.id)).toEqual({
      title: "Call the class teacher",
      status: "open",
      dueDate: null,
      successIndicator: null,
      ownerPersonId: null,
      ownerParticipantId: null,
      agreedInId: null,
      history: 1,
    });
  });

  it("refuses an owner from another case, an unknown person and a cleared title, changing nothing", async () => {
    const conference = await buildConference(s);
    const stranger = await addParticipant(s, (await buildConference(s)).id, "PROFESSIONAL");
    const owner = await buildPerson(s);
    const task = await buildTask(s, { caseId: conference.caseId, title: "Keep me", ownerPersonId: owner.id });
    const unchanged = await stored(task.id);
    for (const [input, path, code] of [
      [{ title: "Changed", ownerParticipantId: stranger.id }, "input.ownerParticipantId", "UNKNOWN_PARTICIPANT"],
      [{ title: "Changed", ownerPersonId: NOBODY }, "input.ownerPersonId", "UNKNOWN_PERSON"],
      [{ title: null, dueDate: "2027-01-01" }, "input.title", "REQUIRED"],
      [{ title: " " }, "input.title", "REQUIRED"],
    ] as const) {
      const res = await s.request(UPDATE, { id: task.id, i: input });
      expect(res.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: [{ path, code }],
      });
    }
    expect(await stored(task.id)).toEqual(unchanged);
    const missing = await s.request(UPDATE, { id: NOBODY, i: { title: "x" } });
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
