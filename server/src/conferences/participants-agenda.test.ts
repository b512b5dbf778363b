import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import {
  addAgendaItem,
  addParticipant,
  buildCase,
  buildConference,
  buildPerson,
  buildReadyConference,
  transition,
} from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { AgendaItem } from "./agenda-item.entity.js";
import { Conference } from "./conference.entity.js";
import { Participant } from "./participant.entity.js";

const ADD = `mutation ($c: ID!, $i: ParticipantInput!) { addParticipant(conferenceId: $c, input: $i) { id } }`;
const UPDATE_PARTICIPANT = `mutation ($id: ID!, $i: ParticipantPatch!) { updateParticipant(id: $id, input: $i) { id } }`;
const REMOVE = `mutation ($id: ID!) { removeParticipant(id: $id) }`;
const ACK = `mutation ($id: ID!) { acknowledgeConfidentiality(participantId: $id) { confidentialityAcknowledgedAt } }`;
const UPDATE_CONFERENCE = `mutation ($id: ID!, $i: ConferencePatch!) { updateConference(id: $id, input: $i) { id } }`;
const ADD_ITEM = `mutation ($c: ID!, $i: AgendaItemInput!) { addAgendaItem(conferenceId: $c, input: $i) { id } }`;
const UPDATE_ITEM = `mutation ($id: ID!, $i: AgendaItemPatch!) { updateAgendaItem(id: $id, input: $i) { id } }`;
const MOVE_ITEM = `mutation ($id: ID!, $p: Int!) { moveAgendaItem(id: $id, position: $p) { id } }`;
const REMOVE_ITEM = `mutation ($id: ID!) { removeAgendaItem(id: $id) { id } }`;
const HINTS = `query ($id: ID!) { conference(id: $id) { inviteeHints {
  missing { code professions } professionalCount minimumProfessionals meetsProfessionalMinimum } } }`;

interface Hints {
  missing: { code: string; professions: string[] }[];
  professionalCount: number;
  minimumProfessionals: number;
  meetsProfessionalMinimum: boolean;
}

describe.each(databaseTargets)("preparing a conference on $name", (target) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(target);
  });
  afterAll(() => s.stop());

  const seats = async (conferenceId: string) =>
    (await s.db.dataSource.getRepository(Participant).findBy({ conferenceId })).map((p) => p.id).sort();
  const agendaInDb = async (conferenceId: string) =>
    (await s.db.dataSource.getRepository(AgendaItem).find({ where: { conferenceId }, order: { position: "ASC" } })).map(
      (a) => [a.position, a.title, a.timeboxMinutes],
    );
  const conferenceInDb = async (id: string) => {
    const { status, kind, purpose, place, plannedDurationMinutes, language, scheduledStart } = await s.db.dataSource
      .getRepository(Conference)
      .findOneByOrFail({ id });
    return { status, kind, purpose, place, plannedDurationMinutes, language, scheduledStart };
  };
  const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

  it("refuses the same person twice, an unknown person and a closed conference, adding nobody", async () => {
    const conference = await buildConference(s);
    const person = await buildPerson(s, { fullName: "Éva Tóth" });
    await addParticipant(s, conference.id, "PROFESSIONAL", person.id);
    const before = await seats(conference.id);
    const add = (c: string, personId: string) => s.request(ADD, { c, i: { personId, role: "OBSERVER" } });
    const twice = await add(conference.id, person.id);
    expect(twice.errors?.[0]?.message).toBe("Éva Tóth is already a participant of this conference.");
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: "DUPLICATE",
      fields: [{ path: "input.personId", code: "DUPLICATE" }],
    });
    expect((await add(conference.id, "00000000-0000-4000-8000-000000000009")).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ path: "input.personId", code: "UNKNOWN_PERSON" }],
    });
    expect(await seats(conference.id)).toEqual(before);

    await transition(s, conference.id, "CANCELLED");
    expect(codeOf(await add(conference.id, (await buildPerson(s)).id))).toBe("CONFERENCE_LOCKED");
    expect(await seats(conference.id)).toEqual(before);
  });

  it("lists participants in role order, whatever order they were added in", async () => {
    const conference = await buildConference(s);
    const roles = ["OBSERVER", "CHILD", "PARENT", "PROFESSIONAL", "SUPPORTER", "NOTE_TAKER", "RELATIVE"];
    for (const role of [...roles, "FACILITATOR", "ORGANISER"]) await addParticipant(s, conference.id, role);
    const { conference: c } = await s.gql<{ conference: { participants: { role: string }[] } }>(
      `query ($id: ID!) { conference(id: $id) { participants { role } } }`,
      { id: conference.id },
    );
    expect(c.participants.map((p) => p.role)).toEqual([
      "ORGANISER",
      "FACILITATOR",
      "NOTE_TAKER",
      "PROFESSIONAL",
      "PARENT",
      "CHILD",
      "RELATIVE",
      "SUPPORTER",
      "OBSERVER",
    ]);
  });

  it("records invitation answer, attendance and arrival, refusing to clear the role", async () => {
    const conference = await buildReadyConference(s);
    const parent = await addParticipant(s, conference.id, "PARENT");
    const row = () => s.db.dataSource.getRepository(Participant).findOneByOrFail({ id: parent.id });
    await s.gql(UPDATE_PARTICIPANT, {
      id: parent.id,
      i: { invitationState: "ACCEPTED", attendance: "REMOTE", joinedAt: "2027-01-12T09:05:00.000Z" },
    });
    expect(await row()).toMatchObject({
      role: "parent",
      invitationState: "accepted",
      attendance: "remote",
      joinedAt: new Date("2027-01-12T09:05:00.000Z"),
      leftAt: null,
    });
    await s.gql(UPDATE_PARTICIPANT, { id: parent.id, i: { leftAt: "2027-01-12T11:00:00.000Z" } });
    const recorded = await row();
    expect(recorded).toMatchObject({ attendance: "remote", leftAt: new Date("2027-01-12T11:00:00.000Z") });

    for (const i of [{ role: null }, { invitationState: null, attendance: "ABSENT" }]) {
      const res = await s.request(UPDATE_PARTICIPANT, { id: parent.id, i });
      expect(res.errors?.[0]?.extensions, JSON.stringify(i)).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: [{ path: `input.${Object.keys(i)[0]}`, code: "REQUIRED" }],
      });
    }
    expect(await row()).toEqual(recorded);
  });

  it("keeps the time of the first confidentiality acknowledgement", async () => {
    const conference = await buildConference(s);
    const seat = await addParticipant(s, conference.id, "PARENT");
    const ack = async () =>
      (await s.gql<{ acknowledgeConfidentiality: { confidentialityAcknowledgedAt: string } }>(ACK, { id: seat.id }))
        .acknowledgeConfidentiality.confidentialityAcknowledgedAt;
    const before = Date.now();
    const first = await ack();
    expect(new Date(first).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(new Date(first).getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect(await ack()).toBe(first);
    const row = await s.db.dataSource.getRepository(Participant).findOneByOrFail({ id: seat.id });
    expect(row.confidentialityAcknowledgedAt?.toISOString()).toBe(first);
  });

  it("removes participants while in draft or invited, and refuses once live, removing nobody", async () => {
    const conference = await buildReadyConference(s);
    const inDraft = await addParticipant(s, conference.id, "OBSERVER");
    expect((await s.gql(REMOVE, { id: inDraft.id })).removeParticipant).toBe(true);
    const inInvited = await addParticipant(s, conference.id, "OBSERVER");
    await transition(s, conference.id, "INVITED");
    expect((await s.gql(REMOVE, { id: inInvited.id })).removeParticipant).toBe(true);
    expect(await seats(conference.id)).toHaveLength(2);

    const guest = await addParticipant(s, conference.id, "SUPPORTER");
    await transition(s, conference.id, "LIVE");
    const before = await seats(conference.id);
    const refused = await s.request(REMOVE, { id: guest.id });
    expect(refused.errors?.[0]?.message).toBe("A conference that is live cannot lose participants.");
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "CONFERENCE_LOCKED", status: "live" });
    expect(await seats(conference.id)).toEqual(before);
    expect(before).toContain(guest.id);
    // Someone can still arrive on the day.
    const late = await addParticipant(s, conference.id, "SUPPORTER");
    expect(await seats(conference.id)).toEqual([...before, late.id].sort());
    expect(codeOf(await s.request(REMOVE, { id: "00000000-0000-4000-8000-000000000009" }))).toBe("NOT_FOUND");
  });

  it("lets the organiser change the plan while invited, and locks it once the meeting is live", async () => {
    const conference = await buildReadyConference(s);
    const update = (i: Record<string, unknown>) => s.request(UPDATE_CONFERENCE, { id: conference.id, i });
    for (const i of [{ purpose: null }, { kind: null }, { language: null }, { plannedDurationMinutes: null }]) {
      expect((await update(i)).errors?.[0]?.extensions, JSON.stringify(i)).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: [{ path: `input.${Object.keys(i)[0]}`, code: "REQUIRED" }],
      });
    }
    await transition(s, conference.id, "INVITED");
    expect((await update({ place: "Room 2", plannedDurationMinutes: 120 })).errors).toBeUndefined();
    const planned = await conferenceInDb(conference.id);
    expect(planned).toMatchObject({ status: "invited", place: "Room 2", plannedDurationMinutes: 120 });

    await transition(s, conference.id, "LIVE");
    const refused = await update({ place: "Room 3", purpose: "Something else" });
    expect(refused.errors?.[0]?.message).toBe("A conference that is live cannot be edited.");
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "CONFERENCE_LOCKED", status: "live" });
    expect(await conferenceInDb(conference.id)).toEqual({ ...planned, status: "live" });
  });

  it("keeps agenda positions 0..n-1 through adding, moving (clamped), updating and removing", async () => {
    const conference = await buildConference(s);
    const ids: string[] = [];
    for (const title of ["A", "B", "C", "D"]) ids.push((await addAgendaItem(s, conference.id, title)).id);
    const [a, b, c, d] = ids as [string, string, string, string];
    const titles = async () => (await agendaInDb(conference.id)).map(([position, title]) => [position, title]);
    const move = (id: string, p: number) => s.gql(MOVE_ITEM, { id, p });

    await move(d, 0);
    expect(await titles()).toEqual([
      [0, "D"],
      [1, "A"],
      [2, "B"],
      [3, "C"],
    ]);
    await move(a, 99);
    expect(await titles()).toEqual([
      [0, "D"],
      [1, "B"],
      [2, "C"],
      [3, "A"],
    ]);
    await move(c, -5);
    expect(await titles()).toEqual([
      [0, "C"],
      [1, "D"],
      [2, "B"],
      [3, "A"],
    ]);
    await move(b, 1);
    expect(await titles()).toEqual([
      [0, "C"],
      [1, "B"],
      [2, "D"],
      [3, "A"],
    ]);
    await s.gql(REMOVE_ITEM, { id: b });
    expect(await titles()).toEqual([
      [0, "C"],
      [1, "D"],
      [2, "A"],
    ]);
    await s.gql(UPDATE_ITEM, { id: a, i: { title: " A, renamed ", timeboxMinutes: 25 } });
    await s.gql(UPDATE_ITEM, { id: c, i: { timeboxMinutes: 5 } });
    expect(await agendaInDb(conference.id)).toEqual([
      [0, "C", 5],
      [1, "D", 10],
      [2, "A, renamed", 25],
    ]);
    expect((await addAgendaItem(s, conference.id, "E")).position).toBe(3);

    const before = await agendaInDb(conference.id);
    const tooLong = await s.request(ADD_ITEM, { c: conference.id, i: { title: "F", timeboxMinutes: 600 } });
    expect(tooLong.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ path: "input.timeboxMinutes", code: "OUT_OF_RANGE" }),
    ]);
    for (const i of [{ title: null }, { timeboxMinutes: null }, { title: "  " }]) {
      const res = await s.request(UPDATE_ITEM, { id: d, i });
      expect(res.errors?.[0]?.extensions, JSON.stringify(i)).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: [{ path: `input.${Object.keys(i)[0]}`, code: "REQUIRED" }],
      });
    }
    expect(await agendaInDb(conference.id)).toEqual(before);
  });

  it("refuses every agenda change once the meeting is live, changing nothing", async () => {
    const conference = await buildReadyConference(s);
    const first = await addAgendaItem(s, conference.id, "Opening", 10);
    await addAgendaItem(s, conference.id, "Next steps", 30);
    await transition(s, conference.id, "INVITED");
    await transition(s, conference.id, "LIVE");
    const before = await agendaInDb(conference.id);
    const attempts: [string, Record<string, unknown>][] = [
      [ADD_ITEM, { c: conference.id, i: { title: "Late item", timeboxMinutes: 5 } }],
      [UPDATE_ITEM, { id: first.id, i: { title: "Renamed" } }],
      [MOVE_ITEM, { id: first.id, p: 1 }],
      [REMOVE_ITEM, { id: first.id }],
    ];
    for (const [mutation, variables] of attempts) {
      const res = await s.request(mutation, variables);
      expect(res.errors?.[0]?.extensions, mutation).toMatchObject({ code: "CONFERENCE_LOCKED", status: "live" });
    }
    expect(await agendaInDb(conference.id)).toEqual(before);
  });

  it("hints at the invitees each case flag requires, whatever the flags", async () => {
    const hintsFor = async (flags: string[], professions: string[]) => {
      const conference = await buildConference(s, { caseId: (await buildCase(s, { flags })).id });
      for (const profession of professions) {
        await addParticipant(s, conference.id, "PROFESSIONAL", (await buildPerson(s, { profession })).id);
      }
      const { conference: c } = await s.gql<{ conference: { inviteeHints: Hints } }>(HINTS, { id: conference.id });
      return c.inviteeHints.missing.map((m) => m.code);
    };
    const always = "signalling_advisor_or_case_manager";
    expect(await hintsFor([], [])).toEqual([always]);
    expect(await hintsFor([], ["SIGNALLING_SYSTEM_ADVISOR"])).toEqual([]);
    expect(await hintsFor([], ["CASE_MANAGER"])).toEqual([]);
    expect(await hintsFor(["PREVENTIVE_PROBATION"], ["CASE_MANAGER"])).toEqual(["preventive_probation_officer"]);
    expect(await hintsFor(["PREVENTIVE_PROBATION"], ["CASE_MANAGER", "PROBATION_OFFICER"])).toEqual([
      "preventive_probation_officer",
    ]);
    expect(await hintsFor(["PREVENTIVE_PROBATION"], ["PREVENTIVE_PROBATION_OFFICER"])).toEqual([always]);
    expect(await hintsFor(["JUVENILE_PROBATION"], ["CASE_MANAGER"])).toEqual(["probation_service"]);
    expect(await hintsFor(["JUVENILE_PROBATION"], ["CASE_MANAGER", "PREVENTIVE_PROBATION_OFFICER"])).toEqual([
      "probation_service",
    ]);
    expect(await hintsFor(["JUVENILE_PROBATION"], ["PROBATION_OFFICER"])).toEqual([always]);
    expect(await hintsFor(["CRIME_PREVENTION_RISK_MEDIUM_OR_HIGHER"], [])).toEqual([always, "probation_service"]);
    expect(await hintsFor(["PREVENTIVE_PROBATION", "JUVENILE_PROBATION"], [])).toEqual([
      always,
      "preventive_probation_officer",
      "probation_service",
    ]);
  });

  it("counts professionals against the minimum of three, required for a case conference only", async () => {
    const kase = await buildCase(s, { flags: ["JUVENILE_PROBATION"] });
    const conference = await buildConference(s, { caseId: kase.id });
    const consultation = await buildConference(s, { caseId: kase.id, kind: "CONSULTATION" });
    const hints = async (id: string) =>
      (await s.gql<{ conference: { inviteeHints: Hints } }>(HINTS, { id })).conference.inviteeHints;
    expect(await hints(conference.id)).toEqual({
      missing: [
        { code: "signalling_advisor_or_case_manager", professions: ["SIGNALLING_SYSTEM_ADVISOR", "CASE_MANAGER"] },
        { code: "probation_service", professions: ["PROBATION_OFFICER"] },
      ],
      professionalCount: 0,
      minimumProfessionals: 3,
      meetsProfessionalMinimum: false,
    });
    expect(await hints(consultation.id)).toMatchObject({ professionalCount: 0, meetsProfessionalMinimum: true });

    for (const kind of ["FAMILY", "FAMILY", "PROFESSIONAL", "PROFESSIONAL"]) {
      await addParticipant(s, conference.id, "PARENT", (await buildPerson(s, { kind, profession: null })).id);
    }
    expect(await hints(conference.id)).toMatchObject({ professionalCount: 2, meetsProfessionalMinimum: false });
    await addParticipant(
      s,
      conference.id,
      "PROFESSIONAL",
      (await buildPerson(s, { profession: "PROBATION_OFFICER" })).id,
    );
    expect(await hints(conference.id)).toMatchObject({
      missing: [{ code: "signalling_advisor_or_case_manager" }],
      professionalCount: 3,
      meetsProfessionalMinimum: true,
    });

    // The hints follow the case's flags as they are now.
    await s.gql(`mutation ($id: ID!) { updateCase(id: $id, input: { flags: [PREVENTIVE_PROBATION] }) { id } }`, {
      id: kase.id,
    });
    expect((await hints(conference.id)).missing.map((m) => m.code)).toEqual([
      "signalling_advisor_or_case_manager",
      "preventive_probation_officer",
    ]);
  });
});
