import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import * as Y from "yjs";
import { z } from "zod";
import type { Logger } from "../logger.js";
import { Connection } from "./connection.js";
import type { CollabCore } from "./core.js";
import { personKey, readAwarenessEntries, writeAwarenessEntries } from "./presence-owners.js";
import type { Room } from "./room.js";
import { RELAY_ORIGIN, type ConferenceFacts, type Extension } from "./types.js";

/** The one Redis channel every instance publishes its live-document traffic on. */
export const COLLAB_CHANNEL = "roundtable:collab";

export interface RedisRelayOptions {
  log: Logger;
  /** How often this instance says it is alive; default 1000 ms. Sent along, so peers agree. */
  heartbeatMs?: number;
  /** Heartbeats an instance may miss before its unstored updates are adopted; default 3. */
  missedHeartbeats?: number;
}

const base64 = z.string().transform((s): Uint8Array => new Uint8Array(Buffer.from(s, "base64")));
const aboutRoom = { from: z.string(), conferenceId: z.string() };
/** Parsed once here: everything below works on typed messages. */
const message = z.discriminatedUnion("type", [
  z.object({ from: z.string(), type: z.literal("heartbeat"), intervalMs: z.number().positive() }),
  z.object({ from: z.string(), type: z.literal("bye") }),
  // An update applied on `from`; seq 0: already stored there. `to`: an answer to one hello.
  z.object({
    ...aboutRoom,
    type: z.literal("update"),
    seq: z.number().int().min(0),
    data: base64,
    to: z.string().optional(),
  }),
  // owners: the person (personKey) of each client in data whose socket is on `from`.
  z.object({
    ...aboutRoom,
    type: z.literal("awareness"),
    data: base64,
    to: z.string().optional(),
    owners: z.record(z.string(), z.string()).optional(),
  }),
  // Everything `from` published for this room up to seq is in the database.
  z.object({ ...aboutRoom, type: z.literal("stored"), seq: z.number().int() }),
  // `from` loaded the room; data is its state vector.
  z.object({ ...aboutRoom, type: z.literal("hello"), data: base64 }),
]);
type Message = z.output<typeof message>;
/** A message as we publish it: `from` is added. */
type Outgoing = { [T in Message["type"]]: Omit<Extract<Message, { type: T }>, "from"> }[Message["type"]];

/**
 * Relays live documents between server instances through Redis (ARCHITECTURE.md "Scale-out"), so
 * clients of one room on different instances see each other's edits and presence. Each update is
 * stored by the instance that received it from a client; the others keep it as "pending" until
 * that instance announces it stored, and adopt it as their own if that instance goes silent (a
 * SIGKILL before its debounced store), so no word is lost.
 */
export function redisRelayExtension(url: string, options: RedisRelayOptions): Extension {
  const { log } = options;
  const heartbeatMs = options.heartbeatMs ?? 1000;
  const missed = options.missedHeartbeats ?? 3;
  const id = randomUUID();
  const redis = { maxRetriesPerRequest: null };
  // A subscribed Redis connection can do nothing else, so publishing needs its own.
  const publisher = new Redis(url, redis);
  const subscriber = new Redis(url, redis);
  for (const client of [publisher, subscriber]) {
    client.on("error", (err: Error) => log.warn({ err }, "Redis connection problem; the live-document relay retries"));
  }
  /** Rooms loaded here, from our onLoad (before the core lists them) to afterUnload. */
  const rooms = new Map<string, Room>();
  /** One counter for all rooms, so a room unloaded and loaded again never reuses a number. */
  let seq = 0;
  /** Per room, how far we had published when the running store took its batch. */
  const storing = new Map<Room, number>();
  /** Other instances: when we last heard from them, and their heartbeat interval. */
  const peers = new Map<string, { seenAt: number; intervalMs: number }>();
  /**
   * Per origin instance and room: updates it published and has not announced stored yet. Kept
   * when the room unloads here, so they are still stored if the origin dies before storing.
   */
  const pending = new Map<string, Map<string, { seq: number; update: Uint8Array }[]>>();
  /** The facts of every room that holds pending updates, to load it again for adopting them. */
  const facts = new Map<string, ConferenceFacts>();
  /** Per origin instance and room: the presence clients whose socket is there. */
  const presence = new Map<string, Map<string, Set<number>>>();
  let core: CollabCore | undefined;
  let heartbeat: NodeJS.Timeout | undefined;

  function publish(body: Outgoing): Promise<void> {
    const data = "data" in body ? Buffer.from(body.data).toString("base64") : undefined;
    return publisher
      .publish(COLLAB_CHANNEL, JSON.stringify({ ...body, from: id, data }))
      .then(() => undefined)
      .catch((err: unknown) => log.warn({ err, type: body.type }, "publishing to the live-document relay failed"));
  }

  function pendingOf(origin: string, conferenceId: string) {
    let byRoom = pending.get(origin);
    if (!byRoom) pending.set(origin, (byRoom = new Map()));
    let list = byRoom.get(conferenceId);
    if (!list) byRoom.set(conferenceId, (list = []));
    return list;
  }

  /**
   * The origin is gone without storing: its pending updates become ours to store, in the room
   * loaded again if it unloaded here meanwhile; its clients' presence goes at once.
   */
  function adopt(origin: string): void {
    for (const [conferenceId, list] of pending.get(origin) ?? []) {
      const conference = facts.get(conferenceId);
      if (!core || !conference || list.length === 0) continue;
      log.warn({ conferenceId, origin, updates: list.length }, "an instance went silent; storing its updates here");
      core.adopt(conferenceId, conference, Y.mergeUpdates(list.map((p) => p.update))).catch((err: unknown) => {
        log.error({ err, conferenceId, origin }, "storing a silent instance's updates failed");
      });
    }
    forget(origin);
  }

  function forget(origin: string): void {
    pending.delete(origin);
    peers.delete(origin);
    for (const [conferenceId, clients] of presence.get(origin) ?? []) {
      const room = rooms.get(conferenceId);
      if (!room) continue;
      // Unless a socket here took the client over (the same person reconnected here).
      const gone = [...clients].filter((id) => ![...room.connections].some((c) => c.speaksFor(id)));
      for (const id of gone) room.remoteOwners.delete(id);
      removeAwarenessStates(room.awareness, gone, RELAY_ORIGIN);
    }
    presence.delete(origin);
  }

  function beat(): void {
    void publish({ type: "heartbeat", intervalMs: heartbeatMs });
    const now = Date.now();
    for (const [origin, peer] of peers) if (now - peer.seenAt > peer.intervalMs * missed) adopt(origin);
  }

  function receive(text: string): void {
    let parsed: Message;
    try {
      parsed = message.parse(JSON.parse(text));
    } catch (err) {
      return log.warn({ err }, "ignoring a malformed live-document relay message");
    }
    if (parsed.from === id) return;
    const peer = peers.get(parsed.from);
    const intervalMs = parsed.type === "heartbeat" ? parsed.intervalMs : (peer?.intervalMs ?? heartbeatMs);
    peers.set(parsed.from, { seenAt: Date.now(), intervalMs });
    if (parsed.type === "heartbeat") return;
    if (parsed.type === "bye") return forget(parsed.from);
    // Also for rooms not loaded here: their pending updates are kept (see pending).
    if (parsed.type === "stored") return markStored(parsed.from, parsed.conferenceId, parsed.seq);
    const room = rooms.get(parsed.conferenceId);
    if (!room || ("to" in parsed && parsed.to !== undefined && parsed.to !== id)) return;
    try {
      apply(room, parsed);
    } catch (err) {
      log.warn({ err, room: room.name, type: parsed.type }, "a relayed live-document message could not be applied");
    }
  }

  function markStored(origin: string, conferenceId: string, stored: number): void {
    const byRoom = pending.get(origin);
    const list = byRoom?.get(conferenceId);
    if (!byRoom || !list) return;
    const left = list.filter((p) => p.seq > stored);
    if (left.length > 0) byRoom.set(conferenceId, left);
    else byRoom.delete(conferenceId);
  }

  /**
   * Presence from another instance, held to the rule that holds here: a client whose socket is
   * here changes only by the same person's socket there (a removal names nobody, so it is
   * dropped); the rest is applied and remembered as that instance's, for when it dies.
   */
  function applyAwareness(room: Room, from: string, data: Uint8Array, owners: Record<string, string>): void {
    const entries = readAwarenessEntries(data).filter(({ clientId }) => {
      const local = [...room.connections].find((c) => c.speaksFor(clientId));
      return !local || (owners[clientId] !== undefined && owners[clientId] === personKey(local.actor));
    });
    if (entries.length === 0) return;
    let clients = presence.get(from)?.get(room.conferenceId);
    if (!clients) {
      if (!presence.has(from)) presence.set(from, new Map());
      presence.get(from)!.set(room.conferenceId, (clients = new Set()));
    }
    for (const { clientId, state } of entries) {
      for (const [origin, byRoom] of presence) if (origin !== from) byRoom.get(room.conferenceId)?.delete(clientId);
      const owner = owners[clientId];
      if (state === "null") {
        clients.delete(clientId);
        room.remoteOwners.delete(clientId);
      } else {
        clients.add(clientId);
        if (owner !== undefined) room.remoteOwners.set(clientId, owner);
      }
    }
    applyAwarenessUpdate(room.awareness, writeAwarenessEntries(entries), RELAY_ORIGIN);
  }

  /** The persons of the clients among `clients` whose socket is here. */
  function ownersOf(room: Room, clients: number[]): Record<string, string> {
    const owners: Record<string, string> = {};
    for (const connection of room.connections) {
      const person = personKey(connection.actor);
      if (person === null) continue;
      for (const id of clients) if (connection.speaksFor(id)) owners[id] = person;
    }
    return owners;
  }

  function apply(room: Room, m: Exclude<Message, { type: "heartbeat" | "bye" | "stored" }>): void {
    switch (m.type) {
      case "update":
        Y.applyUpdate(room.doc, m.data, RELAY_ORIGIN);
        if (m.seq > 0) {
          pendingOf(m.from, m.conferenceId).push({ seq: m.seq, update: m.data });
          facts.set(m.conferenceId, room.conference);
        }
        return;
      case "awareness":
        applyAwareness(room, m.from, m.data, m.owners ?? {});
        return;
      case "hello": {
        // What the newcomer lacks; pending there until our next store unless nothing is unstored here.
        const data = Y.encodeStateAsUpdate(room.doc, m.data);
        const answerSeq = room.scheduler.idle ? 0 : seq;
        void publish({ type: "update", conferenceId: m.conferenceId, seq: answerSeq, data, to: m.from });
        const clients = [...room.awareness.getStates().keys()];
        if (clients.length === 0) return;
        const awareness = encodeAwarenessUpdate(room.awareness, clients);
        const owners = ownersOf(room, clients);
        void publish({ type: "awareness", conferenceId: m.conferenceId, data: awareness, to: m.from, owners });
        return;
      }
    }
  }

  return {
    name: "redis-relay",

    onStart(started) {
      core = started;
      subscriber.on("message", (_channel: string, text: string) => receive(text));
      subscriber.subscribe(COLLAB_CHANNEL).catch((err: unknown) => log.error({ err }, "subscribing to Redis failed"));
      heartbeat = setInterval(beat, heartbeatMs);
      heartbeat.unref();
      beat();
    },

    // Listed after persistence: the state vector in hello is the stored document's.
    async onLoad({ room }) {
      rooms.set(room.conferenceId, room);
      room.awareness.on(
        "update",
        (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
          // Our clients' presence only; null is a closed connection's states being removed.
          if (origin !== null && !(origin instanceof Connection)) return;
          const clients = [...change.added, ...change.updated, ...change.removed];
          const data = encodeAwarenessUpdate(room.awareness, clients);
          const owners = ownersOf(room, [...change.added, ...change.updated]);
          void publish({ type: "awareness", conferenceId: room.conferenceId, data, owners });
        },
      );
      // Not awaited: clients work with the stored state meanwhile and get the answer as an update.
      void publish({ type: "hello", conferenceId: room.conferenceId, data: Y.encodeStateVector(room.doc) });
    },

    onChange({ room, update }) {
      seq += 1;
      void publish({ type: "update", conferenceId: room.conferenceId, seq, data: update });
    },

    beforeStore({ room }) {
      storing.set(room, seq);
    },

    async afterStore({ room }) {
      const stored = storing.get(room);
      if (stored !== undefined) await publish({ type: "stored", conferenceId: room.conferenceId, seq: stored });
    },

    // Pending updates stay (and `facts` with them): the origin may still die before storing them.
    async afterUnload({ room }) {
      rooms.delete(room.conferenceId);
      storing.delete(room);
      for (const byRoom of presence.values()) byRoom.delete(room.conferenceId);
    },

    // After the core flushed every store: our peers can drop what they kept for us.
    async onStop() {
      clearInterval(heartbeat);
      await publish({ type: "bye" });
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    },
  };
}
