import * as Y from "yjs";
import type { DataSource } from "typeorm";
import { readDocumentVersion } from "@roundtable/shared";
import type { Logger } from "../logger.js";
import { appendUpdate, compactDocument, initialiseDocument, readDocument } from "./document-store.js";
import { LOAD_ORIGIN, type Extension } from "./types.js";

/**
 * Durable storage of live documents: load = snapshot + log (initialised once under the
 * conference row lock when empty); each store appends the merged batch of new updates, never the
 * whole state; compaction folds the log into the snapshot when it grew past `compactAfter` rows.
 */
export function persistenceExtension(ds: DataSource, options: { compactAfter: number; log: Logger }): Extension {
  /** Log rows per loaded document, to know when compaction is due. */
  const tails = new Map<string, number>();

  return {
    name: "persistence",

    async onLoad({ room }) {
      const apply = (updates: Uint8Array[]) => {
        if (updates.length > 0) Y.applyUpdate(room.doc, Y.mergeUpdates(updates), LOAD_ORIGIN);
      };
      // A conference known to have no document yet goes straight to creating it from the seed
      // read with its facts: one statement, without the read that would find nothing.
      const seed = room.conference.documentSeed;
      // Used once: dropped from the facts every joiner's access shares, so open rooms do not
      // keep their agendas twice.
      room.conference.documentSeed = undefined;
      let stored = seed
        ? await initialiseDocument(ds, room.conferenceId, seed)
        : await readDocument(ds, room.conferenceId);
      apply(stored.updates);
      if (readDocumentVersion(room.doc) === null) {
        stored = await initialiseDocument(ds, room.conferenceId);
        // Applying what was already applied is a no-op in Yjs.
        apply(stored.updates);
      }
      tails.set(room.conferenceId, stored.tail);
    },

    async onStore({ room, update }) {
      await appendUpdate(ds, room.conferenceId, update);
      const tail = (tails.get(room.conferenceId) ?? 0) + 1;
      tails.set(room.conferenceId, tail);
      if (tail <= options.compactAfter) return;
      try {
        await compactDocument(ds, room.conferenceId);
        tails.set(room.conferenceId, 0);
      } catch (err) {
        // The update is stored; a failed compaction only leaves a longer log to try again.
        options.log.warn({ err, room: room.name }, "compacting a live document failed");
      }
    },

    async afterUnload({ room }) {
      tails.delete(room.conferenceId);
    },
  };
}
