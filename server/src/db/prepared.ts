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
 * Lookups answered together: the first goes out at the end of its event-loop turn (setImmediate
 * runs as soon as the turn's I/O is handled, so a lone lookup waits for nothing), and those asked
 * while its statement runs go together in the next, as soon as it answered. `many` gets the
 * distinct keys and returns an answer per key it found (an Error rejects that key's lookup
 * alone). A reconnect storm (every meeting after a restart) is then a statement per round trip,
 * not one per socket. Nothing is cached: every lookup is answered by a statement sent after it
 * was asked.
 */
export function batchedLookup<K, V>(many: (keys: K[]) => Promise<Map<K, V | Error>>): (key: K) => Promise<V | null> {
  let running = 0;
  const next: (() => void)[] = [];
  const loader = new DataLoader<K, V | null>(
    async (keys) => {
      running += 1;
      try {
        const found = await many([...new Set(keys)]);
        return keys.map((key) => found.get(key) ?? null);
      } finally {
        running -= 1;
        for (const dispatch of next.splice(0)) dispatch();
      }
    },
    {
      cache: false,
      batchScheduleFn: (dispatch) => setImmediate(() => (running === 0 ? dispatch() : next.push(dispatch))),
      maxBatchSize: 500,
    },
  );
  return (key) => loader.load(key);
}

/** A batchedLookup for each DataSource (each has its own pool), made on its first use. */
export function batchedLookupPerDatabase<K, V>(
  many: (ds: DataSource, keys: K[]) => Promise<Map<K, V | Error>>,
): (ds: DataSource, key: K) => Promise<V | null> {
  const lookups = new WeakMap<DataSource, (key: K) => Promise<V | null>>();
  return (ds, key) => {
    let lookup = lookups.get(ds);
    if (!lookup) {
      lookup = batchedLookup((keys: K[]) => many(ds, keys));
      lookups.set(ds, lookup);
    }
    return lookup(key);
  };
}
