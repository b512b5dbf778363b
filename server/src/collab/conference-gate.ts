import type { ConferenceStatus } from "@roundtable/shared";
import type { DataSource } from "typeorm";
import { DocumentFrozen, type ConferenceFacts, type ConferenceGate } from "./types.js";

/** Statuses in which the server may still change a live document: from signing on it is frozen. */
export const SERVER_WRITABLE: readonly ConferenceStatus[] = ["draft", "invited", "live"];

/** No such conference (deleted meanwhile): nothing to change. */
export class ConferenceGone extends Error {
  constructor(conferenceId: string) {
    super(`conference ${conferenceId} does not exist`);
    this.name = "ConferenceGone";
  }
}

/**
 * The gate of CollabCore.changeDocument on PostgreSQL: `FOR SHARE` on the conference row, which a
 * status change (`FOR UPDATE`) waits for. `apply` runs synchronously inside the transaction and
 * must not query: on PGlite's one session that would wait for this transaction forever.
 */
export function conferenceGate(ds: DataSource): ConferenceGate {
  return (conferenceId, apply) =>
    ds.transaction(async (em) => {
      const [row] = await em.query<ConferenceFacts[]>(
        `SELECT "caseId", status FROM conferences WHERE id = $1 FOR SHARE`,
        [conferenceId],
      );
      if (!row) throw new ConferenceGone(conferenceId);
      if (!SERVER_WRITABLE.includes(row.status)) throw new DocumentFrozen(row.status);
      return apply(row);
    });
}
