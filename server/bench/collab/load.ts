/**
 * A load process: many stock y-websocket providers (the client our app ships), driven over IPC.
 * Separate processes so the clients' own work neither shares the server's event loop nor the
 * writer's timer; a reader notes when each character became visible, the writer when it typed it.
 */
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { now, type Command, type Reply, type RoomReport } from "./messages.js";

interface Client {
  room: string;
  writer: boolean;
  doc: Y.Doc;
  text: Y.Text;
  provider: WebsocketProvider;
  sent: number[];
  seen: (number | null)[];
  updateBytes: number;
  updates: number;
}

const clients: Client[] = [];
// Every provider adds a process 'exit' listener in Node; hundreds per process are intended here.
process.setMaxListeners(0);
let connectionErrors = 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function open(serverUrl: string, cookie: string, room: string, writer: boolean, index: number): Promise<number> {
  // The browser sends the session cookie with the upgrade; in Node a ws subclass does.
  const Polyfill = class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  };
  const doc = new Y.Doc();
  // Node 20 has a global BroadcastChannel: without disableBc, clients of one process would
  // exchange updates in memory and bypass the server we are measuring.
  const provider = new WebsocketProvider(serverUrl, room, doc, {
    connect: false,
    disableBc: true,
    WebSocketPolyfill: Polyfill as unknown as typeof globalThis.WebSocket,
  });
  // A presence state like the app's (name, colour): awareness renewals carry it every 15 s.
  provider.awareness.setLocalStateField("user", { name: `Bench ${index}`, color: "#30bced" });
  const client: Client = {
    room,
    writer,
    doc,
    text: doc.getText("bench"),
    provider,
    sent: [],
    seen: [],
    updateBytes: 0,
    updates: 0,
  };
  clients.push(client);
  provider.on("connection-error", () => void connectionErrors++);
  if (writer) {
    doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === provider) return; // only the updates our own keystrokes made
      client.updateBytes += update.length;
      client.updates += 1;
    });
  } else {
    client.text.observe(() => {
      const at = now();
      while (client.seen.length < client.text.length) client.seen.push(at);
    });
  }
  const synced = new Promise<number>((resolve) => {
    const onSync = (state: boolean) => {
      if (!state) return;
      provider.off("sync", onSync);
      resolve(now());
    };
    provider.on("sync", onSync);
  });
  provider.connect();
  return synced;
}

async function type(client: Client, startAt: number, charsPerSecond: number, keystrokes: number): Promise<void> {
  const interval = 1000 / charsPerSecond;
  for (let i = 0; i < keystrokes; i++) {
    // Against the schedule, not the previous keystroke, so timer lateness does not add up.
    const due = startAt + i * interval - now();
    if (due > 0) await sleep(due);
    client.sent.push(now());
    client.text.insert(i, String.fromCharCode(97 + (i % 26)));
  }
}

async function handle(command: Command): Promise<Reply> {
  switch (command.kind) {
    case "connect": {
      const step = command.clients.length > 1 ? command.spreadMs / command.clients.length : 0;
      const start = now();
      const syncs: Promise<number>[] = [];
      for (const [i, spec] of command.clients.entries()) {
        const due = start + i * step - now();
        if (due > 0) await sleep(due);
        syncs.push(open(command.serverUrl, command.cookie, spec.room, spec.writer, i));
      }
      const times = await Promise.all(syncs);
      return { kind: "connected", firstSyncAt: Math.min(...times), lastSyncAt: Math.max(...times), connectionErrors };
    }
    case "type": {
      const writers = clients.filter((c) => c.writer);
      // Writers of different rooms are spread over one interval: people do not type in step.
      const phase = 1000 / command.charsPerSecond / Math.max(writers.length, 1);
      await Promise.all(
        writers.map((c, i) => type(c, command.startAt + i * phase, command.charsPerSecond, command.keystrokes)),
      );
      return { kind: "typed" };
    }
    case "report": {
      const rooms = new Map<string, RoomReport>();
      for (const c of clients) {
        const report = rooms.get(c.room) ?? { room: c.room, seen: [] };
        rooms.set(c.room, report);
        if (c.writer) Object.assign(report, { sent: c.sent, updateBytes: c.updateBytes, updates: c.updates });
        else report.seen.push(c.seen);
      }
      return { kind: "report", rooms: [...rooms.values()] };
    }
    case "close":
      for (const c of clients) {
        c.provider.destroy();
        c.doc.destroy();
      }
      return { kind: "closed" };
  }
}

process.on("message", (command: Command) => {
  handle(command).then(
    (reply) => process.send!(reply),
    (err: unknown) => process.send!({ kind: "error", message: String(err) } satisfies Reply),
  );
});
// The benchmark going away (even killed) closes the IPC channel: never outlive it.
process.on("disconnect", () => process.exit(0));
