import { COLLAB_CLOSE_CODES, addTask, readTasks } from "@roundtable/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { AuditEntry } from "../audit/audit-entry.entity.js";
import { eventually } from "../../test/eventually.js";
import { transition } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import {
  awarenessFrame,
  connect,
  guest,
  rawSocket,
  storedSnapshot,
  upgradeStatus,
  writableConference,
  type LiveClient,
} from "../../test/collab-kit.js";

describe.each(databaseTargets)("who may open a live document on $name", (target) => {
  let s: TestServer;
  const clients: LiveClient[] = [];
  beforeEach(async () => {
    s = await startTestServer(target, { env: { COLLAB_STORE_DEBOUNCE_MS: "50", COLLAB_STORE_MAX_DELAY_MS: "200" } });
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.leave();
    await s.stop();
  });
  const join = (conferenceId: string, options: Parameters<typeof connect>[2] = { WebSocket: s.WebSocket }) => {
    const client = connect(s.url, conferenceId, options);
    clients.push(client);
    return client;
  };
  const collabUrl = (conferenceId: string, query = "") => `${s.wsUrl}/collab/${conferenceId}${query}`;

  it("answers an upgrade without credentials with 401", async () => {
    const conference = await writableConference(s);
    expect(await upgradeStatus(collabUrl(conference.id))).toBe(401);
  });

  it("answers an expired guest link with 401 and an unknown one too", async () => {
    const conference = await writableConference(s);
    const { participantId, token } = await guest(s, conference.id);
    expect(await upgradeStatus(collabUrl(conference.id, `?token=${token}`))).toBe(101);
    await s.db.dataSource.query(
      `UPDATE guest_links SET "expiresAt" = now() - interval '1 minute' WHERE "participantId" = $1`,
      [participantId],
    );
    expect(await upgradeStatus(collabUrl(conference.id, `?token=${token}`))).toBe(401);
    expect(await upgradeStatus(collabUrl(conference.id, `?token=${"x".repeat(43)}`))).toBe(401);
  });

  it("rejects a guest of another conference, an unknown conference and a malformed id with 404", async () => {
    const mine = await writableConference(s);
    const other = await writableConference(s);
    const { token } = await guest(s, other.id);
    expect(await upgradeStatus(collabUrl(mine.id, `?token=${token}`))).toBe(404);
    const cookie = { cookie: s.cookie() ?? "" };
    expect(await upgradeStatus(collabUrl("00000000-0000-4000-8000-000000000000"), cookie)).toBe(404);
    expect(await upgradeStatus(collabUrl("not-a-uuid"), cookie)).toBe(404);
    const stranger = await s.staff();
    expect(await upgradeStatus(collabUrl(mine.id), { cookie: stranger.cookie() ?? "" })).toBe(404);
  });

  it("writes every opening, and every refusal, to the audit log", async () => {
    const conference = await writableConference(s);
    const { participantId, token } = await guest(s, conference.id);
    expect(await upgradeStatus(collabUrl(conference.id, `?token=${token}`))).toBe(101);
    expect(await upgradeStatus(collabUrl(conference.id))).toBe(401);
    await eventually(async () => {
      const rows = await s.db.dataSource.getRepository(AuditEntry).find({
        where: { action: "openLiveDocument", recordId: conference.id },
        order: { at: "ASC" },
      });
      expect(rows.map((r) => [r.actorKind, r.participantId, r.outcome, r.detail])).toEqual([
        ["guest", participantId, "ok", null],
        ["anonymous", null, "refused", "401"],
      ]);
    });
  });

  it("keeps one person from setting or clearing another person's presence", async () => {
    const conference = await writableConference(s);
    const a = await guest(s, conference.id);
    const b = await guest(s, conference.id);
    const alice = join(conference.id, { params: { token: a.token } });
    const observer = join(conference.id);
    await Promise.all([alice.synced(), observer.synced()]);
    alice.provider.awareness.setLocalStateField("name", "Alice");
    const aliceId = alice.doc.clientID;
    await eventually(() => expect(observer.provider.awareness.getStates().get(aliceId)).toEqual({ name: "Alice" }));

    // Bob's raw socket speaks for Alice's client id, then for his own.
    const { ws } = await rawSocket(collabUrl(conference.id, `?token=${b.token}`));
    ws.send(awarenessFrame(aliceId, JSON.stringify({ name: "Not Alice" }), 1000));
    ws.send(awarenessFrame(aliceId, "null", 1000));
    ws.send(awarenessFrame(424242, JSON.stringify({ name: "Bob" })));
    await eventually(() => expect(observer.provider.awareness.getStates().get(424242)).toEqual({ name: "Bob" }));
    expect(observer.provider.awareness.getStates().get(aliceId)).toEqual({ name: "Alice" });
    ws.close();
  });

  it("closes a guest's open connection with 4403 when their link is revoked", async () => {
    const conference = await writableConference(s);
    const { participantId, token } = await guest(s, conference.id);
    const client = join(conference.id, { params: { token } });
    await client.synced();
    const bystander = join(conference.id);
    await bystander.synced();
    await s.gql(`mutation ($p: ID!) { revokeGuestLink(participantId: $p) }`, { p: participantId });
    await eventually(() => expect(client.closes).toEqual([COLLAB_CLOSE_CODES.accessRevoked]));
    expect(bystander.closes).toEqual([]);
  });

  it("drops and never stores the edits of an observer", async () => {
    const conference = await writableConference(s);
    const { token } = await guest(s, conference.id, "OBSERVER");
    const writer = join(conference.id);
    const observer = join(conference.id, { params: { token } });
    await Promise.all([writer.synced(), observer.synced()]);
    addTask(observer.doc, { title: "An observer's task" });
    addTask(writer.doc, { title: "The writer's task" });
    await expectDropped(observer, writer, "An observer's task");
    expect(readTasks(writer.doc).map((t) => t.title)).toEqual(["The writer's task"]);
    await eventually(async () =>
      expect((await storedSnapshot(s.db, conference.id)).tasks.map((t) => t.title)).toEqual(["The writer's task"]),
    );
    // The observer still reads what others write.
    await eventually(() => expect(readTasks(observer.doc).map((t) => t.title)).toContain("The writer's task"));
  });

  it("makes open connections read-only when the conference moves to signing", async () => {
    const conference = await writableConference(s, "LIVE");
    const writer = join(conference.id);
    const reader = join(conference.id);
    await Promise.all([writer.synced(), reader.synced()]);
    addTask(writer.doc, { title: "Agreed while live" });
    await eventually(() => expect(readTasks(reader.doc)).toHaveLength(1));
    expect((await transition(s, conference.id, "SIGNING")).errors).toBeUndefined();

    // The status change reaches the room through the conference event; keep writing until it froze.
    let attempt = 0;
    await eventually(async () => {
      const title = `Written after signing began ${++attempt}`;
      addTask(writer.doc, { title });
      await expectDropped(writer, reader, title);
    }, 10_000);
    const frozenTitles = readTasks(reader.doc).map((t) => t.title);
    addTask(writer.doc, { title: "One more after signing" });
    await expectDropped(writer, reader, "One more after signing");
    expect(readTasks(reader.doc).map((t) => t.title)).toEqual(frozenTitles);
    await eventually(async () =>
      expect((await storedSnapshot(s.db, conference.id)).tasks.map((t) => t.title)).toEqual(frozenTitles),
    );
    expect(writer.closes).toEqual([]);
  });
});

let marker = 0;

/**
 * Proves the server handled everything `from` sent so far: an awareness change sent after it
 * reaches `to`. Awareness is allowed to read-only connections, and one socket is handled in
 * order, so by then the server has seen (and, if read-only, dropped) the earlier document edits.
 * Fails unless `to` then lacks the task titled `title`.
 */
async function expectDropped(from: LiveClient, to: LiveClient, title: string): Promise<void> {
  const value = ++marker;
  from.provider.awareness.setLocalStateField("marker", value);
  await eventually(() =>
    expect(to.provider.awareness.getStates().get(from.doc.clientID)).toMatchObject({ marker: value }),
  );
  expect(readTasks(to.doc).map((t) => t.title)).not.toContain(title);
}
