import type { DataSource } from "typeorm";
import { describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { migrations } from "./migrations/index.js";

/** Our tables (besides the migrations table) and enum types in the public schema. */
async function ourObjects(ds: DataSource) {
  const tables = (await ds.query(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
  )) as { name: string }[];
  const enums = (await ds.query(
    `SELECT t.typname AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = 'public' AND t.typtype = 'e' ORDER BY 1`,
  )) as { name: string }[];
  return { tables: tables.map((r) => r.name), enums: enums.map((r) => r.name) };
}

const applied = async (ds: DataSource) =>
  ((await ds.query(`SELECT name FROM migrations ORDER BY id`)) as { name: string }[]).map((r) => r.name);

/** The SQL that would make the database match the entities: none when the migrations are complete. */
const drift = async (ds: DataSource) => (await ds.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);

describe.each(databaseTargets)("the committed migrations on $name", (target) => {
  it("run on opening an empty database and build exactly the schema the entities describe", async () => {
    const db = await target.open();
    try {
      const ds = db.dataSource;
      expect(await applied(ds)).toEqual(migrations.map((m) => m.name));
      expect(await ds.showMigrations()).toBe(false);
      const { tables, enums } = await ourObjects(ds);
      expect(tables).toEqual(
        expect.arrayContaining(["cases", "conferences", "participants", "agenda_items", "tasks", "case_reporters"]),
      );
      expect(enums).toEqual(expect.arrayContaining(["case_flag", "conference_status", "task_status"]));
      expect(await drift(ds), "entities and migrations differ: run migration:generate").toEqual([]);
    } finally {
      await db.close();
    }
  });

  it("revert one by one until nothing of ours is left, and apply again to the same schema", async () => {
    const db = await target.open();
    try {
      const ds = db.dataSource;
      const before = await ourObjects(ds);
      for (let left = migrations.length; left > 0; left--) {
        expect(await applied(ds)).toHaveLength(left);
        await ds.undoLastMigration({ transaction: "each" });
      }
      expect(await applied(ds)).toEqual([]);
      expect(await ourObjects(ds)).toEqual({ tables: [], enums: [] });

      const reapplied = await ds.runMigrations({ transaction: "each" });
      expect(reapplied.map((m) => m.name)).toEqual(migrations.map((m) => m.name));
      expect(await ourObjects(ds)).toEqual(before);
      expect(await drift(ds)).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
