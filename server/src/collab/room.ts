import { conferenceDocumentName } from "@roundtable/shared";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import type { Connection } from "./connection.js";
import { newDoc } from "./new-doc.js";
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from "./protocol.js";
import type { StoreScheduler } from "./store-scheduler.js";
import type { ConferenceFacts } from "./types.js";

/** Presence changes are sent at most this often per room (cursors still feel live). */
const AWARENESS_BATCH_MS = 50;

/**
 * One conference's live document in memory: the Y.Doc, its awareness (presence), the
 * connections that share it, and the updates not stored yet.
 */
export class Room {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly connections = new Set<Connection>();
  /** Upgrades that hold this room between authentication and their socket: it must not unload. */
  joining = 0;
  /** Estimated encoded size: exact after load and each store, plus every update since. */
  size = 0;
  scheduler!: StoreScheduler;
  /**
   * Presence clients whose socket is on another instance, and the person they belong to (from
   * the Redis relay): a connection here may not set or clear another person's presence there.
   */
  readonly remoteOwners = new Map<number, string>();
  private unstored: Uint8Array[] = [];
  private readonly awarenessPending = new Set<number>();
  private awarenessTimer: NodeJS.Timeout | null = null;
  /**
   * What every joining client is sent while the document does not change: a meeting's people
   * join together (at its start, after a restart), and each would otherwise cost an encoding of
   * the whole document. Dropped on every update.
   */
  private opening: { step1?: Uint8Array; fullState?: Uint8Array } = {};

  constructor(
    readonly conferenceId: string,
    /** Case and status as last read; the policy's write rule depends on the status. */
    public conference: ConferenceFacts,
  ) {
    this.name = conferenceDocumentName(conferenceId);
    this.doc = newDoc(conferenceId);
    this.awareness = new Awareness(this.doc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on("update", this.relayAwareness);
    this.doc.on("update", this.forgetOpening);
  }

  /** Sync step 1: the document's state vector. */
  syncStep1(): Uint8Array {
    return (this.opening.step1 ??= encodeSyncStep1(this.doc));
  }

  /** Sync step 2: what a client with this state vector lacks; all of it for a new client. */
  syncStep2(stateVector: Uint8Array): Uint8Array {
    const empty = stateVector.length === 1 && stateVector[0] === 0;
    if (!empty) return encodeSyncStep2(this.doc, stateVector);
    return (this.opening.fullState ??= encodeSyncStep2(this.doc, stateVector));
  }

  get empty(): boolean {
    return this.connections.size === 0 && this.joining === 0;
  }

  /** Keeps an applied update until a store takes it. */
  remember(update: Uint8Array): void {
    this.unstored.push(update);
    this.size += update.length;
  }

  /** Everything not stored yet, merged; put back with `giveBack` if the store fails. */
  takeUnstored(): { update: Uint8Array; count: number } | null {
    if (this.unstored.length === 0) return null;
    const taken = this.unstored;
    this.unstored = [];
    return { update: taken.length === 1 ? taken[0]! : Y.mergeUpdates(taken), count: taken.length };
  }

  giveBack(update: Uint8Array): void {
    this.unstored.unshift(update);
  }

  measure(): void {
    this.size = Y.encodeStateAsUpdate(this.doc).length;
  }

  /** Sends an update to every connection except the one it came from. */
  broadcast(update: Uint8Array, except: Connection | null): void {
    const message = encodeUpdate(update);
    for (const connection of this.connections) if (connection !== except) connection.send(message);
  }

  private readonly forgetOpening = (): void => {
    this.opening = {};
  };

  private readonly relayAwareness = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    for (const connection of this.connections) {
      if (connection === origin) connection.claimAwareness(change.added, change.removed);
    }
    for (const client of [...change.added, ...change.updated, ...change.removed]) this.awarenessPending.add(client);
    if (this.awarenessPending.size > 0) this.awarenessTimer ??= setTimeout(this.sendAwareness, AWARENESS_BATCH_MS);
  };

  /**
   * One presence message per room per batch, with every client that changed, instead of one per
   * change: when a hundred clients renew their presence at once (after a reconnect storm) that is
   * a hundred sends, not ten thousand, and the event loop does not stall.
   */
  private readonly sendAwareness = (): void => {
    this.awarenessTimer = null;
    const clients = [...this.awarenessPending];
    this.awarenessPending.clear();
    if (clients.length === 0) return;
    const message = encodeAwareness(this.awareness, clients);
    for (const connection of this.connections) connection.send(message);
  };

  destroy(): void {
    this.scheduler.stop();
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    this.awareness.off("update", this.relayAwareness);
    this.doc.off("update", this.forgetOpening);
    // Awareness runs an interval timer until destroyed.
    this.awareness.destroy();
    this.doc.destroy();
  }
}
