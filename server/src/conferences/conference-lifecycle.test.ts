import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { addParticipant, buildCase, buildConference, buildReadyConference, transition } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { Conference } from "./conference.entity.js";

const CONFERENCE = `query ($id: ID!) { conference(id: $id) {
  status purpose readinessProblems nextStatuses
  participants { role person { fullName } }
  agenda { title timeboxMinutes position }
} }`;

describe.each(databaseTargets)("conference lifecycle over HTTP on $name", (target) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(target);
  });
  afterAll(() => s.stop());

  const statusInDb = async (id: string) =>
    (await s.db.dataSource.getRepository(Conference).findOneByOrFail({ id })).status;

  it("plans a conference, prepares it and walks draft → invited → live → signing → closed", async () => {
    const kase = await buildCase(s, { familyName: "Kovács" });
    const conference = await buildConference(s, { caseId: kase.id, purpose: "Support Bence's return to school" });
    expect(conference).toMatchObject({ status: "DRAFT", seriesIndex: 1 });

    const facilitator = await addParticipant(s, conference.id, "FACILITATOR");
    await addParticipant(s, conference.id, "PARENT");
    for (const [title, timeboxMinutes] of [
      ["Opening and confidentiality", 10],
      ["Strengths and resources", 30],
      ["Next steps", 40],
    ] as const) {
      await s.gql(`mutation ($c: ID!, $i: AgendaItemInput!) { addAgendaItem(conferenceId: $c, input: $i) { id } }`, {
        c: conference.id,
        i: { title, timeboxMinutes },
      });
    }

    const prepared = await s.gql<{
      conference: {
        readinessProblems: string[];
        nextStatuses: string[];
        participants: { role: string }[];
        agenda: { title: string; position: number }[];
      };
    }>(CONFERENCE, { id: conference.id });
    expect(prepared.conference.readinessProblems).toEqual([]);
    expect(prepared.conference.nextStatuses).toEqual(["INVITED", "CANCELLED"]);
    expect(prepared.conference.participants.map((p) => p.role)).toEqual(["FACILITATOR", "PARENT"]);
    expect(prepared.conference.agenda.map((a) => [a.position, a.title])).toEqual([
      [0, "Opening and confidentiality"],
      [1, "Strengths and resources"],
      [2, "Next steps"],
    ]);
    expect(facilitator.id).toBeTruthy();

    for (const to of ["INVITED", "LIVE", "SIGNING", "CLOSED"]) {
      const res = await transition(s, conference.id, to);
      expect(res.errors).toBeUndefined();
      expect(res.data?.transitionConference.status).toBe(to);
    }
    expect(await statusInDb(conference.id)).toBe("closed");
  });

  it("refuses every illegal transition with ILLEGAL_TRANSITION and leaves the status as it was", async () => {
    const conference = await buildReadyConference(s);
    const illegalFrom: Record<string, string[]> = {
      draft: ["LIVE", "SIGNING", "CLOSED", "DRAFT"],
      invited: ["DRAFT", "SIGNING", "CLOSED", "INVITED"],
      live: ["DRAFT", "INVITED", "CLOSED", "CANCELLED", "LIVE"],
      // signing → live reopens the minutes (sign-off's own tests).
      signing: ["DRAFT", "INVITED", "CANCELLED", "SIGNING"],
      closed: ["DRAFT", "INVITED", "LIVE", "SIGNING", "CANCELLED"],
    };
    const path = ["INVITED", "LIVE", "SIGNING", "CLOSED"];
    for (const [from, illegal] of Object.entries(illegalFrom)) {
      for (const to of illegal) {
        const res = await transition(s, conference.id, to);
        expect(res.errors?.[0]?.extensions?.code, `${from} → ${to}`).toBe("ILLEGAL_TRANSITION");
        expect(res.errors?.[0]?.message).toContain(`from ${from} to ${to.toLowerCase()}`);
        expect(await statusInDb(conference.id)).toBe(from);
      }
      const next = path.shift();
      if (next) expect((await transition(s, conference.id, next)).errors).toBeUndefined();
    }
  });

  it("cancels from draft or invited, and a cancelled conference is final", async () => {
    const fromDraft = await buildConference(s);
    expect((await transition(s, fromDraft.id, "CANCELLED")).data?.transitionConference.status).toBe("CANCELLED");
    const fromInvited = await buildReadyConference(s);
    await transition(s, fromInvited.id, "INVITED");
    expect((await transition(s, fromInvited.id, "CANCELLED")).data?.transitionConference.status).toBe("CANCELLED");
    const res = await transition(s, fromInvited.id, "INVITED");
    expect(res.errors?.[0]?.extensions?.code).toBe("ILLEGAL_TRANSITION");
    expect(await statusInDb(fromInvited.id)).toBe("cancelled");
  });

  it("keeps a conference in draft until it has a time, a facilitator and participants", async () => {
    const conference = await buildConference(s, { scheduledStart: null });
    const res = await transition(s, conference.id, "INVITED");
    expect(res.errors?.[0]?.extensions?.code).toBe("CONFERENCE_NOT_READY");
    expect(res.errors?.[0]?.extensions?.problems).toEqual(["time_missing", "facilitator_missing", "no_participants"]);
    expect(res.errors?.[0]?.message).toBe(
      "Before invitations go out the conference needs a scheduled time, a facilitator, at least one participant.",
    );
    expect(await statusInDb(conference.id)).toBe("draft");

    await addParticipant(s, conference.id, "PROFESSIONAL");
    const stillNoFacilitator = await transition(s, conference.id, "INVITED");
    expect(stillNoFacilitator.errors?.[0]?.extensions?.problems).toEqual(["time_missing", "facilitator_missing"]);
    expect(await statusInDb(conference.id)).toBe("draft");
  });

  it("rejects invalid input with field errors and writes nothing", async () => {
    const kase = await buildCase(s);
    const before = await s.db.dataSource.getRepository(Conference).countBy({ caseId: kase.id });
    const res = await s.request(`mutation ($input: ConferenceInput!) { createConference(input: $input) { id } }`, {
      input: {
        caseId: kase.id,
        purpose: "   ",
        plannedDurationMinutes: 5,
        onlineLink: "not a link",
      },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const fields = res.errors?.[0]?.extensions?.fields?.map((f) => [f.path, f.code]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ["input.purpose", "REQUIRED"],
        ["input.plannedDurationMinutes", "OUT_OF_RANGE"],
        ["input.onlineLink", "INVALID_URL"],
      ]),
    );
    expect(await s.db.dataSource.getRepository(Conference).countBy({ caseId: kase.id })).toBe(before);
  });

  it("reports an unknown or malformed conference id as not found", async () => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const res = await s.request(CONFERENCE, { id });
      expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
  });
});
