import { COLLAB_CLOSE_CODES } from "@roundtable/shared";
import type { WebSocket } from "ws";
import * as Y from "yjs";
import type { Logger } from "../logger.js";
import { Connection } from "./connection.js";
import { Room } from "./room.js";
import { StoreScheduler } from "./store-scheduler.js";
import {
  LOAD_ORIGIN,
  RELAY_ORIGIN,
  SERVER_ORIGIN,
  UpgradeRefused,
  type Access,
  type AuthenticatePayload,
  type CollabSettings,
  type ConferenceGate,
  type ConferenceFacts,
  type Extension,
} from "./types.js";

/**
 * The rooms of this process and their life cycle: load once (concurrent joiners share the
 * load), apply and relay, store per room through its scheduler, unload only after the last
 * store succeeded and nobody is connected or joining.
 */
export class CollabCore {
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  /** afterUnload hooks in flight; a new load of the same conference waits for them. */
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly pinger: NodeJS.Timeout;
  stopping = false;

  constructor(
    private readonly extensions: readonly Extension[],
    readonly settings: CollabSettings,
    readonly log: Logger,
  ) {
    for (const extension of extensions) extension.onStart?.(this);
    // Sockets that stop answering pings (a laptop lid closed) would keep their room loaded forever.
    this.pinger = setInterval(() => this.ping(), settings.pingIntervalMs);
    this.pinger.unref();
  }

  /** Loaded rooms, for extensions that act on open connections (revocation, freezing). */
  room(conferenceId: string): Room | undefined {
    return this.rooms.get(conferenceId);
  }

  *connections(): Generator<Connection> {
    for (const room of this.rooms.values()) yield* room.connections;
  }

  async authenticate(payload: AuthenticatePayload): Promise<Access> {
    for (const extension of this.extensions) {
      const access = await extension.onAuthenticate?.(payload);
      if (access) return access;
    }
    throw new UpgradeRefused(401, "no extension authenticated the connection");
  }

  /** The loaded room, with a join reserved so it cannot unload before `attach` or `release`. */
  async acquire(conferenceId: string, conference: ConferenceFacts): Promise<Room> {
    const loaded = this.rooms.get(conferenceId);
    if (loaded) {
      loaded.joining += 1;
      loaded.conference = conference;
      return loaded;
    }
    let load = this.loading.get(conferenceId);
    if (!load) {
      load = this.load(conferenceId, conference).finally(() => this.loading.delete(conferenceId));
      this.loading.set(conferenceId, load);
    }
    const room = await load;
    // Synchronously after the load settled: rooms.set and this increment see no close in between.
    room.joining += 1;
    return room;
  }

  release(room: Room): void {
    room.joining -= 1;
    this.unloadIfIdle(room);
  }

  /** A socket of an upgrade that acquired `room`; `requestId` names it in the log. */
  attach(ws: WebSocket, room: Room, access: Access, requestId: string): Connection {
    const connection = new Connection(ws, room, access, requestId, this.settings, this.leave);
    room.connections.add(connection);
    // Its line is written when it closes (`leave`), with everything this one would say.
    this.log.debug(
      { reqId: requestId, conferenceId: room.conferenceId, readOnly: access.readOnly },
      "live document socket opened",
    );
    for (const extension of this.extensions) extension.onConnect?.({ connection });
    connection.start();
    return connection;
  }

  /** Every room stored now; resolves when all stores finished (failures are logged). */
  async flushAll(): Promise<void> {
    await Promise.all([...this.loading.values()].map((p) => p.catch(() => undefined)));
    await Promise.all([...this.rooms.values()].map((room) => room.scheduler.flush()));
  }

  /**
   * The document of a loaded room as a record may take it: onSettle hooks first (the status is
   * re-read, so a frozen conference accepts nothing more), then every pending change stored.
   * Null when the room is not loaded here: then the database holds all of it. Throws when the
   * store fails, so nothing is taken from a document that is not durable.
   */
  async settle(conferenceId: string): Promise<Uint8Array | null> {
    await this.loading.get(conferenceId)?.catch(() => undefined);
    const room = this.rooms.get(conferenceId);
    if (!room) return null;
    // Held like a joiner, so the room cannot unload (and its doc be destroyed) meanwhile.
    room.joining += 1;
    try {
      for (const extension of this.extensions) await extension.onSettle?.({ room });
      if (!(await room.scheduler.flush())) throw new Error(`storing ${room.name} failed; it is kept in memory`);
      return Y.encodeStateAsUpdate(room.doc);
    } finally {
      this.release(room);
    }
  }

  /**
   * The server's one way to change live content (GraphQL never writes it directly): the room is
   * acquired (loaded and, once ever, initialised, if it was not), `change` runs as one Yjs
   * transaction with SERVER_ORIGIN while `gate` holds the conference (so a frozen one refuses
   * and a closing waits; `change` sees its status and may throw before writing), and the update goes out like a client's: to every connection, through
   * the relay, stored once. Resolves after that store (projection included) succeeded; the room
   * unloads afterwards if nobody is connected.
   */
  async changeDocument<T>(
    conferenceId: string,
    change: (doc: Y.Doc, conference: ConferenceFacts) => T,
    gate: ConferenceGate,
  ): Promise<T> {
    if (this.stopping) throw new Error("the collaboration server is stopping");
    const conference = await gate(conferenceId, (facts) => facts);
    const room = await this.acquire(conferenceId, conference);
    try {
      const result = await gate(conferenceId, (facts) => {
        room.conference = facts;
        // The shared helpers' own transact calls join this one: a single update, one origin.
        return room.doc.transact(() => change(room.doc, facts), SERVER_ORIGIN);
      });
      if (!(await room.scheduler.flush())) throw new Error(`storing ${room.name} failed; it is kept in memory`);
      return result;
    } finally {
      this.release(room);
    }
  }

  /**
   * Updates another instance applied and will never store (it went silent): applied here too, as
   * clients here may lack them, and stored by this instance, loading the room for it if it is
   * not loaded here any more. Yjs ignores what the document already holds.
   */
  async adopt(conferenceId: string, conference: ConferenceFacts, update: Uint8Array): Promise<void> {
    const room = await this.acquire(conferenceId, conference);
    try {
      Y.applyUpdate(room.doc, update, RELAY_ORIGIN);
      room.remember(update);
      room.scheduler.schedule();
      // A failure keeps them in memory and retries; the room then unloads after the retry stored them.
      await room.scheduler.flush();
    } finally {
      this.release(room);
    }
  }

  /** Shutdown: refuse new sockets, close open ones with serverRestarting, store everything. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.pinger);
    for (const connection of this.connections()) {
      connection.close(COLLAB_CLOSE_CODES.serverRestarting, "server restarting");
    }
    await this.flushAll();
    for (const room of this.rooms.values()) room.scheduler.stop();
    await Promise.all(this.unloading.values());
    for (const extension of this.extensions) await extension.onStop?.();
  }

  private async load(conferenceId: string, conference: ConferenceFacts): Promise<Room> {
    await this.unloading.get(conferenceId);
    const room = new Room(conferenceId, conference);
    room.scheduler = new StoreScheduler(
      () => this.store(room),
      {
        debounceMs: this.settings.storeDebounceMs,
        maxDelayMs: this.settings.storeMaxDelayMs,
        retryMaxMs: this.settings.storeRetryMaxMs,
        jitter: 0.2,
      },
      () => this.unloadIfIdle(room),
      (err, failures) =>
        this.log.error({ err, room: room.name, failures }, "storing a live document failed; kept in memory, retrying"),
    );
    try {
      for (const extension of this.extensions) await extension.onLoad?.({ room });
    } catch (err) {
      room.destroy();
      throw err;
    }
    room.measure();
    room.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === LOAD_ORIGIN) return;
      // From another instance: our clients need it; storing and publishing it is that instance's job.
      if (origin === RELAY_ORIGIN) return room.broadcast(update, null);
      const connection = origin instanceof Connection ? origin : null;
      room.remember(update);
      for (const extension of this.extensions) extension.onChange?.({ room, update, connection });
      room.broadcast(update, connection);
      room.scheduler.schedule();
    });
    this.rooms.set(conferenceId, room);
    return room;
  }

  private async store(room: Room): Promise<void> {
    const batch = room.takeUnstored();
    if (!batch) return;
    const payload = { room, ...batch };
    for (const extension of this.extensions) extension.beforeStore?.(payload);
    try {
      for (const extension of this.extensions) await extension.onStore?.(payload);
    } catch (err) {
      room.giveBack(batch.update);
      for (const extension of this.extensions) extension.onStoreFailed?.(payload, err);
      throw err;
    }
    room.measure();
    for (const extension of this.extensions) {
      // The batch is stored: a failing afterStore must not make the scheduler retry it.
      await extension.afterStore?.(payload).catch((err: unknown) => {
        this.log.error({ err, room: room.name, extension: extension.name }, "afterStore failed");
      });
    }
  }

  /** One function for every connection's close, not a closure per socket. */
  private readonly leave = (connection: Connection, code: number): void => {
    const room = connection.room;
    room.connections.delete(connection);
    this.log.info(
      {
        reqId: connection.requestId,
        conferenceId: room.conferenceId,
        readOnly: connection.readOnly,
        code,
        ms: Date.now() - connection.openedAt,
      },
      "live document socket closed",
    );
    for (const extension of this.extensions) extension.onDisconnect?.({ connection, code });
    if (!room.empty) return;
    // The last one left: store at once; the scheduler's settle callback then unloads.
    if (room.scheduler.idle) this.unloadIfIdle(room);
    else void room.scheduler.flush();
  };

  /** Synchronous check-and-remove, so a joiner either finds the room or loads a stored one. */
  private unloadIfIdle(room: Room): void {
    if (!room.empty || !room.scheduler.idle || this.rooms.get(room.conferenceId) !== room) return;
    this.rooms.delete(room.conferenceId);
    room.destroy();
    const hooks = (async () => {
      for (const extension of this.extensions) await extension.afterUnload?.({ room });
    })()
      .catch((err: unknown) => this.log.error({ err, room: room.name }, "afterUnload failed"))
      .finally(() => this.unloading.delete(room.conferenceId));
    this.unloading.set(room.conferenceId, hooks);
  }

  private ping(): void {
    for (const connection of this.connections()) {
      if (!connection.alive) {
        connection.ws.terminate();
        continue;
      }
      connection.alive = false;
      connection.ws.ping();
    }
  }
}
