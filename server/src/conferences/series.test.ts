import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { addParticipant, buildCase, buildConference, buildPerson, buildTask } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/server.js";

const PLAN = `mutation ($c: ID!) { planNextConference(caseId: $c) {
  id seriesIndex scheduledStart status purpose
  participants { role invitationState person { fullName } }
  agenda { title reviewsTaskId position }
  reviewedTasks { title }
} }`;

interface Planned {
  id: string;
  seriesIndex: number;
  scheduledStart: string;
  status: string;
  purpose: string;
  participants: { role: string; invitationState: string; person: { fullName: string } }[];
  agenda: { title: string; reviewsTaskId: string | null; position: number }[];
  reviewedTasks: { title: string }[];
}

describe.each(databaseTargets)("planning the next conference of a series on $name", (target) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(target);
  });
  afterAll(() => s.stop());

  it("copies the people, suggests a weekday ten weeks on and puts the open tasks up for review", async () => {
    const first = await buildConference(s, { scheduledStart: "2026-03-10T09:00:00.000Z" });
    const owner = await buildPerson(s, { fullName: "Judit Kiss" });
    await addParticipant(s, first.id, "FACILITATOR");
    await addParticipant(s, first.id, "PROFESSIONAL", owner.id);
    const setStatus = (id: string, status: string) =>
      s.gql(`mutation ($id: ID!, $s: TaskStatus!) { setTaskStatus(id: $id, status: $s) { id } }`, { id, s: status });
    const open = await buildTask(s, {
      caseId: first.caseId,
      agreedInId: first.id,
      title: "Home visit",
      ownerPersonId: owner.id,
    });
    const started = await buildTask(s, { caseId: first.caseId, agreedInId: first.id, title: "Find a club" });
    await setStatus(started.id, "IN_PROGRESS");
    const done = await buildTask(s, { caseId: first.caseId, agreedInId: first.id, title: "Walk to school" });
    await setStatus(done.id, "DONE");
    const dropped = await buildTask(s, { caseId: first.caseId, agreedInId: first.id, title: "Dropped idea" });
    await setStatus(dropped.id, "DROPPED");

    const { planNextConference: next } = await s.gql<{ planNextConference: Planned }>(PLAN, { c: first.caseId });
    expect(next).toMatchObject({ seriesIndex: 2, status: "DRAFT", scheduledStart: "2026-05-19T09:00:00.000Z" });
    expect(next.purpose).toMatch(/^Review what has been achieved/);
    expect(next.participants.map((p) => [p.role, p.invitationState])).toEqual([
      ["FACILITATOR", "NOT_SENT"],
      ["PROFESSIONAL", "NOT_SENT"],
    ]);
    expect(next.agenda.map((a) => [a.position, a.title, a.reviewsTaskId])).toEqual([
      [0, "Opening: purpose, time frame and confidentiality", null],
      [1, "Review: Home visit (Judit Kiss)", open.id],
      [2, "Review: Find a club", started.id],
      [3, "Strengths and resources since the last meeting", null],
      [4, "Next steps: who does what by when", null],
    ]);
    expect(next.reviewedTasks.map((t) => t.title).sort()).toEqual(["Find a club", "Home visit"]);
    const { task } = await s.gql<{ task: { reviewedIn: { seriesIndex: number }[] } }>(
      `query ($id: ID!) { task(id: $id) { reviewedIn { seriesIndex } } }`,
      { id: open.id },
    );
    expect(task.reviewedIn).toEqual([{ seriesIndex: 2 }]);

    // The third meeting reviews what is still open from the second, reviewed tasks included.
    const { planNextConference: third } = await s.gql<{ planNextConference: Planned }>(PLAN, { c: first.caseId });
    expect(third.seriesIndex).toBe(3);
    expect(third.purpose).toMatch(/^Evaluate whether the goals were met/);
    expect(third.reviewedTasks.map((t) => t.title).sort()).toEqual(["Find a club", "Home visit"]);
  });

  it("moves a suggested Saturday to the Monday after", async () => {
    const conference = await buildConference(s, { scheduledStart: "2026-03-14T10:00:00.000Z" });
    const { planNextConference: next } = await s.gql<{ planNextConference: Planned }>(PLAN, { c: conference.caseId });
    expect(next.scheduledStart).toBe("2026-05-25T10:00:00.000Z");
  });

  it("starts a series for a case that has no conference yet", async () => {
    const kase = await buildCase(s);
    const { planNextConference: next } = await s.gql<{ planNextConference: Planned }>(PLAN, { c: kase.id });
    expect(next).toMatchObject({ seriesIndex: 1, participants: [], agenda: [] });
    expect(next.purpose).toMatch(/^Map the family's situation together/);
  });

  it("reports an unknown case as not found", async () => {
    const res = await s.request(PLAN, { c: "00000000-0000-4000-8000-00000000abcd" });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
