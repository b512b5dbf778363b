import DataLoader from "dataloader";
import { createHash } from "node:crypto";
import pg from "pg";
import type { DataSource } from "typeorm";
import type { PostgresDriver } from "typeorm/driver/postgres/PostgresDriver.js";

/**
 * A statement the server sends on every request, socket or store. On PostgreSQL it is prepared
 * once per pooled connection and afterwards only bound and executed: PostgreSQL neither parses
 * nor plans it again, which was a third to a half of its cost for these statements
 * (docs/bench.md), and its text is not sent again either. Named after its text, so two texts
 * never share a name (pg refuses that) and the same text always does.
 */
export interface Prepared {
  readonly name: string;
  readonly text: string;
}

export function prepared(text: string): Prepared {
  return { name: `rt_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`, text };
}

/**
 * Runs `statement` outside any transaction. On PGlite (in process, nothing to save on the wire)
 * it goes through TypeORM like any query. TypeORM's logger sees it either way.
 */
export async function query<T>(ds: DataSource, statement: Prepared, parameters: unknown[]): Promise<T[]> {
  const pool = (ds.driver as PostgresDriver).master as unknown;
  if (!(pool instanceof pg.Pool)) return ds.query<T[]>(statement.text, parameters);
  ds.logger.logQuery(statement.text, parameters);
  try {
    const result = await pool.query({ name: statement.name, text: statement.text, values: parameters });
    return result.rows as T[];
  } catch (err) {
    ds.logger.logQueryError(err instanceof Error ? err : String(err), statement.text, parameters);
    throw err;
  }
}

/**
 * Lookups asked in the same turn of the event loop answered by one statement: `many` gets the
 * distinct keys and returns a row per key it found. A reconnect storm (every meeting after a
 * restart) is then a statement per turn, not one per socket; a lone lookup waits for nothing
 * (setImmediate runs as soon as the turn's I/O is handled). Nothing is cached: every lookup
 * sees the database as it is when its statement runs.
 */
export function batchedLookup<K, V>(many: (keys: K[]) => Promise<Map<K, V>>): (key: K) => Promise<V | null> {
  const loader = new DataLoader<K, V | null>(
    async (keys) => {
      const found = await many([...new Set(keys)]);
      return keys.map((key) => found.get(key) ?? null);
    },
    { cache: false, batchScheduleFn: (run) => setImmediate(run), maxBatchSize: 500 },
  );
  return (key) => loader.load(key);
}
