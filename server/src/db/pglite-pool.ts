import { PGlite, type Results } from "@electric-sql/pglite";
import { EventEmitter } from "node:events";

type Callback<T> = (err: Error | null, value: T) => void;
type Release = (err?: unknown) => void;

interface PgLikeResult {
  rows: unknown[];
  rowCount: number;
  command: string;
}

/**
 * A `pg.Pool` look-alike over one PGlite instance, for TypeORM's postgres driver.
 *
 * PGlite is one database session. typeorm-pglite hands that session to every query runner at
 * once, so two transactions interleave and one's ROLLBACK discards the other's committed rows
 * (STACK.md trap 6); it also keeps a single process-wide instance. Here each pool owns its
 * instance and lends the session to one query runner at a time: `connect()` waits until the
 * previous runner released it. Code must therefore never open a second runner while holding
 * one (use the transaction's manager inside a transaction), or it waits for itself.
 */
export class PGlitePool extends EventEmitter {
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly db: PGlite) {
    super();
  }

  connect(callback: (err: Error | null, client: PGliteClient | null, release: Release) => void): void {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const turn = this.queue;
    this.queue = turn.then(() => released);
    void turn.then(() => {
      let done = false;
      callback(null, new PGliteClient(this.db), () => {
        if (!done) {
          done = true;
          release();
        }
      });
    });
  }

  end(callback?: (err: Error | null) => void): void {
    this.db.close().then(
      () => callback?.(null),
      (err: Error) => callback?.(err),
    );
  }
}

class PGliteClient extends EventEmitter {
  constructor(private readonly db: PGlite) {
    super();
  }

  async query(sql: string, params?: unknown[] | Callback<PgLikeResult>): Promise<PgLikeResult> {
    const values = Array.isArray(params) ? params.map(toParameter) : [];
    // Parameterless strings may hold several statements (migrations): exec runs them all.
    const result: Results =
      values.length > 0
        ? await this.db.query(sql, values)
        : ((await this.db.exec(sql)).at(-1) ?? { rows: [], fields: [], affectedRows: 0 });
    return {
      rows: userTypeArraysAsText(result),
      rowCount: result.affectedRows ?? result.rows.length,
      command: /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? "",
    };
  }
}

/** PostgreSQL gives user-defined types (enums…) object ids from here on (FirstNormalObjectId). */
const FIRST_USER_OID = 16384;

/**
 * Arrays of user-defined types (enum arrays: case flags) as the '{a,b}' text that `pg` returns
 * and TypeORM expects. A new PGlite database returns that text too, but one opened again has
 * learnt the array types at start-up and parses them, which TypeORM cannot hydrate.
 */
function userTypeArraysAsText(result: Results): unknown[] {
  const columns = result.fields.filter((f) => f.dataTypeID >= FIRST_USER_OID).map((f) => f.name);
  if (columns.length === 0) return result.rows;
  return result.rows.map((row) => {
    const copy = { ...(row as Record<string, unknown>) };
    for (const name of columns) if (Array.isArray(copy[name])) copy[name] = arrayLiteral(copy[name] as unknown[]);
    return copy;
  });
}

/**
 * Arrays go over the wire as PostgreSQL array literals, as `pg` sends them: PGlite serialises
 * only arrays of built-in types itself, and an enum array (case flags) would arrive as "a,b".
 */
function toParameter(value: unknown): unknown {
  return Array.isArray(value) ? arrayLiteral(value) : value;
}

function arrayLiteral(values: unknown[]): string {
  const items = values.map((v) => {
    if (v === null || v === undefined) return "NULL";
    if (Array.isArray(v)) return arrayLiteral(v);
    const text = v instanceof Date ? v.toISOString() : String(v);
    return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  });
  return `{${items.join(",")}}`;
}

/** The object TypeORM expects as `driver`: it calls `new driver.Pool(options)`. */
export function pgliteDriver(pool: PGlitePool): { Pool: new () => PGlitePool } {
  return {
    Pool: function Pool() {
      return pool;
    } as unknown as new () => PGlitePool,
  };
}
