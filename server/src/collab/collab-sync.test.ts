import { addAgendaItem, addTask, minutesFragment, readAgenda, readTasks, snapshotDocument } from "@roundtable/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { appendUpdate, readDocument } from "./document-store.js";
import {
  awarenessFrame,
  connect,
  guest,
  paragraph,
  rawSocket,
  storedSnapshot,
  writableConference,
  type LiveClient,
} from "../../test/collab-kit.js";

describe.each(databaseTargets)("live documents on $name", (target) => {
  let s: TestServer;
  const clients: LiveClient[] = [];
  beforeEach(async () => {
    // Short store delays keep the test quick; the behaviour is the same as with the defaults.
    s = await startTestServer(target, { env: { COLLAB_STORE_DEBOUNCE_MS: "100", COLLAB_STORE_MAX_DELAY_MS: "400" } });
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.leave();
    await s.stop();
  });
  const join = (conferenceId: string) => {
    const client = connect(s.url, conferenceId, { WebSocket: s.WebSocket });
    clients.push(client);
    return client;
  };

  it("gives a new document its agenda from the conference's agenda rows, stored as the first update", async () => {
    const conference = await writableConference(s);
    const client = join(conference.id);
    await client.synced();
    expect(readAgenda(client.doc).map((i) => i.title)).toEqual(["Welcome and frame", "The family's situation"]);
    expect((await storedSnapshot(s.db, conference.id)).agenda).toEqual(readAgenda(client.doc));
  });

  it("lets five clients edit minutes, agenda and tasks at once; all converge and the database holds the result", async () => {
    const conference = await writableConference(s);
    const five = [1, 2, 3, 4, 5].map(() => join(conference.id));
    await Promise.all(five.map((c) => c.synced()));
    const itemId = readAgenda(five[0]!.doc)[0]!.id;

    const lines = five.map((c) => paragraph(c.doc, minutesFragment(c.doc, itemId)));
    for (let round = 0; round < 5; round++) {
      five.forEach((c, i) => {
        lines[i]!.insert(lines[i]!.length, `client ${i} round ${round}. `);
        addTask(c.doc, { title: `Task ${i}.${round}` });
        if (round === 0) addAgendaItem(c.doc, { title: `Item from client ${i}`, timeboxMinutes: 5 });
      });
    }

    const expected = await eventually(() => {
      const snapshots = five.map((c) => JSON.stringify(snapshotDocument(c.doc)));
      expect(new Set(snapshots).size).toBe(1);
      const snapshot = snapshotDocument(five[0]!.doc);
      expect(snapshot.tasks).toHaveLength(25);
      expect(snapshot.agenda).toHaveLength(7);
      for (let i = 0; i < 5; i++) expect(snapshot.minutes[itemId]).toContain(`client ${i} round 4. `);
      return snapshot;
    }, 10_000);

    for (const c of clients.splice(0)) c.leave();
    await eventually(async () => expect(await storedSnapshot(s.db, conference.id)).toEqual(expected), 10_000);
  });

  it("projects the agenda and the tasks agreed live into GraphQL: the owner finds the task in their own list", async () => {
    const conference = await writableConference(s);
    const owner = await guest(s, conference.id);
    const client = connect(s.url, conference.id, { params: { token: owner.token } });
    clients.push(client);
    await client.synced();
    const task = addTask(client.doc, { title: "Book the psychologist", ownerParticipantId: owner.participantId });
    addAgendaItem(client.doc, { title: "Next steps", timeboxMinutes: 20 });

    const ownerApi = await s.guest(owner.token);
    await eventually(async () => {
      const mine = await ownerApi.gql<{ tasks: { nodes: { id: string; title: string }[] } }>(
        `{ tasks { nodes { id title } } }`,
      );
      expect(mine.tasks.nodes).toEqual([{ id: task, title: "Book the psychologist" }]);
      const rows = await s.gql<{ conference: { agenda: { title: string }[] } }>(
        `query ($id: ID!) { conference(id: $id) { agenda { title } } }`,
        { id: conference.id },
      );
      expect(rows.conference.agenda.map((a) => a.title)).toEqual(readAgenda(client.doc).map((a) => a.title));
    });
  });

  it("sends presence changes in batches: twenty changes at once reach another client in one or two messages", async () => {
    const conference = await writableConference(s);
    const observer = await rawSocket(`${s.wsUrl}/collab/${conference.id}`, s.WebSocket);
    const presence: number[] = [];
    observer.ws.on("message", (data: Buffer) => {
      if (data[0] === 1) presence.push(data.length);
    });
    const speaker = await rawSocket(`${s.wsUrl}/collab/${conference.id}`, s.WebSocket);
    const watcher = join(conference.id);
    await watcher.synced();
    const before = presence.length;
    for (let client = 1; client <= 20; client++) {
      speaker.ws.send(awarenessFrame(900_000 + client, JSON.stringify({ name: `Client ${client}` })));
    }
    await eventually(() => {
      const states = watcher.provider.awareness.getStates();
      for (let client = 1; client <= 20; client++)
        expect(states.get(900_000 + client)).toEqual({ name: `Client ${client}` });
    });
    expect(presence.length - before).toBeLessThanOrEqual(3);
    observer.ws.close();
    speaker.ws.close();
  });

  it("sends a client joining after an edit the document with it, after joiners before were sent the same opening", async () => {
    const conference = await writableConference(s);
    const writer = join(conference.id);
    const early = join(conference.id);
    await Promise.all([writer.synced(), early.synced()]);
    addTask(writer.doc, { title: "Call the school" });
    await eventually(() => expect(readTasks(early.doc).map((t) => t.title)).toEqual(["Call the school"]));

    const late = join(conference.id);
    await late.synced();
    // Sync step 2 alone: the edit's broadcast went out before this client was there.
    expect(readTasks(late.doc).map((t) => t.title)).toEqual(["Call the school"]);
  });

  it("stores and unloads a document when everyone left, and loads it intact on the next visit", async () => {
    const conference = await writableConference(s);
    const first = join(conference.id);
    await first.synced();
    const itemId = readAgenda(first.doc)[0]!.id;
    paragraph(first.doc, minutesFragment(first.doc, itemId)).insert(0, "Agreed: weekly visits.");
    const before = snapshotDocument(first.doc);
    first.leave();
    await eventually(async () => expect(await storedSnapshot(s.db, conference.id)).toEqual(before));

    // An update written straight to the database is only seen by a visit that loads from it,
    // which proves the room left memory instead of being reused.
    const outside = new Y.Doc();
    for (const u of (await readDocument(s.db.dataSource, conference.id)).updates) Y.applyUpdate(outside, u);
    const stateVector = Y.encodeStateVector(outside);
    addTask(outside, { title: "Written while unloaded" });
    await appendUpdate(s.db.dataSource, conference.id, Y.encodeStateAsUpdate(outside, stateVector));

    // The server may not have seen the first client's close yet: visit until a visit loads.
    const after = await eventually(async () => {
      const again = join(conference.id);
      await again.synced();
      const snapshot = snapshotDocument(again.doc);
      again.leave();
      expect(snapshot.tasks.map((t) => t.title)).toEqual(["Written while unloaded"]);
      return snapshot;
    }, 10_000);
    expect(after.minutes[itemId]).toBe("Agreed: weekly visits.");
    expect({ ...after, tasks: [] }).toEqual({ ...before, tasks: [] });
  });
});
