import { addTask, readAgenda, readTasks, snapshotDocument } from "@roundtable/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { connect, storedSnapshot, writableConference, type LiveClient } from "../../test/collab-kit.js";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { addParticipant, buildPerson, buildTask, transition } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { appendUpdate, readDocument } from "./document-store.js";

const ADD_ITEM = `mutation ($c: ID!, $t: String!) {
  addAgendaItem(conferenceId: $c, input: { title: $t, timeboxMinutes: 5 }) { id title position }
}`;
const UPDATE_ITEM = `mutation ($id: ID!, $t: String!) { updateAgendaItem(id: $id, input: { title: $t }) { id title } }`;
const MOVE_ITEM = `mutation ($id: ID!, $p: Int!) { moveAgendaItem(id: $id, position: $p) { id title position } }`;
const REMOVE_ITEM = `mutation ($id: ID!) { removeAgendaItem(id: $id) { id title } }`;
const AGENDA = `query ($id: ID!) { conference(id: $id) { agenda { id title position } } }`;
const CREATE_TASK = `mutation ($i: TaskInput!) { createTask(input: $i) { id title ownerParticipant { id } ownerPerson { id } } }`;
const UPDATE_TASK = `mutation ($id: ID!, $i: TaskPatch!) { updateTask(id: $id, input: $i) { id title dueDate } }`;

interface AgendaRow {
  id: string;
  title: string;
  position: number;
}

/** GraphQL changes to content the live document holds go through the document (issue 4). */
describe.each(databaseTargets)("server changes to live documents on $name", (target) => {
  let s: TestServer;
  const clients: LiveClient[] = [];
  beforeEach(async () => {
    s = await startTestServer(target, { env: { COLLAB_STORE_DEBOUNCE_MS: "100", COLLAB_STORE_MAX_DELAY_MS: "400" } });
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.leave();
    await s.stop();
  });
  const join = async (conferenceId: string) => {
    const client = connect(s.url, conferenceId, { WebSocket: s.WebSocket });
    clients.push(client);
    await client.synced();
    return client;
  };
  const agendaRows = async (id: string) =>
    (await s.gql<{ conference: { agenda: AgendaRow[] } }>(AGENDA, { id })).conference.agenda;

  it("puts an agenda item added through GraphQL into the open document: the client sees it, the rows follow", async () => {
    const conference = await writableConference(s);
    const client = await join(conference.id);

    const added = await s.gql<{ addAgendaItem: AgendaRow }>(ADD_ITEM, { c: conference.id, t: "Added from GraphQL" });
    // Returned once stored and projected: the row carries the document's id and position.
    expect(added.addAgendaItem).toMatchObject({ title: "Added from GraphQL", position: 2 });
    await eventually(() =>
      expect(readAgenda(client.doc).map((i) => [i.id, i.title])).toContainEqual([
        added.addAgendaItem.id,
        "Added from GraphQL",
      ]),
    );
    expect((await agendaRows(conference.id)).map((r) => r.title)).toEqual([
      "Welcome and frame",
      "The family's situation",
      "Added from GraphQL",
    ]);

    const id = added.addAgendaItem.id;
    await s.gql(UPDATE_ITEM, { id, t: "Renamed from GraphQL" });
    const moved = await s.gql<{ moveAgendaItem: AgendaRow[] }>(MOVE_ITEM, { id, p: 0 });
    expect(moved.moveAgendaItem.map((r) => r.title)).toEqual([
      "Renamed from GraphQL",
      "Welcome and frame",
      "The family's situation",
    ]);
    await eventually(() =>
      expect(readAgenda(client.doc).map((i) => i.title)).toEqual(moved.moveAgendaItem.map((r) => r.title)),
    );
    const first = moved.moveAgendaItem[1]!.id;
    const removed = await s.gql<{ removeAgendaItem: AgendaRow[] }>(REMOVE_ITEM, { id: first });
    expect(removed.removeAgendaItem.map((r) => r.title)).toEqual(["Renamed from GraphQL", "The family's situation"]);
    await eventually(() =>
      expect(readAgenda(client.doc).map((i) => i.title)).toEqual(["Renamed from GraphQL", "The family's situation"]),
    );
    expect((await storedSnapshot(s.db, conference.id)).agenda.map((i) => i.title)).toEqual([
      "Renamed from GraphQL",
      "The family's situation",
    ]);
  });

  it("loads an unloaded document for a GraphQL change, stores it and unloads it again; the next visit finds it", async () => {
    const conference = await writableConference(s);
    (await join(conference.id)).leave();
    await eventually(async () => expect((await readDocument(s.db.dataSource, conference.id)).updates).not.toEqual([]));

    await s.gql(ADD_ITEM, { c: conference.id, t: "Added while nobody was in the room" });
    expect((await storedSnapshot(s.db, conference.id)).agenda.map((i) => i.title)).toContain(
      "Added while nobody was in the room",
    );
    // Written straight to the database: only a visit that loads the document again sees it, which
    // proves the mutation's room left memory.
    const outside = new Y.Doc();
    for (const u of (await readDocument(s.db.dataSource, conference.id)).updates) Y.applyUpdate(outside, u);
    const vector = Y.encodeStateVector(outside);
    addTask(outside, { title: "Written while unloaded" });
    await appendUpdate(s.db.dataSource, conference.id, Y.encodeStateAsUpdate(outside, vector));

    const again = await join(conference.id);
    expect(readTasks(again.doc).map((t) => t.title)).toEqual(["Written while unloaded"]);
    expect(readAgenda(again.doc).map((i) => i.title)).toEqual([
      "Welcome and frame",
      "The family's situation",
      "Added while nobody was in the room",
    ]);
  });

  it("creates and changes the conference's tasks in its document while it is open, owned by a seat", async () => {
    const conference = await writableConference(s);
    const person = await buildPerson(s);
    const seat = await addParticipant(s, conference.id, "PROFESSIONAL", person.id);
    const planned = await buildTask(s, { caseId: conference.caseId, agreedInId: conference.id, title: "Planned" });
    const client = await join(conference.id);

    const created = await s.gql<{
      createTask: { id: string; ownerParticipant: { id: string }; ownerPerson: { id: string } };
    }>(CREATE_TASK, {
      i: { caseId: conference.caseId, agreedInId: conference.id, title: " Visit ", ownerPersonId: person.id },
    });
    expect(created.createTask).toMatchObject({ ownerParticipant: { id: seat.id }, ownerPerson: { id: person.id } });
    await eventually(() =>
      expect(readTasks(client.doc)).toContainEqual(
        expect.objectContaining({ id: created.createTask.id, title: "Visit", ownerParticipantId: seat.id }),
      ),
    );

    await s.gql(UPDATE_TASK, { id: created.createTask.id, i: { title: "Home visit", dueDate: "2027-02-01" } });
    // Planned through GraphQL before the document existed: the document took it when it was created.
    const renamed = await s.gql<{ updateTask: { title: string } }>(UPDATE_TASK, {
      id: planned.id,
      i: { title: "Planned, renamed" },
    });
    expect(renamed.updateTask.title).toBe("Planned, renamed");
    await eventually(() =>
      expect(readTasks(client.doc).map((t) => [t.title, t.dueDate])).toEqual([
        ["Planned, renamed", null],
        ["Home visit", "2027-02-01"],
      ]),
    );

    const outsider = await buildPerson(s);
    const refused = await s.request(CREATE_TASK, {
      i: { caseId: conference.caseId, agreedInId: conference.id, title: "Nobody's", ownerPersonId: outsider.id },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ path: "input.ownerPersonId", code: "NOT_A_PARTICIPANT" }],
    });
    expect(readTasks(client.doc)).toHaveLength(2);
  });

  it("takes the tasks planned for the conference into its new document, so going live deletes none of them", async () => {
    const conference = await writableConference(s);
    const person = await buildPerson(s);
    const seat = await addParticipant(s, conference.id, "PROFESSIONAL", person.id);
    const planned = await buildTask(s, {
      caseId: conference.caseId,
      agreedInId: conference.id,
      title: "Planned before the meeting",
      ownerPersonId: person.id,
    });
    const client = await join(conference.id);
    expect(readTasks(client.doc)).toEqual([
      expect.objectContaining({ id: planned.id, title: "Planned before the meeting", ownerParticipantId: seat.id }),
    ]);

    expect((await transition(s, conference.id, "LIVE")).errors).toBeUndefined();
    const live = addTask(client.doc, { title: "Agreed live" });
    const ids = async () =>
      (await s.db.dataSource.query<{ id: string }[]>(`SELECT id FROM tasks WHERE "agreedInId" = $1`, [conference.id]))
        .map((r) => r.id)
        .sort();
    await eventually(async () => expect(await ids()).toEqual([planned.id, live].sort()));
  });

  it("sets the status of a task agreed live in the document too, so later projections keep it and its note", async () => {
    const conference = await writableConference(s, "LIVE");
    const client = await join(conference.id);
    const task = addTask(client.doc, { title: "Agreed live" });
    const rows = (sql: string) => s.db.dataSource.query<{ value: string | null }[]>(sql, [task]);
    const status = async () => (await rows(`SELECT status AS value FROM tasks WHERE id = $1`))[0]?.value;
    await eventually(async () => expect(await status()).toBe("open"));

    await s.gql(`mutation ($id: ID!) { setTaskStatus(id: $id, status: IN_PROGRESS, note: "Started at once") { id } }`, {
      id: task,
    });
    await eventually(() => expect(readTasks(client.doc)[0]?.status).toBe("in_progress"));
    // Another change in the meeting: its store projects the whole task list again.
    const other = addTask(client.doc, { title: "Agreed later" });
    await eventually(async () => {
      const found = await s.db.dataSource.query<unknown[]>(`SELECT 1 FROM tasks WHERE id = $1`, [other]);
      expect(found).toHaveLength(1);
    });
    expect(await status()).toBe("in_progress");
    const history = await rows(
      `SELECT note AS value FROM task_status_changes WHERE "taskId" = $1 ORDER BY "changedAt", id`,
    );
    expect(history.map((h) => h.value)).toEqual([null, "Started at once"]);
  });

  it("still refuses agenda changes once the meeting is frozen, and the document stays as it was", async () => {
    const conference = await writableConference(s, "LIVE");
    const client = await join(conference.id);
    const before = snapshotDocument(client.doc);
    expect((await transition(s, conference.id, "SIGNING")).errors).toBeUndefined();
    const refused = await s.request(ADD_ITEM, { c: conference.id, t: "Too late" });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "CONFERENCE_LOCKED", status: "signing" });
    const row = (await agendaRows(conference.id))[0]!;
    expect((await s.request(UPDATE_ITEM, { id: row.id, t: "Too late" })).errors?.[0]?.extensions?.code).toBe(
      "CONFERENCE_LOCKED",
    );
    expect(snapshotDocument(client.doc)).toEqual(before);
  });
});
