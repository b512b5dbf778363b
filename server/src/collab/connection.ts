import { COLLAB_CLOSE_CODES, type CollabCloseCode } from "@roundtable/shared";
import { applyAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import * as Y from "yjs";
import type { RawData, WebSocket } from "ws";
import type { Actor } from "../policy/actor.js";
import { awarenessClientIds, encodeAwareness, parseMessage, ProtocolError } from "./protocol.js";
import { personKey } from "./presence-owners.js";
import type { Room } from "./room.js";
import type { Access, CollabSettings } from "./types.js";

/** The socket's connection, so the listeners below are shared by every socket, not closures per socket. */
const CONNECTION = Symbol("connection");
type Tagged = WebSocket & { [CONNECTION]: Connection };
const connectionOf = (ws: WebSocket) => (ws as Tagged)[CONNECTION];

function onMessage(this: WebSocket, data: RawData, isBinary: boolean): void {
  connectionOf(this).receive(data, isBinary);
}
function onPong(this: WebSocket): void {
  connectionOf(this).alive = true;
}
function onError(this: WebSocket): void {
  this.terminate();
}
function onClose(this: WebSocket, code: number): void {
  connectionOf(this).closed(code);
}

/**
 * One socket in one room. Messages are handled synchronously in arrival order (the room is
 * loaded before the socket exists, so nothing has to wait). A connection that breaks a bound is
 * closed with its code; the room and the other connections carry on.
 */
export class Connection {
  /** Set when we decided to close: later frames are ignored. */
  private closing = false;
  /**
   * Awareness client ids this socket introduced, removed when it goes: usually one, so an array
   * of exactly that size, not a Set (a hash table each, a thousand sockets are a thousand).
   */
  private awarenessClients: readonly number[] = [];
  private windowStart = 0;
  private windowCount = 0;
  /** Answered the last ping; the core terminates sockets that stop answering. */
  alive = true;
  /** For the line logged when it closes. */
  readonly openedAt = Date.now();

  constructor(
    readonly ws: WebSocket,
    readonly room: Room,
    public access: Access,
    /** The upgrade's X-Request-Id, for the socket's log lines. */
    readonly requestId: string,
    private readonly settings: CollabSettings,
    /** Shared by every connection of the core. */
    private readonly onClosed: (connection: Connection, code: number) => void,
  ) {
    (ws as Tagged)[CONNECTION] = this;
    ws.on("message", onMessage);
    ws.on("pong", onPong);
    ws.on("error", onError);
    ws.on("close", onClose);
  }

  get actor(): Actor {
    return this.access.actor;
  }

  get readOnly(): boolean {
    return this.access.readOnly;
  }

  /** The server opens the sync (step 1) so the client sends what the server lacks. */
  start(): void {
    this.send(this.room.syncStep1());
    const states = [...this.room.awareness.getStates().keys()];
    if (states.length > 0) this.send(encodeAwareness(this.room.awareness, states));
  }

  send(message: Uint8Array): void {
    if (!this.closing && this.ws.readyState === this.ws.OPEN) this.ws.send(message);
  }

  close(code: CollabCloseCode, reason: string): void {
    if (this.closing) return;
    this.closing = true;
    // The reason must fit a close frame (123 bytes).
    this.ws.close(code, reason.slice(0, 120));
  }

  speaksFor(awarenessClientId: number): boolean {
    return this.awarenessClients.includes(awarenessClientId);
  }

  claimAwareness(added: number[], removed: number[]): void {
    if (added.length === 0 && removed.length === 0) return;
    const kept = this.awarenessClients.filter((id) => !removed.includes(id));
    this.awarenessClients = [...kept, ...added.filter((id) => !kept.includes(id))];
  }

  /** The socket closed (its listener above). */
  closed(code: number): void {
    this.closing = true;
    removeAwarenessStates(this.room.awareness, [...this.awarenessClients], null);
    this.onClosed(this, code);
  }

  /** A frame arrived (its listener above). */
  receive(data: RawData, isBinary: boolean): void {
    if (this.closing) return;
    const bytes = toBytes(data);
    if (bytes.length > this.settings.maxMessageBytes) {
      return this.close(COLLAB_CLOSE_CODES.messageTooLarge, `message over ${this.settings.maxMessageBytes} bytes`);
    }
    if (this.overRate()) {
      return this.close(COLLAB_CLOSE_CODES.rateLimited, "too many messages");
    }
    if (!isBinary) return this.close(COLLAB_CLOSE_CODES.malformedMessage, "text frame");
    try {
      this.handle(bytes);
    } catch (err) {
      if (err instanceof ProtocolError) return this.close(err.code, err.message);
      // Yjs or an event handler threw while applying: treat the bytes as broken, not the server.
      this.close(COLLAB_CLOSE_CODES.malformedMessage, "message could not be applied");
    }
  }

  private handle(bytes: Uint8Array): void {
    const message = parseMessage(bytes);
    switch (message.kind) {
      case "syncStep1":
        this.send(this.room.syncStep2(message.stateVector));
        return;
      case "syncStep2":
      case "update": {
        // Read-only: dropped, never applied, stored or relayed (STYLE.md point 1).
        if (this.readOnly) return;
        if (this.room.size + message.update.length > this.settings.maxDocumentBytes) {
          return this.close(COLLAB_CLOSE_CODES.documentTooLarge, "document size limit reached");
        }
        Y.applyUpdate(this.room.doc, message.update, this);
        return;
      }
      case "awareness": {
        const ids = awarenessClientIds(message.update);
        if (ids === null) return this.close(COLLAB_CLOSE_CODES.malformedMessage, "malformed awareness update");
        // Presence is per person: nobody may set or clear the presence of another person's
        // client. The same person's new socket may (a reconnect before the old one timed out).
        const person = personKey(this.actor);
        const foreign =
          [...this.room.connections].some(
            (other) => other !== this && !samePerson(other.actor, this.actor) && ids.some((id) => other.speaksFor(id)),
          ) || ids.some((id) => (this.room.remoteOwners.get(id) ?? person) !== person);
        if (foreign) return;
        applyAwarenessUpdate(this.room.awareness, message.update, this);
        return;
      }
      case "queryAwareness": {
        const awareness = this.room.awareness;
        this.send(encodeAwareness(awareness, [...awareness.getStates().keys()]));
        return;
      }
    }
  }

  /** A fixed one-second window: simple, and enough to stop a client that floods. */
  private overRate(): boolean {
    const now = Date.now();
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.windowCount = 0;
    }
    this.windowCount += 1;
    return this.windowCount > this.settings.maxMessagesPerSecond;
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function samePerson(a: Actor, b: Actor): boolean {
  if (a.kind === "guest" && b.kind === "guest") return a.participantId === b.participantId;
  if (a.kind === "staff" && b.kind === "staff") return a.accountId === b.accountId;
  return false;
}
