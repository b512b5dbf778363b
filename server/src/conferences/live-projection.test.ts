import {
  addAgendaItem as addLiveAgendaItem,
  addTask,
  initializeConferenceDocument,
  moveAgendaItem,
  removeTask,
  setAttendance,
  updateTask,
} from "@roundtable/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { databaseTargets } from "../../test/databases.js";
import {
  addAgendaItem,
  addParticipant,
  buildReadyConference,
  issueGuestLink,
  transition,
} from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { createEvents } from "../graphql/pubsub.js";
import { projectLiveDocument } from "./live-projection.js";

const CONFERENCE = `query ($id: ID!) { conference(id: $id) {
  agenda { id title timeboxMinutes }
  agreedTasks { id title dueDate status ownerPerson { id } statusHistory { fromStatus toStatus note } } } }`;

interface View {
  conference: {
    agenda: { id: string; title: string; timeboxMinutes: number }[];
    agreedTasks: {
      id: string;
      title: string;
      dueDate: string | null;
      status: string;
      ownerPerson: { id: string } | null;
      statusHistory: { fromStatus: string | null; toStatus: string; note: string | null }[];
    }[];
  };
}

describe.each(databaseTargets)("the live document's projection on $name", (target) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(target);
  });
  afterAll(() => s.stop());

  /** A conference with a prepared agenda and a guest, and its document as the server creates it. */
  async function meeting() {
    const conference = await buildReadyConference(s);
    const seat = await addParticipant(s, conference.id, "PROFESSIONAL");
    const first = await addAgendaItem(s, conference.id, "What is going well", 15);
    const second = await addAgendaItem(s, conference.id, "What we are worried about", 20);
    const doc = new Y.Doc();
    initializeConferenceDocument(doc, {
      agenda: [
        { id: first.id, title: "What is going well", timeboxMinutes: 15, presenters: "" },
        { id: second.id, title: "What we are worried about", timeboxMinutes: 20, presenters: "" },
      ],
    });
    const project = () => projectLiveDocument(s.db.dataSource, createEvents(), conference.id, doc);
    const view = () => s.gql<View>(CONFERENCE, { id: conference.id });
    return { conference, seat, doc, first, second, project, view };
  }

  it("writes the agenda and the tasks agreed live into the rows GraphQL reads, once", async () => {
    const m = await meeting();
    moveAgendaItem(m.doc, m.second.id, 0);
    const third = addLiveAgendaItem(m.doc, { title: "Next steps", timeboxMinutes: 25 });
    const task = addTask(m.doc, {
      title: "Book the psychologist",
      ownerParticipantId: m.seat.id,
      dueDate: "2027-02-01",
    });

    expect(await m.project()).toEqual({ agendaChanged: true, tasksChanged: 1, attendanceChanged: 0 });
    const { conference } = await m.view();
    expect(conference.agenda.map((a) => a.id)).toEqual([m.second.id, m.first.id, third]);
    expect(conference.agreedTasks).toEqual([
      {
        id: task,
        title: "Book the psychologist",
        dueDate: "2027-02-01",
        status: "OPEN",
        ownerPerson: { id: m.seat.personId },
        statusHistory: [{ fromStatus: null, toStatus: "OPEN", note: null }],
      },
    ]);
    expect(await m.project()).toEqual({ agendaChanged: false, tasksChanged: 0, attendanceChanged: 0 });
  });

  it("puts the task in its owner's own list, and records status changes made in the meeting", async () => {
    const m = await meeting();
    const task = addTask(m.doc, { title: "Call the school weekly", ownerParticipantId: m.seat.id });
    await m.project();
    const guest = await s.guest((await issueGuestLink(s, m.seat.id)).token);
    const mine = await guest.gql<{ tasks: { nodes: { id: string }[] } }>(`{ tasks { nodes { id } } }`);
    expect(mine.tasks.nodes).toEqual([{ id: task }]);

    updateTask(m.doc, task, { status: "in_progress" });
    expect(await m.project()).toEqual({ agendaChanged: false, tasksChanged: 1, attendanceChanged: 0 });
    const [row] = (await m.view()).conference.agreedTasks;
    expect(row?.statusHistory.at(-1)).toEqual({ fromStatus: "OPEN", toStatus: "IN_PROGRESS", note: "in the meeting" });
  });

  it("records the attendance marked live, and leaves unmarked participants as they were", async () => {
    const m = await meeting();
    const excused = await addParticipant(s, m.conference.id, "PROFESSIONAL");
    await s.gql(`mutation ($id: ID!) { updateParticipant(id: $id, input: { attendance: EXCUSED }) { id } }`, {
      id: excused.id,
    });
    setAttendance(m.doc, m.seat.id, "remote");
    expect(await m.project()).toEqual({ agendaChanged: false, tasksChanged: 0, attendanceChanged: 1 });
    const seats = await s.gql<{ conference: { participants: { id: string; attendance: string | null }[] } }>(
      `query ($id: ID!) { conference(id: $id) { participants { id attendance } } }`,
      { id: m.conference.id },
    );
    const attendance = Object.fromEntries(seats.conference.participants.map((p) => [p.id, p.attendance]));
    expect(attendance[m.seat.id]).toBe("REMOTE");
    expect(attendance[excused.id]).toBe("EXCUSED");
  });

  it("leaves out an owner who is not a participant of this conference", async () => {
    const m = await meeting();
    const elsewhere = await addParticipant(s, (await buildReadyConference(s)).id, "PROFESSIONAL");
    addTask(m.doc, { title: "Someone else's", ownerParticipantId: elsewhere.id });
    await m.project();
    expect((await m.view()).conference.agreedTasks[0]?.ownerPerson).toBeNull();
  });

  it("deletes a task the meeting deleted only while the conference is live", async () => {
    const m = await meeting();
    const task = addTask(m.doc, { title: "Maybe" });
    await m.project();
    removeTask(m.doc, task);
    await m.project();
    expect((await m.view()).conference.agreedTasks).toHaveLength(1);

    await transition(s, m.conference.id, "INVITED");
    await transition(s, m.conference.id, "LIVE");
    await m.project();
    expect((await m.view()).conference.agreedTasks).toEqual([]);
  });
});
