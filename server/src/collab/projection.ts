import type { DataSource } from "typeorm";
import { projectLiveDocument } from "../conferences/live-projection.js";
import type { Events } from "../graphql/pubsub.js";
import type { Logger } from "../logger.js";
import type { Extension } from "./types.js";

/**
 * After each store, the agenda and tasks of the document are projected into the relational
 * tables, so "my tasks" and subscriptions follow the meeting within one store's debounce. A
 * failed projection does not fail the store (that would store the batch twice); the next store
 * projects the whole document again.
 */
export function projectionExtension(ds: DataSource, events: Events, log: Logger): Extension {
  return {
    name: "projection",
    async onStore({ room }) {
      try {
        await projectLiveDocument(ds, events, room.conferenceId, room.doc);
      } catch (err) {
        log.warn({ err, room: room.name }, "projecting a live document failed; the next store retries");
      }
    },
  };
}
