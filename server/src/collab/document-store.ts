import {
  initializeConferenceDocument,
  readDocumentVersion,
  type ConferenceDocumentSeed,
  type NewLiveTask,
} from "@roundtable/shared";
import type { DataSource, EntityManager } from "typeorm";
import * as Y from "yjs";
import { newDoc } from "./new-doc.js";

/**
 * A live document in PostgreSQL (yjs/y-redis `storage/postgres.js`, made append-only): a
 * snapshot of everything compacted so far, and the log of updates stored since. Reading is one
 * statement, so a compaction committing in between cannot make rows vanish from a load.
 * bytea comes back as Uint8Array on PGlite and Buffer on pg; int8 as number on both (the
 * parsers in data-source.ts); both are normalised here (STACK.md trap 7).
 */
export interface StoredDocument {
  /** The snapshot first (when there is one), then the log in order. */
  updates: Uint8Array[];
  /** Rows in the log: compaction is due when this grows past the limit. */
  tail: number;
}

interface Row {
  kind: number;
  data: Uint8Array;
  seq: number;
}

const bytes = (value: Uint8Array): Uint8Array => new Uint8Array(value);
// Both drivers send a Buffer as binary bytea.
const param = (value: Uint8Array): Buffer => Buffer.from(value.buffer, value.byteOffset, value.byteLength);

async function readRows(em: EntityManager, conferenceId: string): Promise<Row[]> {
  const rows = await em.query<Row[]>(
    `SELECT 0 AS kind, state AS data, "lastSeq" AS seq FROM collab_snapshots WHERE "conferenceId" = $1
     UNION ALL
     SELECT 1 AS kind, data, seq FROM collab_updates WHERE "conferenceId" = $1
     ORDER BY kind, seq`,
    [conferenceId],
  );
  return rows.map((r) => ({ kind: Number(r.kind), data: bytes(r.data), seq: Number(r.seq) }));
}

const stored = (rows: Row[]): StoredDocument => ({
  updates: rows.map((r) => r.data),
  tail: rows.filter((r) => r.kind === 1).length,
});

export async function readDocument(ds: DataSource, conferenceId: string): Promise<StoredDocument> {
  return stored(await readRows(ds.manager, conferenceId));
}

export async function appendUpdate(ds: DataSource, conferenceId: string, update: Uint8Array): Promise<void> {
  await ds.query(`INSERT INTO collab_updates ("conferenceId", data) VALUES ($1, $2)`, [conferenceId, param(update)]);
}

/**
 * Gives a document without content its initial layout, once across all instances: under the
 * conference row lock, read again, and only if still uninitialised build it from the agenda rows
 * and the tasks agreed in the conference, and store it as the first update. Returns the document as stored afterwards.
 */
export async function initialiseDocument(ds: DataSource, conferenceId: string): Promise<StoredDocument> {
  return ds.transaction(async (em) => {
    await em.query(`SELECT id FROM conferences WHERE id = $1 FOR UPDATE`, [conferenceId]);
    // After the lock (a statement of its own, so this one sees what an earlier holder stored):
    // whether anything is stored, and what to build from, in one statement, as a room's first
    // load is on the path of everyone joining it. Tasks were planned through GraphQL before the
    // document existed: the document holds them from now on, naming owners by their seat in this
    // conference: the owner's seat here, if any.
    const [seed] = await em.query<
      [{ stored: boolean; agenda: ConferenceDocumentSeed["agenda"]; tasks: NewLiveTask[] }]
    >(
      `SELECT
         EXISTS (SELECT 1 FROM collab_snapshots s WHERE s."conferenceId" = $1)
           OR EXISTS (SELECT 1 FROM collab_updates u WHERE u."conferenceId" = $1) AS stored,
         COALESCE((SELECT json_agg(json_build_object('id', a.id, 'title', a.title, 'timeboxMinutes', a."timeboxMinutes")
                                   ORDER BY a.position, a.id)
                   FROM agenda_items a WHERE a."conferenceId" = $1), '[]'::json) AS agenda,
         COALESCE((SELECT json_agg(json_build_object(
                            'id', t.id, 'title', t.title, 'dueDate', t."dueDate",
                            'successIndicator', COALESCE(t."successIndicator", ''), 'status', t.status,
                            'ownerParticipantId',
                            (SELECT s.id FROM participants s
                             WHERE s."conferenceId" = $1 AND (s.id = t."ownerParticipantId" OR s."personId" = t."ownerPersonId")
                             ORDER BY s.id = t."ownerParticipantId" DESC, s."createdAt" LIMIT 1))
                          ORDER BY t."createdAt", t.id)
                   FROM tasks t WHERE t."agreedInId" = $1 AND btrim(t.title) <> ''), '[]'::json) AS tasks`,
      [conferenceId],
    );
    const rows = seed.stored ? await readRows(em, conferenceId) : [];
    const doc = newDoc(conferenceId);
    for (const row of rows) Y.applyUpdate(doc, row.data);
    if (readDocumentVersion(doc) !== null) return stored(rows);
    const before = Y.encodeStateVector(doc);
    initializeConferenceDocument(doc, { agenda: seed.agenda, tasks: seed.tasks });
    const first = Y.encodeStateAsUpdate(doc, before);
    await em.query(`INSERT INTO collab_updates ("conferenceId", data) VALUES ($1, $2)`, [conferenceId, param(first)]);
    const result = stored(rows);
    return { updates: [...result.updates, first], tail: result.tail + 1 };
  });
}

/**
 * Folds the log into the snapshot in one transaction: the merged state (garbage-collected by
 * going through a Y.Doc), its state vector, and the last seq it covers; exactly the rows read
 * are deleted, so a row another instance appended meanwhile stays in the log.
 */
export async function compactDocument(ds: DataSource, conferenceId: string): Promise<void> {
  await ds.transaction(async (em) => {
    // Serialises compactions (and initialisation) of one document across instances.
    await em.query(`SELECT id FROM conferences WHERE id = $1 FOR UPDATE`, [conferenceId]);
    const rows = await readRows(em, conferenceId);
    const log = rows.filter((r) => r.kind === 1);
    if (log.length === 0) return;
    const doc = newDoc(conferenceId);
    for (const row of rows) Y.applyUpdate(doc, row.data);
    const state = Y.encodeStateAsUpdate(doc);
    const stateVector = Y.encodeStateVector(doc);
    doc.destroy();
    const lastSeq = Math.max(...log.map((r) => r.seq));
    await em.query(
      `INSERT INTO collab_snapshots ("conferenceId", state, "stateVector", "lastSeq") VALUES ($1, $2, $3, $4)
       ON CONFLICT ("conferenceId") DO UPDATE
       SET state = EXCLUDED.state, "stateVector" = EXCLUDED."stateVector", "lastSeq" = EXCLUDED."lastSeq", "updatedAt" = now()`,
      [conferenceId, param(state), param(stateVector), lastSeq],
    );
    await em.query(`DELETE FROM collab_updates WHERE "conferenceId" = $1 AND seq = ANY($2)`, [
      conferenceId,
      log.map((r) => r.seq),
    ]);
  });
}

/** Whether the conference has a live document yet: from then on it, not GraphQL, holds the agenda. */
export async function hasLiveDocument(em: EntityManager, conferenceId: string): Promise<boolean> {
  const rows = await em.query<unknown[]>(
    `SELECT 1 FROM collab_snapshots WHERE "conferenceId" = $1
     UNION ALL SELECT 1 FROM collab_updates WHERE "conferenceId" = $1 LIMIT 1`,
    [conferenceId],
  );
  return rows.length > 0;
}
