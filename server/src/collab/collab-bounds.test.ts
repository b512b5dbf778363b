import { COLLAB_CLOSE_CODES, addTask, readTasks } from "@roundtable/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { connect, rawSocket, writableConference, type LiveClient } from "../../test/collab-kit.js";

const MAX_MESSAGE = 4096;

/** An update that decodes fine but is larger than the message bound. */
function oversizedUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getText("t").insert(0, "x".repeat(MAX_MESSAGE));
  const update = Y.encodeStateAsUpdate(doc);
  return Uint8Array.from([0, 2, ...varUint(update.length), ...update]);
}

function varUint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return out;
}

const CASES: { what: string; frame: () => Uint8Array | string; code: number }[] = [
  { what: "a length beyond the end", frame: () => Uint8Array.from([0, 2, 200, 1, 2]), code: 4400 },
  { what: "bytes that are no Yjs update", frame: () => Uint8Array.from([0, 2, 4, 255, 255, 255, 255]), code: 4400 },
  { what: "trailing bytes after a message", frame: () => Uint8Array.from([3, 0]), code: 4400 },
  { what: "a text frame", frame: () => "hello", code: 4400 },
  { what: "an unknown message type", frame: () => Uint8Array.from([7]), code: 4415 },
  { what: "an unknown sync message", frame: () => Uint8Array.from([0, 9, 0]), code: 4415 },
  { what: "a message over the size limit", frame: oversizedUpdate, code: 4413 },
];

describe.each(databaseTargets)("bounds of a live-document connection on $name", (target) => {
  let s: TestServer;
  let conferenceId: string;
  let bystander: LiveClient;
  const others: LiveClient[] = [];
  beforeAll(async () => {
    s = await startTestServer(target, {
      env: {
        COLLAB_MAX_MESSAGE_BYTES: String(MAX_MESSAGE),
        COLLAB_MAX_MESSAGES_PER_SECOND: "60",
        COLLAB_MAX_DOCUMENT_BYTES: String(24 * 1024),
        COLLAB_STORE_DEBOUNCE_MS: "50",
      },
    });
    conferenceId = (await writableConference(s)).id;
    // Connected through every test: whatever one connection does, this one keeps working.
    bystander = connect(s.url, conferenceId, { WebSocket: s.WebSocket });
    await bystander.synced();
  });
  afterAll(async () => {
    bystander.leave();
    for (const c of others) c.leave();
    await s.stop();
  });

  /** The bystander's new task reaches a client that joins now: the server still syncs. */
  async function stillSyncs(title: string): Promise<void> {
    addTask(bystander.doc, { title });
    const late = connect(s.url, conferenceId, { WebSocket: s.WebSocket });
    others.push(late);
    await late.synced();
    await eventually(() => expect(readTasks(late.doc).map((t) => t.title)).toContain(title));
    late.leave();
    expect(bystander.closes).toEqual([]);
  }

  it.each(CASES)("closes a connection that sends $what with $code", async ({ frame, code, what }) => {
    const { ws, closed } = await rawSocket(`${s.wsUrl}/collab/${conferenceId}`, s.WebSocket);
    ws.send(frame());
    expect(await closed).toBe(code);
    await stillSyncs(`after ${what}`);
  });

  it("closes a connection that sends too many messages per second with 4429", async () => {
    const { ws, closed } = await rawSocket(`${s.wsUrl}/collab/${conferenceId}`, s.WebSocket);
    for (let i = 0; i < 100; i++) ws.send(Uint8Array.from([3]));
    expect(await closed).toBe(COLLAB_CLOSE_CODES.rateLimited);
    await stillSyncs("after a flood");
  });

  it("closes the connection whose update would grow the document past its bound with 4507", async () => {
    const writer = connect(s.url, conferenceId, { WebSocket: s.WebSocket });
    others.push(writer);
    await writer.synced();
    const text = writer.doc.getText("bulk");
    await eventually(() => {
      // 3 KiB per message, under the message bound: only the document bound can stop it.
      if (writer.closes.length === 0) text.insert(text.length, "y".repeat(3000));
      // The stock provider reconnects after 4507 (only 44xx stop it) and is refused again.
      expect(writer.closes[0]).toBe(COLLAB_CLOSE_CODES.documentTooLarge);
    }, 10_000);
    writer.leave();
    await stillSyncs("after the document filled up");
  });
});
