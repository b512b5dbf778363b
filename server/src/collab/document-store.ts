import { initializeConferenceDocument, type ConferenceDocumentSeed } from "@roundtable/shared";
import type { DataSource, EntityManager } from "typeorm";
import * as Y from "yjs";
import { batchedLookupPerDatabase, prepared, query } from "../db/prepared.js";
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

const READ = prepared(
  `SELECT 0 AS kind, state AS data, "lastSeq" AS seq FROM collab_snapshots WHERE "conferenceId" = $1
   UNION ALL
   SELECT 1 AS kind, data, seq FROM collab_updates WHERE "conferenceId" = $1
   ORDER BY kind, seq`,
);
const APPEND = prepared(`INSERT INTO collab_updates ("conferenceId", data) VALUES ($1, $2)`);
// The offers come sorted by conference id and are created in that order (n): every instance takes
// the row locks of a batch in one order, so two batches cannot deadlock.
const CREATE = prepared(
  `SELECT c.n, create_conference_document(c.id, c.fingerprint, decode(c.first, 'base64')) AS created
     FROM unnest($1::uuid[], $2::text[], $3::text[]) WITH ORDINALITY AS c(id, fingerprint, first, n)
    ORDER BY c.n`,
);

const rowsOf = (rows: Row[]): Row[] =>
  rows.map((r) => ({ kind: Number(r.kind), data: bytes(r.data), seq: Number(r.seq) }));

const stored = (rows: Row[]): StoredDocument => ({
  updates: rows.map((r) => r.data),
  tail: rows.filter((r) => r.kind === 1).length,
});

export async function readDocument(ds: DataSource, conferenceId: string): Promise<StoredDocument> {
  return stored(rowsOf(await query<Row>(ds, READ, [conferenceId])));
}

export async function appendUpdate(ds: DataSource, conferenceId: string, update: Uint8Array): Promise<void> {
  await query(ds, APPEND, [conferenceId, param(update)]);
}

/**
 * What a new document is built from, and the fingerprint by which `create_conference_document`
 * (migration DocumentCreation) tells whether it is still current when the document is stored.
 */
export interface DocumentSeed {
  seed: ConferenceDocumentSeed;
  fingerprint: string;
}

/** SQL: whether the conference whose id is the expression `conferenceId` has a stored live document. */
const documentStoredSql = (conferenceId: string): string =>
  `(EXISTS (SELECT 1 FROM collab_snapshots s WHERE s."conferenceId" = ${conferenceId})
    OR EXISTS (SELECT 1 FROM collab_updates u WHERE u."conferenceId" = ${conferenceId}))`;

/**
 * SQL for the DocumentSeed of the conference whose id is the expression `conferenceId`, as json;
 * NULL when it has a stored live document (no seed needed).
 */
export const documentSeedSql = (conferenceId: string): string =>
  `CASE WHEN ${documentStoredSql(conferenceId)} THEN NULL ELSE
     (SELECT json_build_object('seed', s, 'fingerprint', md5(s::text)) FROM conference_document_seed(${conferenceId}) s) END`;

type Creation = { outcome: "created" } | { outcome: "stored" } | ({ outcome: "changed" } & DocumentSeed);

/** A first update for a conference's document, built from the seed with that fingerprint. */
interface Offer {
  conferenceId: string;
  fingerprint: string | null;
  first: Uint8Array | null;
}

const compareIds = (a: string, b: string): number => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Offers made together (the rooms of a reconnect storm) go in one statement. If it fails, each is
 * tried alone, so one conference's fault (deleted meanwhile) fails only its own creation.
 */
const create = batchedLookupPerDatabase<Offer, Creation>(async (ds, offers) => {
  const run = async (batch: Offer[]): Promise<Map<Offer, Creation>> => {
    const rows = await query<{ n: number; created: Creation }>(ds, CREATE, [
      batch.map((o) => o.conferenceId),
      batch.map((o) => o.fingerprint),
      batch.map((o) => (o.first ? Buffer.from(o.first).toString("base64") : null)),
    ]);
    return new Map(rows.map((row) => [batch[Number(row.n) - 1]!, row.created]));
  };
  const sorted = [...offers].sort((a, b) => compareIds(a.conferenceId, b.conferenceId));
  try {
    return await run(sorted);
  } catch (err) {
    if (sorted.length === 1) throw err;
    const alone = await Promise.all(
      sorted.map((o) => run([o]).catch((e: unknown) => new Map([[o, e instanceof Error ? e : new Error(String(e))]]))),
    );
    return new Map<Offer, Creation | Error>(alone.flatMap((answers) => [...answers]));
  }
});

/**
 * Gives a document without content its initial layout, once across all instances: built from
 * `seed` (read where it was cheapest, e.g. with the conference's facts; without it, asked of the
 * database first) and stored by `create_conference_document`, under the conference row lock, only
 * if nothing is stored yet and the seed is still current; creations asked together share one
 * statement. A seed changed meanwhile (the agenda edited through GraphQL) comes back with the
 * answer and the document is built again. Returns the document as stored afterwards.
 */
export async function initialiseDocument(
  ds: DataSource,
  conferenceId: string,
  seed: DocumentSeed | null = null,
): Promise<StoredDocument> {
  let offer: Offer = { conferenceId, first: null, fingerprint: null };
  let from = seed;
  for (let attempt = 1; ; attempt++) {
    if (from) {
      const doc = newDoc(conferenceId);
      initializeConferenceDocument(doc, from.seed);
      offer = { conferenceId, first: Y.encodeStateAsUpdate(doc), fingerprint: from.fingerprint };
      doc.destroy();
    }
    const created = await create(ds, offer);
    if (!created) throw new Error(`creating ${conferenceId}'s live document gave no answer`);
    if (created.outcome === "created") return { updates: [offer.first!], tail: 1 };
    if (created.outcome === "stored") return readDocument(ds, conferenceId);
    // Edits race a first load only while the agenda is being prepared; one that never settles is a fault.
    if (attempt === 10) throw new Error(`the seed of ${conferenceId}'s live document keeps changing`);
    from = created;
  }
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
    const rows = rowsOf(await em.query<Row[]>(READ.text, [conferenceId]));
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
  const [row] = await em.query<[{ stored: boolean }]>(`SELECT ${documentStoredSql("$1::uuid")} AS stored`, [
    conferenceId,
  ]);
  return row.stored;
}
