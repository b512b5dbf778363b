import { COLLAB_CLOSE_CODES, minutesFragment, minutesText, readAgenda, shouldReconnect } from "@roundtable/shared";
import { createClient, type Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { paragraph, storedSnapshot } from "../../test/collab-kit.js";
import {
  processDatabase,
  seedConference,
  seedStaff,
  signedIn,
  type CookieClient,
  type ProcessDatabase,
} from "../../test/collab-process-kit.js";
import { eventually } from "../../test/eventually.js";
import { killServerProcesses, startServerProcess, type ServerProcess } from "../../test/process.js";
import { startRoundRobinProxy, type RoundRobinProxy } from "../../test/round-robin-proxy.js";

const { DATABASE_URL, REDIS_URL } = process.env;
const missing = [DATABASE_URL ? null : "DATABASE_URL", REDIS_URL ? null : "REDIS_URL"].filter(Boolean);
const title = "two server processes on one PostgreSQL and Redis, behind a round-robin proxy";
// The default reporter names no skipped suite: say why here, once (CI sets both).
if (missing.length > 0) console.warn(`two-instances.test.ts skipped: set ${missing.join(" and ")} to run it`);

/** A stock y-websocket client as the web client configures it (useLiveDocument.ts), through the proxy. */
function liveClient(proxyUrl: string, conferenceId: string, api: CookieClient) {
  const doc = new Y.Doc();
  const closes: number[] = [];
  const provider = new WebsocketProvider(`${proxyUrl.replace(/^http/, "ws")}/collab`, conferenceId, doc, {
    // Cast: the provider is typed for the browser's WebSocket, which ws implements for it.
    WebSocketPolyfill: api.WebSocket as unknown as typeof globalThis.WebSocket,
    shouldReconnect: (event) => shouldReconnect(event.code),
    disableBc: true,
    maxBackoffTime: 500,
  });
  provider.on("connection-close", (event) => {
    if (event) closes.push(event.code);
  });
  return { doc, provider, closes };
}
type LiveClient = ReturnType<typeof liveClient>;

/** Someone typing into their own paragraph of the first item's minutes, a word every 10 ms. */
function typist(client: LiveClient, name: string) {
  const itemId = readAgenda(client.doc)[0]!.id;
  const text = paragraph(client.doc, minutesFragment(client.doc, itemId));
  let words = 0;
  const timer = setInterval(() => text.insert(text.length, `${name}${words++} `), 10);
  return { itemId, text: () => text.toString(), words: () => words, stop: () => clearInterval(timer) };
}

const lines = (doc: Y.Doc, itemId: string) => minutesText(minutesFragment(doc, itemId)).split("\n");

/** One figure of an instance's /metrics, asked of the instance itself, not through the proxy. */
async function figure(server: ServerProcess, sample: string): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith(`${sample} `));
  return line ? Number(line.slice(sample.length + 1)) : 0;
}
const collabSockets = (s: ServerProcess) => figure(s, `roundtable_websocket_connections{endpoint="collab"}`);
const graphqlSockets = (s: ServerProcess) => figure(s, `roundtable_websocket_connections{endpoint="graphql"}`);

/**
 * SIGTERM, then, once the instance drains (its health check says 503 so a proxy would stop
 * routing there, while it still serves what is open), a second signal to end the drain.
 */
async function stopGracefully(server: ServerProcess, whileDraining: () => void = () => {}): Promise<number | null> {
  const exited = server.stop("SIGTERM");
  await eventually(async () => expect((await fetch(`${server.url}/healthz`)).status).toBe(503), 20_000);
  whileDraining();
  void server.stop("SIGTERM");
  return exited;
}

describe.skipIf(missing.length > 0)(
  missing.length > 0 ? `${title} (skipped: set ${missing.join(" and ")})` : title,
  () => {
    let database: ProcessDatabase;
    let servers: ServerProcess[];
    let proxy: RoundRobinProxy;
    let email: string;
    const env = () => ({
      ...database.env,
      REDIS_URL: REDIS_URL!,
      DEMO_DATA: "false",
      COLLAB_STORE_DEBOUNCE_MS: "100",
      COLLAB_STORE_MAX_DELAY_MS: "300",
      // Stopping drains until a second signal, so the test sees the draining instance (main.ts).
      SHUTDOWN_DRAIN_MS: "600000",
    });

    beforeAll(async () => {
      database = await processDatabase("postgres");
      // Opening the database here runs the migrations, so the two processes start on a migrated one.
      email = await seedStaff(database);
      // Generous: on a busy two-core machine a start has taken over a minute.
      servers = await Promise.all([startServerProcess(env(), 240_000), startServerProcess(env(), 240_000)]);
      proxy = await startRoundRobinProxy(servers.map((s) => s.url));
    }, 300_000);
    afterAll(async () => {
      await proxy?.close();
      await killServerProcesses();
      await database?.remove();
    });

    it("co-edits across instances, and a SIGTERM moves its clients to the other one without losing a keystroke", async () => {
      const api = await signedIn(proxy.url, email);
      const conferenceId = await seedConference(api);
      const clients: LiveClient[] = [];
      const subscriptions: Client[] = [];
      const typists: ReturnType<typeof typist>[] = [];
      try {
        // Each new connection goes to the next instance: Alice and Bob land on different ones.
        const join = async () => {
          const client = liveClient(proxy.url, conferenceId, api);
          clients.push(client);
          await eventually(() => expect(client.provider.synced).toBe(true), 15_000);
          return { client, on: proxy.routed.at(-1)! };
        };
        const alice = await join();
        const bob = await join();
        expect(alice.on).not.toBe(bob.on);
        for (const server of servers) await eventually(async () => expect(await collabSockets(server)).toBe(1));

        // A stock graphql-ws client through the proxy; the conference is changed on the other instance.
        const purposes: string[] = [];
        // Configured as the web client configures it (client/src/graphql/client.ts).
        const ws = createClient({
          url: `${proxy.url.replace(/^http/, "ws")}/graphql`,
          webSocketImpl: api.WebSocket,
          retryAttempts: Number.POSITIVE_INFINITY,
          shouldRetry: () => true,
        });
        subscriptions.push(ws);
        let connections = 0;
        ws.on("connected", () => (connections += 1));
        ws.subscribe<{ conferenceChanged: { purpose: string } }>(
          {
            query: `subscription ($id: ID!) { conferenceChanged(id: $id) { purpose } }`,
            variables: { id: conferenceId },
          },
          {
            next: (r) => r.data && purposes.push(r.data.conferenceChanged.purpose),
            error: () => {},
            complete: () => {},
          },
        );
        await eventually(() => expect(connections).toBe(1), 15_000);
        const wsOn = proxy.routed.at(-1)!;
        await eventually(async () => expect(await graphqlSockets(servers[wsOn]!)).toBe(1));
        const other = 1 - wsOn;
        const direct = await Promise.all(servers.map((s) => signedIn(s.url, email)));
        /** Changes the purpose through this instance until the subscriber sees one of the changes. */
        const seenAfterChangeOn = async (instance: number, label: string) => {
          const sent: string[] = [];
          await eventually(
            async () => {
              const purpose = `${label} ${sent.length}`;
              sent.push(purpose);
              await direct[instance]!.gql(
                `mutation ($id: ID!, $i: ConferencePatch!) { updateConference(id: $id, input: $i) { id } }`,
                { id: conferenceId, i: { purpose } },
              );
              // The subscription (and the Redis subscribe behind it) may not be in place yet: send again.
              await eventually(() => expect(purposes.some((p) => sent.includes(p))).toBe(true), 2000);
            },
            30_000,
            0,
          );
        };
        await seenAfterChangeOn(other, "Changed on the other instance");

        // Both type; the instance holding the subscription socket gets SIGTERM mid-typing.
        typists.push(typist(alice.client, "a"), typist(bob.client, "b"));
        await eventually(() => expect(Math.min(...typists.map((t) => t.words()))).toBeGreaterThan(30));
        const victim = alice.on === wsOn ? alice.client : bob.client;
        const beforeStop = typists.map((t) => t.text());
        const exited = stopGracefully(servers[wsOn]!, () => expect(victim.provider.wsconnected).toBe(true));
        await eventually(() => expect(victim.closes).toContain(COLLAB_CLOSE_CODES.serverRestarting), 15_000);
        const typedAtStop = typists.map((t) => t.words());
        expect(await exited).toBe(0);

        // The provider reconnects through the proxy by itself; the stopped instance refuses, the other takes it.
        await eventually(() => expect(victim.provider.wsconnected && victim.provider.synced).toBe(true), 20_000);
        await eventually(async () => expect(await collabSockets(servers[other]!)).toBe(2));
        await eventually(() => typists.forEach((t, i) => expect(t.words()).toBeGreaterThan(typedAtStop[i]! + 20)));
        const afterMove = typists.map((t) => t.text());
        // graphql-ws reconnects and resubscribes by itself too (1012, service restart).
        await eventually(async () => expect(await graphqlSockets(servers[other]!)).toBe(1), 30_000);
        await seenAfterChangeOn(other, "Changed after the restart");
        expect(connections).toBe(2);

        const typedAfterMove = typists.map((t) => t.words());
        await eventually(() => typists.forEach((t, i) => expect(t.words()).toBeGreaterThan(typedAfterMove[i]! + 20)));
        typists.forEach((t) => t.stop());
        const final = typists.map((t) => t.text());
        final.forEach((text, i) => {
          expect(text.startsWith(beforeStop[i]!)).toBe(true);
          expect(text.startsWith(afterMove[i]!)).toBe(true);
        });

        // Every word typed before, during and after the move is on every client…
        await eventually(
          () =>
            clients.forEach((c) => final.forEach((text) => expect(lines(c.doc, typists[0]!.itemId)).toContain(text))),
          15_000,
        );
        for (const c of clients.splice(0)) c.provider.destroy();
        // Gone before the last instance stops, or it would retry into a proxy with no backend.
        await Promise.all(subscriptions.splice(0).map((s) => s.dispose()));
        expect(await stopGracefully(servers[other]!)).toBe(0);

        // …and in PostgreSQL, read back the way the server loads it.
        const db = await database.open();
        try {
          const stored = (await storedSnapshot(db, conferenceId)).minutes[typists[0]!.itemId]?.split("\n") ?? [];
          final.forEach((text) => expect(stored).toContain(text));
        } finally {
          await db.close();
        }
      } finally {
        typists.forEach((t) => t.stop());
        for (const c of clients) c.provider.destroy();
        await Promise.all(subscriptions.map((s) => s.dispose()));
      }
    }, 180_000);
  },
);
