import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "./data-source.js";
import { migrations } from "./migrations/index.js";

const DATABASE_URL = process.env.DATABASE_URL;

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// Two server instances of the compose file start together against one empty database; PGlite
// has a single process per directory, so only PostgreSQL can meet this.
describe.skipIf(!DATABASE_URL)("migrations on PostgreSQL", () => {
  const name = `rt_test_${randomBytes(6).toString("hex")}`;
  let url: string;

  beforeAll(async () => {
    await admin((c) => c.query(`CREATE DATABASE ${name}`));
    const u = new URL(DATABASE_URL!);
    u.pathname = `/${name}`;
    url = u.toString();
  });
  afterAll(async () => {
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  });

  it("run once when three instances open the same empty database at the same time", async () => {
    const opened = await Promise.allSettled([0, 1, 2].map(() => openDatabase({ url })));
    const databases = opened.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
    try {
      expect(
        opened.filter((o) => o.status === "rejected").map((o) => String((o as PromiseRejectedResult).reason)),
      ).toEqual([]);
      const rows = (await databases[0]!.dataSource.query(`SELECT name FROM migrations ORDER BY id`)) as {
        name: string;
      }[];
      expect(rows.map((r) => r.name)).toEqual(migrations.map((m) => m.name));
      expect(await databases[0]!.dataSource.showMigrations()).toBe(false);
    } finally {
      await Promise.all(databases.map((d: Database) => d.close()));
    }
  });
});
