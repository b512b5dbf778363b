import "reflect-metadata";
import { PGlite, types as pgliteTypes } from "@electric-sql/pglite";
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { DataSource, type Logger as TypeOrmLogger } from "typeorm";
import { entities } from "./entities.js";
import { migrations } from "./migrations/index.js";
import { PGlitePool, pgliteDriver } from "./pglite-pool.js";

export type Database = { dataSource: DataSource; kind: "pglite" | "postgres"; close(): Promise<void> };

export interface DatabaseOptions {
  /** postgres://… for a real server; undefined for PGlite. */
  url?: string | undefined;
  /** PGlite's directory; "memory://" keeps it in memory (tests). */
  pgliteDir?: string;
  /** Sees every SQL statement (the N+1 test counts them). */
  logger?: TypeOrmLogger;
  /** Run the committed migrations on open (the server always does). */
  migrate?: boolean;
}

// Both drivers return DATE columns as the plain 'YYYY-MM-DD' string a due date or birth date is,
// never a Date at local midnight that shifts a day across time zones; int8 (counts) as a number.
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);
pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number(v));

const common = {
  type: "postgres" as const,
  entities,
  migrations,
  migrationsTableName: "migrations",
  // PGlite has no uuid-ossp/pgcrypto extension; gen_random_uuid() is built in (trap 5).
  uuidExtension: "pgcrypto" as const,
  installExtensions: false,
  synchronize: false,
};

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  let dataSource: DataSource;
  if (options.url) {
    dataSource = new DataSource({
      ...common,
      url: options.url,
      logger: options.logger,
      logging: !!options.logger,
      poolSize: 10,
      // pg-pool closes a connection idle for 10 s, so the first burst after a quiet moment (every
      // meeting opening at nine) would wait for new PostgreSQL backends, each planning from a
      // cold catalog cache. A server holds its ten.
      extra: { idleTimeoutMillis: 0 },
    });
  } else {
    const dir = options.pgliteDir ?? "memory://";
    if (!dir.startsWith("memory://")) await fs.mkdir(path.dirname(path.resolve(dir)), { recursive: true });
    const db = await PGlite.create(dir, {
      parsers: { [pgliteTypes.DATE]: (v: string) => v, [pgliteTypes.INT8]: (v: string) => Number(v) },
    });
    const pool = new PGlitePool(db);
    dataSource = new DataSource({
      ...common,
      driver: pgliteDriver(pool),
      logger: options.logger,
      logging: !!options.logger,
    });
  }
  await dataSource.initialize();
  if (options.migrate ?? true) {
    try {
      await (options.url ? migrateLocked(dataSource) : dataSource.runMigrations({ transaction: "each" }));
    } catch (err) {
      await dataSource.destroy();
      throw err;
    }
  }
  return {
    dataSource,
    kind: options.url ? "postgres" : "pglite",
    close: () => dataSource.destroy(),
  };
}

/** Any fixed number: the key of the session-level advisory lock the migrations run under. */
const MIGRATION_LOCK_KEY = 4_271_905_113;

/**
 * Several instances start together against one database (the compose file's two servers, a
 * rolling upgrade): each waits for the lock, so one applies the pending migrations and the next
 * finds none left. TypeORM takes no lock of its own, and two at once collided on creating the
 * same tables. PGlite needs none: one process owns its directory.
 */
async function migrateLocked(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await dataSource.runMigrations({ transaction: "each" });
    } finally {
      await runner.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
