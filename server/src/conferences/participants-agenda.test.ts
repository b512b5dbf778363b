import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import {
  addParticipant,
  buildCase,
  buildConference,
  buildPerson,
  buildReadyConference,
  transition,
} from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { AgendaItem } from "./agenda-item.entity.js";
import { Participant } from "./participant.entity.js";

describe.each(databaseTargets)("preparing a conference on $name", (target) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(target);
  });
  afterAll(() => s.stop());

  const seats = (conferenceId: string) => s.db.dataSource.getRepository(Participant).countBy({ conferenceId });
  const agendaInDb = async (conferenceId: string) =>
    (await s.db.dataSource.getRepository(AgendaItem).find({ where: { conferenceId }, order: { position: "ASC" } })).map(
      (a) => [a.position, a.title],
    );
  const addItem = (conferenceId: string, title: string, timeboxMinutes = 10) =>
    s.request<{ addAgendaItem: { id: string } }>(
      `mutation ($c: ID!, $i: AgendaItemInput!) { addAgendaItem(conferenceId: $c, input: $i) { id } }`,
      { c: conferenceId, i: { title, timeboxMinutes } },
    );

  it("refuses the same person twice and an unknown person, adding nobody", async () => {
    const conference = await buildConference(s);
    const person = await buildPerson(s);
    await addParticipant(s, conference.id, "PROFESSIONAL", person.id);
    const add = (personId: string) =>
      s.request(`mutation ($c: ID!, $i: ParticipantInput!) { addParticipant(conferenceId: $c, input: $i) { id } }`, {
        c: conference.id,
        i: { personId, role: "OBSERVER" },
      });
    expect((await add(person.id)).errors?.[0]?.extensions).toMatchObject({ code: "DUPLICATE" });
    expect((await add("00000000-0000-4000-8000-000000000009")).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ path: "input.personId", code: "UNKNOWN_PERSON" }],
    });
    expect(await seats(conference.id)).toBe(1);
  });

  it("lists participants by role, records attendance, and keeps the first confidentiality acknowledgement", async () => {
    const conference = await buildReadyConference(s);
    const parent = await addParticipant(s, conference.id, "PARENT");
    await addParticipant(s, conference.id, "ORGANISER");
    const roles = await s.gql<{ conference: { participants: { role: string }[] } }>(
      `query ($id: ID!) { conference(id: $id) { participants { role } } }`,
      { id: conference.id },
    );
    expect(roles.conference.participants.map((p) => p.role)).toEqual([
      "ORGANISER",
      "FACILITATOR",
      "PROFESSIONAL",
      "PARENT",
    ]);

    await s.gql(
      `mutation ($id: ID!) { updateParticipant(id: $id, input: { attendance: REMOTE, joinedAt: "2027-01-12T09:05:00.000Z" }) { id } }`,
      {
        id: parent.id,
      },
    );
    const ack = () =>
      s.gql<{ acknowledgeConfidentiality: { confidentialityAcknowledgedAt: string } }>(
        `mutation ($id: ID!) { acknowledgeConfidentiality(participantId: $id) { confidentialityAcknowledgedAt } }`,
        { id: parent.id },
      );
    const first = (await ack()).acknowledgeConfidentiality.confidentialityAcknowledgedAt;
    const second = (await ack()).acknowledgeConfidentiality.confidentialityAcknowledgedAt;
    expect(second).toBe(first);
    const row = await s.db.dataSource.getRepository(Participant).findOneByOrFail({ id: parent.id });
    expect(row).toMatchObject({ attendance: "remote", joinedAt: new Date("2027-01-12T09:05:00.000Z") });
  });

  it("lets the organiser change the plan while invited, and locks it once the meeting is live", async () => {
    const conference = await buildReadyConference(s);
    const guest = await addParticipant(s, conference.id, "OBSERVER");
    await transition(s, conference.id, "INVITED");
    const move = (place: string) =>
      s.request(`mutation ($id: ID!, $p: String) { updateConference(id: $id, input: { place: $p }) { place } }`, {
        id: conference.id,
        p: place,
      });
    expect((await move("Room 2")).errors).toBeUndefined();

    await transition(s, conference.id, "LIVE");
    expect((await move("Room 3")).errors?.[0]?.extensions).toMatchObject({ code: "CONFERENCE_LOCKED", status: "live" });
    const remove = await s.request(`mutation ($id: ID!) { removeParticipant(id: $id) }`, { id: guest.id });
    expect(remove.errors?.[0]?.extensions?.code).toBe("CONFERENCE_LOCKED");
    expect((await addItem(conference.id, "Late item")).errors?.[0]?.extensions?.code).toBe("CONFERENCE_LOCKED");
    expect(await seats(conference.id)).toBe(3);
    expect(await agendaInDb(conference.id)).toEqual([]);
    const place = await s.gql<{ conference: { place: string } }>(`query ($id: ID!) { conference(id: $id) { place } }`, {
      id: conference.id,
    });
    expect(place.conference.place).toBe("Room 2");

    // Someone can still arrive on the day.
    await addParticipant(s, conference.id, "SUPPORTER");
    expect(await seats(conference.id)).toBe(4);
  });

  it("keeps agenda positions contiguous through adding, moving (clamped) and removing", async () => {
    const conference = await buildConference(s);
    const ids: string[] = [];
    for (const title of ["A", "B", "C", "D"]) ids.push((await addItem(conference.id, title)).data!.addAgendaItem.id);
    const moveTo = (id: string, position: number) =>
      s.gql(`mutation ($id: ID!, $p: Int!) { moveAgendaItem(id: $id, position: $p) { id } }`, { id, p: position });
    await moveTo(ids[3]!, 0);
    expect(await agendaInDb(conference.id)).toEqual([
      [0, "D"],
      [1, "A"],
      [2, "B"],
      [3, "C"],
    ]);
    await moveTo(ids[0]!, 99);
    expect(await agendaInDb(conference.id)).toEqual([
      [0, "D"],
      [1, "B"],
      [2, "C"],
      [3, "A"],
    ]);
    await s.gql(`mutation ($id: ID!) { removeAgendaItem(id: $id) { id } }`, { id: ids[1]! });
    expect(await agendaInDb(conference.id)).toEqual([
      [0, "D"],
      [1, "C"],
      [2, "A"],
    ]);
    await s.gql(
      `mutation ($id: ID!) { updateAgendaItem(id: $id, input: { title: "A, renamed", timeboxMinutes: 25 }) { id } }`,
      {
        id: ids[0]!,
      },
    );
    expect(await agendaInDb(conference.id)).toEqual([
      [0, "D"],
      [1, "C"],
      [2, "A, renamed"],
    ]);
    const tooLong = await addItem(conference.id, "E", 600);
    expect(tooLong.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ path: "input.timeboxMinutes", code: "OUT_OF_RANGE" }),
    ]);
    expect(await agendaInDb(conference.id)).toHaveLength(3);
  });

  it("hints at the mandatory invitees of the case's flags and the rule of three professionals", async () => {
    const kase = await buildCase(s, { flags: ["PREVENTIVE_PROBATION", "JUVENILE_PROBATION"] });
    const conference = await buildConference(s, { caseId: kase.id });
    const hints = async () =>
      (
        await s.gql<{
          conference: {
            inviteeHints: { missing: { code: string }[]; professionalCount: number; meetsProfessionalMinimum: boolean };
          };
        }>(
          `query ($id: ID!) { conference(id: $id) { inviteeHints { missing { code } professionalCount meetsProfessionalMinimum } } }`,
          { id: conference.id },
        )
      ).conference.inviteeHints;
    expect(await hints()).toEqual({
      missing: [
        { code: "signalling_advisor_or_case_manager" },
        { code: "preventive_probation_officer" },
        { code: "probation_service" },
      ],
      professionalCount: 0,
      meetsProfessionalMinimum: false,
    });
    for (const profession of ["CASE_MANAGER", "PREVENTIVE_PROBATION_OFFICER", "PROBATION_OFFICER"]) {
      await addParticipant(s, conference.id, "PROFESSIONAL", (await buildPerson(s, { profession })).id);
    }
    await addParticipant(s, conference.id, "PARENT", (await buildPerson(s, { kind: "FAMILY", profession: null })).id);
    expect(await hints()).toEqual({ missing: [], professionalCount: 3, meetsProfessionalMinimum: true });
  });
});
