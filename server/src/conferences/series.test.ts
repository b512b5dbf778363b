import { suggestNextDate } from "@roundtable/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import {
  addParticipant,
  buildCase,
  buildConference,
  buildPerson,
  buildTask,
  setTaskStatus,
  transition,
} from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { AgendaItem } from "./agenda-item.entity.js";
import { Conference } from "./conference.entity.js";

const PLAN = `mutation ($c: ID!) { planNextConference(caseId: $c) {
  id seriesIndex scheduledStart status purpose kind place language plannedDurationMinutes
  participants { role invitationState attendance confidentialityAcknowledgedAt person { fullName } }
  agenda { title timeboxMinutes reviewsTaskId position }
  reviewedTasks { title }
} }`;
const REVIEWED_IN = `query ($id: ID!) { task(id: $id) { reviewedIn { seriesIndex } } }`;

interface Planned {
  id: string;
  seriesIndex: number;
  scheduledStart: string;
  status: string;
  purpose: string;
  kind: string;
  place: string | null;
  language: string;
  plannedDurationMinutes: number;
  participants: {
    role: string;
    invitationState: string;
    attendance: string | null;
    confidentialityAcknowledgedAt: string | null;
    person: { fullName: string };
  }[];
  agenda: { title: string; timeboxMinutes: number; reviewsTaskId: string | null; position: number }[];
  reviewedTasks: { title: string }[];
}

describe.each(databaseTargets)("planning the next conference of a series on $name", (target) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(target);
  });
  afterAll(() => s.stop());

  const plan = async (caseId: string) =>
    (await s.gql<{ planNextConference: Planned }>(PLAN, { c: caseId })).planNextConference;
  const reviewedIn = async (taskId: string) =>
    (await s.gql<{ task: { reviewedIn: { seriesIndex: number }[] } }>(REVIEWED_IN, { id: taskId })).task.reviewedIn
      .map((c) => c.seriesIndex)
      .sort();

  it("copies the people as not yet invited, suggests a date ten weeks on, and puts the open tasks up for review", async () => {
    const first = await buildConference(s, { scheduledStart: "2026-03-10T09:00:00.000Z", kind: "CONSULTATION" });
    await s.gql(`mutation ($id: ID!) { updateConference(id: $id, input: { place: "Room 2", language: HU }) { id } }`, {
      id: first.id,
    });
    const owner = await buildPerson(s, { fullName: "Judit Kiss" });
    await addParticipant(s, first.id, "FACILITATOR");
    const seat = await addParticipant(s, first.id, "PROFESSIONAL", owner.id);
    await s.gql(
      `mutation ($id: ID!) { updateParticipant(id: $id, input: { invitationState: ACCEPTED, attendance: IN_ROOM }) { id } }`,
      { id: seat.id },
    );
    await s.gql(`mutation ($id: ID!) { acknowledgeConfidentiality(participantId: $id) { id } }`, { id: seat.id });

    const open = await buildTask(s, {
      caseId: first.caseId,
      agreedInId: first.id,
      title: "Home visit",
      ownerPersonId: owner.id,
    });
    const started = await buildTask(s, { caseId: first.caseId, agreedInId: first.id, title: "Find a club" });
    await setTaskStatus(s, started.id, "IN_PROGRESS");
    const done = await buildTask(s, { caseId: first.caseId, agreedInId: first.id, title: "Walk to school" });
    await setTaskStatus(s, done.id, "DONE");
    const dropped = await buildTask(s, { caseId: first.caseId, agreedInId: first.id, title: "Dropped idea" });
    await setTaskStatus(s, dropped.id, "DROPPED");
    const outside = await buildTask(s, { caseId: first.caseId, title: "Set outside the meeting" });

    const next = await plan(first.caseId);
    expect(next).toMatchObject({
      seriesIndex: 2,
      status: "DRAFT",
      scheduledStart: "2026-05-19T09:00:00.000Z",
      kind: "CONSULTATION",
      place: "Room 2",
      language: "HU",
      plannedDurationMinutes: 180,
      purpose: "Review what has been achieved since the last meeting, adjust the goals and who does what.",
    });
    expect(
      next.participants.map((p) => [p.role, p.invitationState, p.attendance, p.confidentialityAcknowledgedAt]),
    ).toEqual([
      ["FACILITATOR", "NOT_SENT", null, null],
      ["PROFESSIONAL", "NOT_SENT", null, null],
    ]);
    expect(next.participants[1]?.person.fullName).toBe("Judit Kiss");
    expect(next.agenda.map((a) => [a.position, a.title, a.timeboxMinutes, a.reviewsTaskId])).toEqual([
      [0, "Opening: purpose, time frame and confidentiality", 10, null],
      [1, "Review: Home visit (Judit Kiss)", 10, open.id],
      [2, "Review: Find a club", 10, started.id],
      [3, "Strengths and resources since the last meeting", 20, null],
      [4, "Next steps: who does what by when", 30, null],
    ]);
    expect(next.reviewedTasks.map((t) => t.title).sort()).toEqual(["Find a club", "Home visit"]);
    expect(await reviewedIn(open.id)).toEqual([2]);
    expect(await reviewedIn(started.id)).toEqual([2]);
    for (const t of [done, dropped, outside]) expect(await reviewedIn(t.id)).toEqual([]);
    const rows: { taskId: string }[] = await s.db.dataSource.query(
      `SELECT "taskId" FROM "task_reviews" WHERE "conferenceId" = $1 ORDER BY "taskId"`,
      [next.id],
    );
    expect(rows.map((r) => r.taskId)).toEqual([open.id, started.id].sort());
    // The first conference is left as it was.
    expect((await s.db.dataSource.getRepository(Conference).findOneByOrFail({ id: first.id })).seriesIndex).toBe(1);
  });

  it("has the third meeting review what is still open from the second, its reviewed tasks included", async () => {
    const first = await buildConference(s, { scheduledStart: "2026-01-13T09:00:00.000Z" });
    const lingering = await buildTask(s, { caseId: first.caseId, agreedInId: first.id, title: "Lingering" });
    const finished = await buildTask(s, { caseId: first.caseId, agreedInId: first.id, title: "Finished later" });
    const second = await plan(first.caseId);
    expect(second.reviewedTasks.map((t) => t.title).sort()).toEqual(["Finished later", "Lingering"]);
    await setTaskStatus(s, finished.id, "DONE");
    const agreedAtSecond = await buildTask(s, { caseId: first.caseId, agreedInId: second.id, title: "New at second" });

    const third = await plan(first.caseId);
    expect(third.seriesIndex).toBe(3);
    expect(third.scheduledStart).toBe("2026-06-02T09:00:00.000Z");
    expect(third.purpose).toBe(
      "Evaluate whether the goals were met: what worked, what blocked, how we worked together; plan any further steps.",
    );
    expect(third.agenda.filter((a) => a.reviewsTaskId).map((a) => [a.title, a.reviewsTaskId])).toEqual([
      ["Review: Lingering", lingering.id],
      ["Review: New at second", agreedAtSecond.id],
    ]);
    expect(await reviewedIn(lingering.id)).toEqual([2, 3]);
    expect(await reviewedIn(finished.id)).toEqual([2]);
    expect(await reviewedIn(agreedAtSecond.id)).toEqual([3]);
  });

  it("never suggests a weekend: a Saturday or Sunday moves to the Monday after", async () => {
    const fromSaturday = await buildConference(s, { scheduledStart: "2026-03-14T10:00:00.000Z" });
    expect((await plan(fromSaturday.caseId)).scheduledStart).toBe("2026-05-25T10:00:00.000Z");
    const fromSunday = await buildConference(s, { scheduledStart: "2026-03-15T10:00:00.000Z" });
    expect((await plan(fromSunday.caseId)).scheduledStart).toBe("2026-05-25T10:00:00.000Z");
  });

  it("plans from the last conference that was not cancelled, and numbers after every earlier one", async () => {
    const first = await buildConference(s, { scheduledStart: "2026-02-03T09:00:00.000Z" });
    await addParticipant(s, first.id, "FACILITATOR");
    const cancelled = await buildConference(s, { caseId: first.caseId, scheduledStart: "2026-04-07T09:00:00.000Z" });
    await addParticipant(s, cancelled.id, "OBSERVER");
    await transition(s, cancelled.id, "CANCELLED");
    const next = await plan(first.caseId);
    expect(next.seriesIndex).toBe(3);
    expect(next.scheduledStart).toBe("2026-04-14T09:00:00.000Z");
    expect(next.participants.map((p) => p.role)).toEqual(["FACILITATOR"]);
  });

  it("starts a series for a case without conferences: the first meeting, about ten weeks from now", async () => {
    const kase = await buildCase(s);
    const earliest = suggestNextDate(new Date()).getTime();
    const next = await plan(kase.id);
    const latest = suggestNextDate(new Date()).getTime();
    expect(next).toMatchObject({
      seriesIndex: 1,
      status: "DRAFT",
      kind: "CONFERENCE",
      language: "EN",
      place: null,
      plannedDurationMinutes: 180,
      participants: [],
      agenda: [],
      reviewedTasks: [],
      purpose: "Map the family's situation together, agree a common goal, and share out who does what.",
    });
    const start = new Date(next.scheduledStart);
    expect(start.getTime()).toBeGreaterThanOrEqual(earliest - 1000);
    expect(start.getTime()).toBeLessThanOrEqual(latest + 1000);
    expect([0, 6]).not.toContain(start.getUTCDay());
    expect(await s.db.dataSource.getRepository(AgendaItem).countBy({ conferenceId: next.id })).toBe(0);
  });

  it("reports an unknown or malformed case as not found and creates nothing", async () => {
    const before = await s.db.dataSource.getRepository(Conference).count();
    for (const id of ["00000000-0000-4000-8000-00000000abcd", "not-a-case"]) {
      const res = await s.request(PLAN, { c: id });
      expect(res.errors?.[0]?.extensions?.code, id).toBe("NOT_FOUND");
      expect(res.data ?? null).toBeNull();
    }
    expect(await s.db.dataSource.getRepository(Conference).count()).toBe(before);
  });
});
