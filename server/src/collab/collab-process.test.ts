import { COLLAB_CLOSE_CODES, minutesFragment, minutesText, readAgenda } from "@roundtable/shared";
import { afterEach, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { killServerProcesses, startServerProcess } from "../../test/process.js";
import {
  processDatabase,
  seedConference,
  seedStaff,
  signedIn,
  type ProcessDatabase,
} from "../../test/collab-process-kit.js";
import { connect, paragraph, storedSnapshot, type LiveClient } from "../../test/collab-kit.js";

/** Someone typing into their own paragraph of the first item's minutes, a word every 10 ms. */
function typist(client: LiveClient, name: string) {
  const itemId = readAgenda(client.doc)[0]!.id;
  const text: Y.XmlText = paragraph(client.doc, minutesFragment(client.doc, itemId));
  let words = 0;
  const timer = setInterval(() => text.insert(text.length, `${name}${words++} `), 10);
  return { itemId, text: () => text.toString(), words: () => words, stop: () => clearInterval(timer) };
}

const SERVER_ENV = {
  DEMO_DATA: "false",
  COLLAB_STORE_DEBOUNCE_MS: "100",
  COLLAB_STORE_MAX_DELAY_MS: "300",
};

describe.each(databaseTargets)("a live document across server processes on $name", (target) => {
  let database: ProcessDatabase;
  const clients: LiveClient[] = [];
  const stops: (() => void)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0)) stop();
    for (const c of clients.splice(0)) c.leave();
    await killServerProcesses();
    await database.remove();
  });

  async function setUp() {
    database = await processDatabase(target.name);
    const email = await seedStaff(database);
    const server = await startServerProcess({ ...database.env, ...SERVER_ENV });
    const api = await signedIn(server.url, email);
    const conferenceId = await seedConference(api);
    const join = () => {
      const client = connect(server.url, conferenceId, { WebSocket: api.WebSocket });
      clients.push(client);
      return client;
    };
    return { server, conferenceId, join };
  }

  it("loses nothing typed before a SIGKILL: clients reconnect to a new process and resend", async () => {
    const { server, conferenceId, join } = await setUp();
    const [alice, bob] = [join(), join()];
    await Promise.all([alice.synced(), bob.synced()]);
    const typists = [typist(alice, "a"), typist(bob, "b")];
    stops.push(...typists.map((t) => t.stop));
    await eventually(() => expect(Math.min(...typists.map((t) => t.words()))).toBeGreaterThan(30));

    await server.stop("SIGKILL");
    const beforeKill = typists.map((t) => t.text());
    await eventually(() => expect(alice.provider.wsconnected || bob.provider.wsconnected).toBe(false));
    const typedAtKill = typists.map((t) => t.words());
    // Typing goes on during the outage; the provider keeps it in the local document.
    await eventually(() => typists.forEach((t, i) => expect(t.words()).toBeGreaterThan(typedAtKill[i]! + 20)));
    const duringOutage = typists.map((t) => t.text());

    const port = new URL(server.url).port;
    const next = await startServerProcess({ ...database.env, ...SERVER_ENV, PORT: port });
    await eventually(() => expect(alice.provider.synced && bob.provider.synced).toBe(true), 20_000);
    typists.forEach((t) => t.stop());
    const final = typists.map((t) => t.text());

    // Everything is on the new server before it stops (a fresh client sees every word)…
    const check = join();
    await check.synced();
    const itemId = typists[0]!.itemId;
    await eventually(() => final.forEach((text) => expect(readLines(check.doc, itemId)).toContain(text)));
    for (const c of clients.splice(0)) c.leave();
    expect(await next.stop("SIGTERM")).toBe(0);

    // …and in the database afterwards.
    const db = await database.open();
    try {
      const lines = (await storedSnapshot(db, conferenceId)).minutes[itemId]?.split("\n") ?? [];
      final.forEach((text, i) => {
        expect(lines).toContain(text);
        expect(text.startsWith(beforeKill[i]!)).toBe(true);
        expect(text.startsWith(duringOutage[i]!)).toBe(true);
      });
    } finally {
      await db.close();
    }
  }, 120_000);

  it("stores on SIGTERM every update the server received before the signal", async () => {
    const { server, conferenceId, join } = await setUp();
    const [alice, bob, observer] = [join(), join(), join()];
    await Promise.all([alice.synced(), bob.synced(), observer.synced()]);
    const typists = [typist(alice, "a"), typist(bob, "b")];
    stops.push(...typists.map((t) => t.stop));
    await eventually(() => expect(Math.min(...typists.map((t) => t.words()))).toBeGreaterThan(30));

    expect(await server.stop("SIGTERM")).toBe(0);
    typists.forEach((t) => t.stop());
    expect(observer.closes[0]).toBe(COLLAB_CLOSE_CODES.serverRestarting);
    // The server relays every update it applies at once, so the observer saw all it received.
    const itemId = typists[0]!.itemId;
    const received = readLines(observer.doc, itemId);
    for (const c of clients.splice(0)) c.leave();

    const db = await database.open();
    try {
      const stored = (await storedSnapshot(db, conferenceId)).minutes[itemId]?.split("\n") ?? [];
      expect(received.filter((line) => line.length > 0)).toHaveLength(2);
      expect(stored).toEqual(received);
    } finally {
      await db.close();
    }
  }, 120_000);
});

function readLines(doc: Y.Doc, itemId: string): string[] {
  return minutesText(minutesFragment(doc, itemId)).split("\n");
}
