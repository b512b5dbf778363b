import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { transition } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import {
  CLOSE_UNSIGNED,
  REOPEN,
  liveMeeting,
  minutesOf,
  sign,
  signInRoom,
  type SignatureView,
} from "../../test/signoff-kit.js";
import { canonicalJson, minutesHash } from "../minutes/render-content.js";
import { MinutesVersion } from "./minutes-version.entity.js";

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const outcomes = (lines: SignatureView[]) => Object.fromEntries(lines.map((l) => [l.name, l.outcome]));

describe.each(databaseTargets)("signing the minutes on $name", (target) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(target);
  });
  afterAll(() => s.stop());

  /** A facilitator and a parent in the room, two professionals remote, a teacher absent, a nurse excused. */
  async function closedMeeting() {
    const meeting = await liveMeeting(
      s,
      {
        facilitator: { role: "FACILITATOR", attendance: "IN_ROOM", fullName: "Tóth Éva" },
        mother: { role: "PARENT", attendance: "IN_ROOM", fullName: "Kovács Anna" },
        visitor: { role: "PROFESSIONAL", attendance: "REMOTE", fullName: "Nagy Ildikó" },
        psychologist: { role: "PROFESSIONAL", attendance: "REMOTE", fullName: "Dr. Fehér Ákos" },
        teacher: { role: "PROFESSIONAL", attendance: "ABSENT", fullName: "Szabó Péter" },
        nurse: { role: "PROFESSIONAL", attendance: "EXCUSED", fullName: "Kiss Júlia" },
      },
      { familyName: "Kovács" },
    );
    expect((await transition(s, meeting.conference.id, "SIGNING")).errors).toBeUndefined();
    const guests = {
      facilitator: await s.guest(meeting.seats.facilitator.token),
      visitor: await s.guest(meeting.seats.visitor.token),
      psychologist: await s.guest(meeting.seats.psychologist.token),
      teacher: await s.guest(meeting.seats.teacher.token),
    };
    return { ...meeting, guests };
  }

  it("renders version 1 at closing, with the attendance sheet of every invitee and a line to sign for each one present", async () => {
    const { conference, seats } = await closedMeeting();
    const minutes = await minutesOf(s, conference.id);
    expect(minutes.status).toBe("SIGNING");
    const v1 = minutes.latestMinutes!;
    expect(v1.number).toBe(1);
    expect(v1.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(v1.pdfPath).toBe(`/conferences/${conference.id}/minutes/1.pdf`);
    expect(v1.content.attendance.map((a) => [a.name, a.attendance])).toEqual([
      ["Tóth Éva", "in_room"],
      ["Dr. Fehér Ákos", "remote"],
      ["Kiss Júlia", "excused"],
      ["Nagy Ildikó", "remote"],
      ["Szabó Péter", "absent"],
      ["Kovács Anna", "in_room"],
    ]);
    expect(v1.signatures.map((l) => [l.name, l.outcome])).toEqual([
      ["Tóth Éva", null],
      ["Dr. Fehér Ákos", null],
      ["Nagy Ildikó", null],
      ["Kovács Anna", null],
    ]);
    expect(v1.signatures.map((l) => l.participantId)).not.toContain(seats.teacher.id);
  });

  it("takes signatures from two guests and one in the room, a dissent, and refuses the absent, a second answer and a guest of another conference", async () => {
    const { conference, seats, guests } = await closedMeeting();
    const v1 = (await minutesOf(s, conference.id)).latestMinutes!;

    expect(code(await sign(guests.visitor, v1.id))).toBeUndefined();
    expect(code(await sign(guests.psychologist, v1.id))).toBeUndefined();
    expect(code(await signInRoom(guests.facilitator, v1.id, seats.mother.id))).toBeUndefined();
    const dissentWithoutNote = await sign(guests.facilitator, v1.id, { answer: "DISSENT" });
    expect(code(dissentWithoutNote)).toBe("BAD_USER_INPUT");
    expect(dissentWithoutNote.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ path: "input.note", code: "REQUIRED" }),
    ]);
    expect(
      code(
        await sign(guests.facilitator, v1.id, {
          answer: "DISSENT",
          note: "The timeline of item 2 is not what we agreed.",
        }),
      ),
    ).toBeUndefined();

    const absent = await sign(guests.teacher, v1.id);
    expect(code(absent)).toBe("NOT_PRESENT");
    expect(absent.errors?.[0]?.message).toContain("Szabó Péter was absent");
    const twice = await sign(guests.visitor, v1.id);
    expect(code(twice)).toBe("ALREADY_ANSWERED");
    expect(twice.errors?.[0]?.message).toBe("Nagy Ildikó already signed version 1 of the minutes.");
    expect(code(await signInRoom(guests.facilitator, v1.id, seats.visitor.id))).toBe("ALREADY_ANSWERED");
    // The teacher's link is for this conference; one of another conference does not even find the version.
    const other = await closedMeeting();
    expect(code(await sign(other.guests.visitor, v1.id))).toBe("NOT_FOUND");
    expect(code(await signInRoom(other.guests.facilitator, v1.id, seats.mother.id))).toBe("NOT_FOUND");
    // A participant who does not run the meeting cannot record others' signatures.
    expect(code(await signInRoom(guests.visitor, v1.id, seats.mother.id))).toBe("NOT_FOUND");
    expect(code(await signInRoom(guests.facilitator, v1.id, other.seats.mother.id))).toBe("BAD_USER_INPUT");

    const minutes = await minutesOf(guests.visitor, conference.id);
    // A dissent is an answer, not a signature: the facilitator decides between amending and closing.
    expect(minutes.status).toBe("SIGNING");
    const lines = minutes.latestMinutes!.signatures;
    expect(outcomes(lines)).toEqual({
      "Tóth Éva": "DISSENT",
      "Dr. Fehér Ákos": "SIGNED",
      "Nagy Ildikó": "SIGNED",
      "Kovács Anna": "SIGNED",
    });
    const inRoom = lines.find((l) => l.name === "Kovács Anna")!;
    expect(inRoom).toMatchObject({ inRoom: true, confirmedBy: "Tóth Éva" });
    expect(lines.find((l) => l.name === "Nagy Ildikó")).toMatchObject({ inRoom: false, confirmedBy: null });
    expect(lines.find((l) => l.name === "Tóth Éva")?.note).toBe("The timeline of item 2 is not what we agreed.");
    expect(Date.parse(inRoom.at!)).toBeGreaterThan(Date.parse(minutes.latestMinutes!.createdAt) - 1);
  });

  it("reopens for amendment: closing again renders version 2, whose lines start empty and old signatures do not count", async () => {
    const { conference, seats, guests } = await closedMeeting();
    const v1 = (await minutesOf(s, conference.id)).latestMinutes!;
    await sign(guests.visitor, v1.id);
    await sign(guests.psychologist, v1.id, { answer: "CORRECTION_REQUESTED", note: "My institution is misspelt." });

    // Only the facilitator or an organiser reopens.
    expect(code(await guests.visitor.request(REOPEN, { c: conference.id }))).toBe("NOT_FOUND");
    const reopened = await guests.facilitator.request<{ reopenMinutes: { status: string } }>(REOPEN, {
      c: conference.id,
    });
    expect(reopened.data?.reopenMinutes.status).toBe("LIVE");
    const stale = await sign(guests.facilitator, v1.id);
    expect(code(stale)).toBe("MINUTES_SUPERSEDED");
    expect(stale.errors?.[0]?.message).toContain("reopened for amendment");

    // The amendment: the psychologist was remote, not in the room… and is now marked in the room.
    await s.gql(`mutation ($id: ID!) { updateParticipant(id: $id, input: { attendance: IN_ROOM }) { id } }`, {
      id: seats.psychologist.id,
    });
    expect((await transition(guests.facilitator, conference.id, "SIGNING")).errors).toBeUndefined();
    const minutes = await minutesOf(s, conference.id);
    const v2 = minutes.latestMinutes!;
    expect(v2.number).toBe(2);
    expect(v2.sha256).not.toBe(v1.sha256);
    expect(v2.signatures.every((l) => l.outcome === null)).toBe(true);
    expect(minutes.minutesVersions.map((v) => [v.number, v.signatures.filter((l) => l.outcome).length])).toEqual([
      [1, 2],
      [2, 0],
    ]);

    const superseded = await sign(guests.facilitator, v1.id);
    expect(code(superseded)).toBe("MINUTES_SUPERSEDED");
    expect(superseded.errors?.[0]?.extensions).toMatchObject({ latestVersionId: v2.id, latestNumber: 2 });
    // The visitor signed version 1; version 2 still needs their signature.
    expect(code(await sign(guests.visitor, v2.id))).toBeUndefined();
    expect(code(await sign(guests.psychologist, v2.id))).toBeUndefined();
    expect(code(await sign(guests.facilitator, v2.id))).toBeUndefined();
    expect((await minutesOf(s, conference.id)).status).toBe("SIGNING");
    expect(code(await signInRoom(guests.facilitator, v2.id, seats.mother.id))).toBeUndefined();

    // The last present participant signed: closed on its own, and the minutes are final.
    const closed = await minutesOf(s, conference.id);
    expect(closed.status).toBe("CLOSED");
    expect(
      closed.minutesVersions[0]?.signatures
        .filter((l) => l.outcome)
        .map((l) => l.outcome)
        .sort(),
    ).toEqual(["CORRECTION_REQUESTED", "SIGNED"]);
    expect(code(await sign(guests.visitor, v2.id))).toBe("CONFERENCE_LOCKED");
    expect(code(await guests.facilitator.request(REOPEN, { c: conference.id }))).toBe("ILLEGAL_TRANSITION");
  });

  it("tells subscribers of a closing once, when its version to sign is stored", async () => {
    // A page that shows the minutes only in signing mounts them on the first event: had that
    // event come before the version, it would show the previous one and miss the next event.
    const { conference } = await closedMeeting();
    const client = createClient({ url: `${s.wsUrl}/graphql`, webSocketImpl: s.WebSocket, lazy: false, keepAlive: 0 });
    const events: { status: string; versions: number[] }[] = [];
    const stop = client.subscribe<{ conferenceChanged: { status: string; minutesVersions: { number: number }[] } }>(
      {
        query: `subscription ($id: ID) { conferenceChanged(id: $id) { status minutesVersions { number } } }`,
        variables: { id: conference.id },
      },
      {
        next: ({ data }) =>
          data &&
          events.push({
            status: data.conferenceChanged.status,
            versions: data.conferenceChanged.minutesVersions.map((v) => v.number),
          }),
        error: () => {},
        complete: () => {},
      },
    );
    // The server registers a subscription asynchronously: close or reopen until it hears, and
    // end reopened with every event so far received (events of one subscription keep their order).
    const toggle = async () =>
      (await minutesOf(s, conference.id)).status === "LIVE"
        ? transition(s, conference.id, "SIGNING")
        : s.request(REOPEN, { c: conference.id });
    await eventually(async () => {
      await toggle();
      expect(events.length).toBeGreaterThan(0);
    });
    if ((await minutesOf(s, conference.id)).status !== "LIVE") await toggle();
    await eventually(() => expect(events.at(-1)?.status).toBe("LIVE"));
    // Closing again renders one more version.
    const versions = Array.from(
      { length: (await minutesOf(s, conference.id)).minutesVersions.length + 1 },
      (_, i) => i + 1,
    );
    events.length = 0;

    expect((await transition(s, conference.id, "SIGNING")).errors).toBeUndefined();
    expect((await s.request(REOPEN, { c: conference.id })).errors).toBeUndefined();
    await eventually(() => expect(events.at(-1)?.status).toBe("LIVE"));
    expect(events).toEqual([
      { status: "SIGNING", versions },
      { status: "LIVE", versions },
    ]);
    stop();
    await client.dispose();
  });

  it("stores each version immutably, and its hash can be recomputed from the stored content", async () => {
    const { conference } = await closedMeeting();
    const repo = s.db.dataSource.getRepository(MinutesVersion);
    const stored = await repo.findOneByOrFail({ conferenceId: conference.id, number: 1 });
    expect(minutesHash(stored.content)).toBe(stored.sha256);
    expect(canonicalJson(stored.content)).toContain('"format":1');
    await expect(
      s.db.dataSource.query(`UPDATE minutes_versions SET sha256 = 'forged' WHERE id = $1`, [stored.id]),
    ).rejects.toThrow(/append-only/);
    await expect(s.db.dataSource.query(`DELETE FROM minutes_versions WHERE id = $1`, [stored.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(s.db.dataSource.query(`TRUNCATE minutes_versions CASCADE`)).rejects.toThrow(/append-only/);
    expect((await repo.findOneByOrFail({ id: stored.id })).sha256).toBe(stored.sha256);
  });

  it("closes with the missing signatures recorded on the version, by the facilitator or an organiser only", async () => {
    const { conference, seats, guests } = await closedMeeting();
    const v1 = (await minutesOf(s, conference.id)).latestMinutes!;
    await sign(guests.visitor, v1.id);
    await sign(guests.psychologist, v1.id, { answer: "DISSENT", note: "I disagree with task 1." });
    expect(code(await guests.visitor.request(CLOSE_UNSIGNED, { c: conference.id }))).toBe("NOT_FOUND");
    const closed = await guests.facilitator.request<{ closeWithMissingSignatures: { status: string } }>(
      CLOSE_UNSIGNED,
      {
        c: conference.id,
      },
    );
    expect(closed.data?.closeWithMissingSignatures.status).toBe("CLOSED");

    const lines = (await minutesOf(s, conference.id)).latestMinutes!.signatures;
    expect(outcomes(lines)).toEqual({
      "Tóth Éva": "MISSING",
      "Dr. Fehér Ákos": "DISSENT",
      "Nagy Ildikó": "SIGNED",
      "Kovács Anna": "MISSING",
    });
    expect(lines.find((l) => l.participantId === seats.mother.id)).toMatchObject({
      confirmedBy: "Tóth Éva",
      at: expect.any(String),
    });
    expect(code(await signInRoom(guests.facilitator, v1.id, seats.mother.id))).toBe("CONFERENCE_LOCKED");
  });

  it("closes on its own when the last present participant signs, and lets a staff participant sign as themselves", async () => {
    const meeting = await liveMeeting(s, {
      facilitator: { role: "FACILITATOR", attendance: "IN_ROOM" },
      worker: { role: "PROFESSIONAL", attendance: "REMOTE" },
      absent: { role: "PARENT", attendance: "ABSENT" },
    });
    const staff = await s.staff({ personId: meeting.seats.worker.personId });
    const team = s; // on the case's team, without a seat
    await transition(s, meeting.conference.id, "SIGNING");
    const v1 = (await minutesOf(s, meeting.conference.id)).latestMinutes!;
    expect(code(await sign(team, v1.id))).toBe("NOT_FOUND");
    expect(code(await sign(staff, v1.id))).toBeUndefined();
    expect((await minutesOf(s, meeting.conference.id)).status).toBe("SIGNING");
    expect(code(await signInRoom(team, v1.id, meeting.seats.facilitator.id))).toBeUndefined();
    const done = await minutesOf(staff, meeting.conference.id);
    expect(done.status).toBe("CLOSED");
    expect(done.latestMinutes!.signatures.map((l) => l.outcome)).toEqual(["SIGNED", "SIGNED"]);
  });

  it("lets a note taker run the meeting but neither reopen the minutes nor close them unsigned, by any route", async () => {
    const meeting = await liveMeeting(s, {
      facilitator: { role: "FACILITATOR", attendance: "IN_ROOM" },
      notes: { role: "NOTE_TAKER", attendance: "IN_ROOM" },
    });
    const noteTaker = await s.guest(meeting.seats.notes.token);
    expect((await transition(noteTaker, meeting.conference.id, "SIGNING")).errors).toBeUndefined();
    for (const to of ["LIVE", "CLOSED"]) {
      expect(code(await transition(noteTaker, meeting.conference.id, to))).toBe("NOT_FOUND");
    }
    expect(code(await noteTaker.request(REOPEN, { c: meeting.conference.id }))).toBe("NOT_FOUND");
    expect(code(await noteTaker.request(CLOSE_UNSIGNED, { c: meeting.conference.id }))).toBe("NOT_FOUND");
    // Recording a signature in the room is running the meeting: the note taker may.
    const v1 = (await minutesOf(noteTaker, meeting.conference.id)).latestMinutes!;
    expect(code(await signInRoom(noteTaker, v1.id, meeting.seats.facilitator.id))).toBeUndefined();
    expect((await minutesOf(s, meeting.conference.id)).status).toBe("SIGNING");
  });

  it("lets a meeting where nobody was marked present be closed only by a person, not by itself", async () => {
    const meeting = await liveMeeting(s, { facilitator: { role: "FACILITATOR", attendance: null } });
    await transition(s, meeting.conference.id, "SIGNING");
    const minutes = await minutesOf(s, meeting.conference.id);
    expect(minutes.status).toBe("SIGNING");
    expect(minutes.latestMinutes!.signatures).toEqual([]);
    const guest = await s.guest(meeting.seats.facilitator.token);
    expect(code(await sign(guest, minutes.latestMinutes!.id))).toBe("NOT_PRESENT");
    expect((await transition(s, meeting.conference.id, "CLOSED")).data?.transitionConference.status).toBe("CLOSED");
  });
});
