import type { ConferenceStatus } from "@roundtable/shared";
import type http from "node:http";
import type { Actor } from "../policy/actor.js";
import type { Connection } from "./connection.js";
import type { CollabCore } from "./core.js";
import type { DocumentSeed } from "./document-store.js";
import type { Room } from "./room.js";

/**
 * The collaboration core knows rooms, sockets and the y-websocket protocol; everything else
 * (who may connect, where documents live, later projections, Redis relay and metrics) is an
 * extension that implements some of these hooks. Hooks run in the order extensions are listed.
 */
export interface Extension {
  /** For logs. */
  readonly name: string;
  /** Once, when the core starts: subscribe to events, keep a handle on the core. */
  onStart?(core: CollabCore): void;
  /**
   * During the HTTP upgrade, before any document byte. The first extension that returns access
   * decides; throwing UpgradeRefused answers the upgrade with its status.
   */
  onAuthenticate?(payload: AuthenticatePayload): Promise<Access | undefined>;
  /** Fills a new room's document before anyone sees it; apply updates with origin LOAD_ORIGIN. */
  onLoad?(payload: RoomPayload): Promise<void>;
  /** Every update applied to a room's document, synchronously, whoever made it. */
  onChange?(payload: ChangePayload): void;
  /**
   * Debounced per room: the updates applied since the last successful store. Throwing fails the
   * store; the room keeps them in memory and retries with backoff.
   */
  onStore?(payload: StorePayload): Promise<void>;
  /**
   * Synchronously when a store takes its batch, before any hook awaited: the batch holds exactly
   * the changes applied until now (the Redis relay notes how far it had published).
   */
  beforeStore?(payload: StorePayload): void;
  /** After every onStore of a store succeeded: the batch is durable. Errors are only logged. */
  afterStore?(payload: StorePayload): Promise<void>;
  /** A store hook threw: the batch is back in memory and the scheduler retries. */
  onStoreFailed?(payload: StorePayload, error: unknown): void;
  /**
   * Before the room's state is taken as a record (the minutes, at closing): re-read whatever
   * decides writing, so no client change is accepted after the state is taken.
   */
  onSettle?(payload: RoomPayload): Promise<void>;
  /** A socket joined a room (its sync has begun). */
  onConnect?(payload: ConnectionPayload): void;
  /** A socket left its room, with the close code. */
  onDisconnect?(payload: ConnectionPayload & { code: number }): void;
  /** After a room left memory (its last store succeeded and nobody is connected). */
  afterUnload?(payload: RoomPayload): Promise<void>;
  /** Once, at shutdown, after every store was flushed. */
  onStop?(): Promise<void>;
}

export interface AuthenticatePayload {
  request: http.IncomingMessage;
  conferenceId: string;
}

/** The facts the policy decides live-document access on. */
export interface ConferenceFacts {
  caseId: string;
  status: ConferenceStatus;
  /**
   * Asked when a room may be about to load: null when the conference had a stored live document
   * as these facts were read, else what one starts from. Absent when not asked. Only a hint for
   * loading: creating the document checks both again under the row lock.
   */
  documentSeed?: DocumentSeed | null;
}

/** What an authenticated upgrade brings to its connection. */
export interface Access {
  actor: Actor;
  conference: ConferenceFacts;
  /** Without update permission the connection's document writes are dropped. */
  readOnly: boolean;
  /** What the socket came with, resolved again when access may have changed. */
  credentials: Credentials;
}

/** A guest invitation token from `?token=`, or the session cookie. */
export type Credentials = { token: string } | { session: string | undefined };

export interface RoomPayload {
  room: Room;
}

export interface ConnectionPayload {
  connection: Connection;
}

export interface ChangePayload extends RoomPayload {
  update: Uint8Array;
  /** The connection whose message made the change; null for the server's own changes. */
  connection: Connection | null;
}

export interface StorePayload extends RoomPayload {
  /** The updates since the last successful store, merged into one. */
  update: Uint8Array;
  /** How many client updates the merge holds. */
  count: number;
}

/** Origin of updates applied while loading: not changes, so neither stored again nor relayed. */
export const LOAD_ORIGIN = Symbol("collab-load");

/**
 * Origin of updates and awareness relayed from another server instance: sent to this instance's
 * clients, but the origin instance stores and publishes them, so they are neither stored here nor
 * relayed again.
 */
export const RELAY_ORIGIN = Symbol("collab-relay");

/**
 * Origin of a change the server makes itself (`CollabCore.changeDocument`): stored, relayed and
 * broadcast like a client's, to every connection.
 */
export const SERVER_ORIGIN = Symbol("collab-server");

/**
 * Reads the conference under a lock that a status change must wait for, and runs `apply` while
 * it is held: so a server change lands either before a transition to signing (and is in what it
 * settles) or sees the new status and is refused with DocumentFrozen.
 */
export type ConferenceGate = <R>(conferenceId: string, apply: (conference: ConferenceFacts) => R) => Promise<R>;

/** The server may no longer change a document whose conference is signing, closed or cancelled. */
export class DocumentFrozen extends Error {
  constructor(readonly status: ConferenceStatus) {
    super(`the live document of a ${status} conference is frozen`);
    this.name = "DocumentFrozen";
  }
}

/** An upgrade answered with an HTTP status instead of a socket. */
export class UpgradeRefused extends Error {
  constructor(
    readonly status: 401 | 404 | 503,
    message: string,
  ) {
    super(message);
    this.name = "UpgradeRefused";
  }
}

/** The bounds and timings the core runs with (config.ts documents each). */
export interface CollabSettings {
  storeDebounceMs: number;
  storeMaxDelayMs: number;
  storeRetryMaxMs: number;
  compactAfter: number;
  maxMessageBytes: number;
  maxDocumentBytes: number;
  maxMessagesPerSecond: number;
  pingIntervalMs: number;
}
