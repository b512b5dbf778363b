import { randomBytes } from "node:crypto";
import { addTask, minutesFragment, readAgenda, snapshotDocument } from "@roundtable/shared";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
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
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { killServerProcesses, startServerProcess } from "../../test/process.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { openDatabase, type Database } from "../db/data-source.js";
import { readDocument } from "./document-store.js";

const { DATABASE_URL, REDIS_URL } = process.env;

/** Struct clock units per Yjs client over every stored row: a client's clock when stored once. */
async function storedClocks(db: Database, conferenceId: string): Promise<Map<number, number>> {
  const clocks = new Map<number, number>();
  for (const update of (await readDocument(db.dataSource, conferenceId)).updates) {
    for (const struct of Y.decodeUpdate(update).structs) {
      if (!(struct instanceof Y.Item || struct instanceof Y.GC)) continue; // gaps of a merged update
      clocks.set(struct.id.client, (clocks.get(struct.id.client) ?? 0) + struct.length);
    }
  }
  return clocks;
}

const minutesOf = (doc: Y.Doc) => Object.values(snapshotDocument(doc).minutes).join("\n");

/** Live documents an in-process instance holds in memory, from its /metrics. */
async function loadedDocuments(baseUrl: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  return Number(/^roundtable_collab_documents_loaded (\d+)/m.exec(text)?.[1]);
}

/** Two instances on one PostgreSQL database, relaying live documents through Redis. */
describe.skipIf(!DATABASE_URL || !REDIS_URL)("a live document on two server instances with Redis", () => {
  const name = `rt_test_${randomBytes(6).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  const url = new URL(DATABASE_URL ?? "postgres://localhost");
  url.pathname = `/${name}`;
  const dbs: Database[] = [];
  const clients: LiveClient[] = [];
  const sockets: { close(): void }[] = [];
  let one: TestServer;
  let two: TestServer;

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${name}`);
    // One after the other: the first runs the migrations.
    for (let i = 0; i < 2; i++) dbs.push(await openDatabase({ url: url.toString() }));
    const redis = { REDIS_URL: REDIS_URL! };
    // Instance 1 stores only when its last client leaves (or at stop), so its typing stays unstored.
    const lazy = { COLLAB_STORE_DEBOUNCE_MS: "60000", COLLAB_STORE_MAX_DELAY_MS: "120000" };
    const quick = { COLLAB_STORE_DEBOUNCE_MS: "100", COLLAB_STORE_MAX_DELAY_MS: "400" };
    one = await startTestServer(databaseTargets[0]!, { env: { ...redis, ...lazy }, database: dbs[0] });
    two = await startTestServer(databaseTargets[0]!, { env: { ...redis, ...quick }, database: dbs[1] });
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.leave();
    for (const ws of sockets.splice(0)) ws.close();
    await killServerProcesses();
  });
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await Promise.all(dbs.map((db) => db.close()));
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  // Sessions live in the shared database: the cookie signed in on two works everywhere.
  const join = (baseUrl: string, conferenceId: string) => {
    const client = connect(baseUrl, conferenceId, { WebSocket: two.WebSocket });
    clients.push(client);
    return client;
  };
  const typeLine = (client: LiveClient, text: string) => {
    const itemId = readAgenda(client.doc)[0]!.id;
    paragraph(client.doc, minutesFragment(client.doc, itemId)).insert(0, text);
  };

  it("converges edits and presence of clients on both instances; each instance stores only its own clients' updates", async () => {
    const conference = await writableConference(two);
    const [alice, bob] = [join(one.url, conference.id), join(two.url, conference.id)];
    await Promise.all([alice.synced(), bob.synced()]);

    typeLine(alice, "Alice types on instance 1.");
    addTask(bob.doc, { title: "Bob's task from instance 2" });
    alice.provider.awareness.setLocalStateField("user", { name: "Alice" });
    bob.provider.awareness.setLocalStateField("user", { name: "Bob" });

    await eventually(() => {
      expect(snapshotDocument(alice.doc)).toEqual(snapshotDocument(bob.doc));
      expect(minutesOf(bob.doc)).toContain("Alice types on instance 1.");
      expect(snapshotDocument(alice.doc).tasks.map((t) => t.title)).toEqual(["Bob's task from instance 2"]);
      expect(alice.provider.awareness.getStates().get(bob.doc.clientID)).toEqual({ user: { name: "Bob" } });
      expect(bob.provider.awareness.getStates().get(alice.doc.clientID)).toEqual({ user: { name: "Alice" } });
    }, 10_000);
    const expected = snapshotDocument(alice.doc);
    const aliceClock = Y.getState(alice.doc.store, alice.doc.clientID);
    const bobClock = Y.getState(bob.doc.store, bob.doc.clientID);

    // Leaving stores at once, also on the lazy instance 1.
    for (const c of clients.splice(0)) c.leave();
    await eventually(async () => {
      expect(await storedSnapshot(one.db, conference.id)).toEqual(expected);
      const clocks = await storedClocks(one.db, conference.id);
      // Stored exactly once: instance 1 stored Alice's updates, instance 2 Bob's, neither the other's.
      expect(clocks.get(alice.doc.clientID)).toBe(aliceClock);
      expect(clocks.get(bob.doc.clientID)).toBe(bobClock);
    }, 10_000);
  });

  it("shows a client joining instance 2 what was typed on instance 1 before instance 1 stored it", async () => {
    const conference = await writableConference(two);
    const alice = join(one.url, conference.id);
    await alice.synced();
    typeLine(alice, "Typed before any store.");
    // Instance 2 has not loaded the room: the text reaches it only through the hello answer.
    expect(Object.values((await storedSnapshot(two.db, conference.id)).minutes).join("")).not.toContain("Typed");

    const carol = join(two.url, conference.id);
    await carol.synced();
    await eventually(() => expect(minutesOf(carol.doc)).toContain("Typed before any store."), 10_000);
  });

  it("stores on instance 2 what a SIGKILLed instance received but had not stored yet", async () => {
    const conference = await writableConference(two);
    const bob = join(two.url, conference.id);
    await bob.synced();
    const lazy = { COLLAB_STORE_DEBOUNCE_MS: "60000", COLLAB_STORE_MAX_DELAY_MS: "120000" };
    const doomed = await startServerProcess({
      DATABASE_URL: url.toString(),
      REDIS_URL: REDIS_URL!,
      DEMO_DATA: "false",
      ...lazy,
    });
    const alice = join(doomed.url, conference.id);
    await alice.synced();
    typeLine(alice, "Typed just before the crash.");
    await eventually(() => expect(minutesOf(bob.doc)).toContain("Typed just before the crash."), 10_000);
    const stored = async () => Object.values((await storedSnapshot(two.db, conference.id)).minutes).join("\n");
    expect(await stored()).not.toContain("Typed just before the crash.");

    await doomed.stop("SIGKILL");
    // Three missed heartbeats (1 s each by default), then instance 2's store debounce.
    await eventually(async () => expect(await stored()).toContain("Typed just before the crash."), 20_000);
  }, 90_000);

  it("keeps a person's presence theirs across instances: another person on instance 2 can neither change nor clear it", async () => {
    const conference = await writableConference(two);
    const alice = join(one.url, conference.id);
    const bob = join(two.url, conference.id);
    await Promise.all([alice.synced(), bob.synced()]);
    alice.provider.awareness.setLocalStateField("user", { name: "Alice" });
    await eventually(
      () => expect(bob.provider.awareness.getStates().get(alice.doc.clientID)).toEqual({ user: { name: "Alice" } }),
      10_000,
    );

    // A guest (another person) on instance 2 writes Alice's presence, clears it, then sets their own.
    const mallory = await guest(two, conference.id);
    const raw = await rawSocket(`${two.wsUrl}/collab/${conference.id}?token=${mallory.token}`);
    sockets.push(raw.ws);
    raw.ws.send(awarenessFrame(alice.doc.clientID, JSON.stringify({ user: { name: "Mallory" } }), 1000));
    raw.ws.send(awarenessFrame(alice.doc.clientID, "null", 1001));
    raw.ws.send(awarenessFrame(424242, JSON.stringify({ user: { name: "Mallory herself" } })));
    await eventually(
      () => expect(alice.provider.awareness.getStates().get(424242)).toEqual({ user: { name: "Mallory herself" } }),
      10_000,
    );
    expect(alice.provider.awareness.getStates().get(alice.doc.clientID)).toEqual({ user: { name: "Alice" } });
    expect(bob.provider.awareness.getStates().get(alice.doc.clientID)).toEqual({ user: { name: "Alice" } });
  });

  it("removes the presence of a SIGKILLed instance's clients on the other instances once it is taken for dead", async () => {
    const conference = await writableConference(two);
    const bob = join(two.url, conference.id);
    await bob.synced();
    const doomed = await startServerProcess({
      DATABASE_URL: url.toString(),
      REDIS_URL: REDIS_URL!,
      DEMO_DATA: "false",
    });
    const alice = join(doomed.url, conference.id);
    await alice.synced();
    alice.provider.awareness.setLocalStateField("user", { name: "Alice" });
    await eventually(
      () => expect(bob.provider.awareness.getStates().get(alice.doc.clientID)).toEqual({ user: { name: "Alice" } }),
      10_000,
    );

    await doomed.stop("SIGKILL");
    // Three missed heartbeats; y-protocols alone would keep it until its state is 30 s old (15 s at the least).
    await eventually(() => expect(bob.provider.awareness.getStates().has(alice.doc.clientID)).toBe(false), 10_000);
  }, 90_000);

  it("stores what a SIGKILLed instance had not stored even when instance 2 unloaded the room meanwhile", async () => {
    const conference = await writableConference(two);
    const loadedBefore = await loadedDocuments(two.url);
    const bob = join(two.url, conference.id);
    await bob.synced();
    const lazy = { COLLAB_STORE_DEBOUNCE_MS: "60000", COLLAB_STORE_MAX_DELAY_MS: "120000" };
    const doomed = await startServerProcess({
      DATABASE_URL: url.toString(),
      REDIS_URL: REDIS_URL!,
      DEMO_DATA: "false",
      ...lazy,
    });
    const alice = join(doomed.url, conference.id);
    await alice.synced();
    typeLine(alice, "Typed while Bob was there.");
    await eventually(() => expect(minutesOf(bob.doc)).toContain("Typed while Bob was there."), 10_000);
    bob.leave();
    await eventually(async () => expect(await loadedDocuments(two.url)).toBeLessThanOrEqual(loadedBefore), 10_000);

    await doomed.stop("SIGKILL");
    const stored = async () => Object.values((await storedSnapshot(two.db, conference.id)).minutes).join("\n");
    await eventually(async () => expect(await stored()).toContain("Typed while Bob was there."), 20_000);
  }, 90_000);

  it("shows a client on instance 2 an agenda item added through GraphQL on instance 1, stored once", async () => {
    const conference = await writableConference(two);
    const bob = join(two.url, conference.id);
    await bob.synced();
    // Two's session, sent to instance 1: sessions live in the shared database.
    const response = await fetch(`${one.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: two.cookie() ?? "" },
      body: JSON.stringify({
        query: `mutation ($c: ID!) { addAgendaItem(conferenceId: $c, input: { title: "From instance 1", timeboxMinutes: 5 }) { id title } }`,
        variables: { c: conference.id },
      }),
    });
    const body = (await response.json()) as { data?: { addAgendaItem: { id: string } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    await eventually(() => expect(readAgenda(bob.doc).map((i) => i.id)).toContain(body.data?.addAgendaItem.id), 10_000);

    bob.leave();
    const expected = new Map(Y.decodeStateVector(Y.encodeStateVector(bob.doc)));
    await eventually(async () => {
      // Every client's changes stored exactly once: instance 1 stored its change, instance 2 did not again.
      expect(await storedClocks(one.db, conference.id)).toEqual(expected);
      expect((await storedSnapshot(one.db, conference.id)).agenda.map((i) => i.title)).toContain("From instance 1");
    }, 10_000);
  });
});
