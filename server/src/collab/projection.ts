import type { DataSource } from "typeorm";
import { projectLiveDocument } from "../conferences/live-projection.js";
import type { Events } from "../graphql/pubsub.js";
import type { Logger } from "../logger.js";
import { ROOT_TYPES } from "@roundtable/shared";
import type * as Y from "yjs";
import type { Room } from "./room.js";
import { LOAD_ORIGIN, type Extension } from "./types.js";

/**
 * After each store that changed them, the agenda, tasks and attendance of the document are projected into the relational
 * tables, so "my tasks" and subscriptions follow the meeting within one store's debounce. A
 * failed projection does not fail the store (that would store the batch twice); the next store
 * projects the whole document again.
 */
export function projectionExtension(ds: DataSource, events: Events, log: Logger): Extension {
  /** Rooms whose agenda, tasks or attendance changed since their last projection. */
  const dirty = new WeakSet<Room>();
  return {
    name: "projection",
    async onLoad({ room }) {
      // Minutes are most of the typing and project nothing: only these roots are worth a transaction.
      const projected = new Set<unknown>([
        room.doc.getArray(ROOT_TYPES.agenda),
        room.doc.getArray(ROOT_TYPES.tasks),
        room.doc.getMap(ROOT_TYPES.attendance),
      ]);
      room.doc.on("afterTransaction", (tr: Y.Transaction) => {
        if (tr.origin === LOAD_ORIGIN) return;
        for (const type of tr.changedParentTypes.keys()) if (projected.has(type)) dirty.add(room);
      });
    },
    async onStore({ room }) {
      if (!dirty.has(room)) return;
      dirty.delete(room);
      try {
        await projectLiveDocument(ds, events, room.conferenceId, room.doc);
      } catch (err) {
        dirty.add(room);
        log.warn({ err, room: room.name }, "projecting a live document failed; the next store retries");
      }
    },
  };
}
