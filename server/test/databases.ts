import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Logger as TypeOrmLogger } from "typeorm";
import { openDatabase, type Database } from "../src/db/data-source.js";

/**
 * The databases every storage test runs against: the embedded PGlite always, and a real
 * PostgreSQL when DATABASE_URL is set (CI sets it). Each opened database is new and empty.
 */
export interface DatabaseTarget {
  name: "pglite" | "postgres";
  open(options?: { logger?: TypeOrmLogger; migrate?: boolean }): Promise<Database>;
}

const pgliteTarget: DatabaseTarget = {
  name: "pglite",
  open: (options = {}) => openDatabase({ pgliteDir: "memory://", ...options }),
};

/** A fresh database on the PostgreSQL server of DATABASE_URL, dropped again on close. */
const postgresTarget = (adminUrl: string): DatabaseTarget => ({
  name: "postgres",
  async open(options = {}) {
    const name = `rt_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const db = await openDatabase({ url: url.toString(), ...options });
    return {
      ...db,
      async close() {
        await db.close();
        const dropper = new pg.Client({ connectionString: adminUrl });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await dropper.end();
      },
    };
  },
});

export const databaseTargets: DatabaseTarget[] = [
  pgliteTarget,
  ...(process.env.DATABASE_URL ? [postgresTarget(process.env.DATABASE_URL)] : []),
];
