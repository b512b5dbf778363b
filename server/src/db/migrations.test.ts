import { describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { migrations } from "./migrations/index.js";

const ourTables = async (query: (sql: string) => Promise<{ table_name: string }[]>) =>
  (
    await query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    )
  )
    .map((r) => r.table_name)
    .sort();

describe.each(databaseTargets)("the committed migrations on $name", (target) => {
  it("build exactly the schema the entities describe, revert completely and apply again", async () => {
    const db = await target.open();
    try {
      const ds = db.dataSource;
      expect((await ds.query(`SELECT name FROM migrations ORDER BY id`)).map((r: { name: string }) => r.name)).toEqual(
        migrations.map((m) => m.name),
      );
      const tables = await ourTables((sql) => ds.query(sql));
      expect(tables).toEqual(
        expect.arrayContaining(["cases", "conferences", "participants", "agenda_items", "tasks", "case_reporters"]),
      );
      const drift = await ds.driver.createSchemaBuilder().log();
      expect(
        drift.upQueries.map((q) => q.query),
        "entities and migrations differ: run migration:generate",
      ).toEqual([]);

      for (let i = 0; i < migrations.length; i++) await ds.undoLastMigration({ transaction: "each" });
      expect(await ourTables((sql) => ds.query(sql))).toEqual([]);

      await ds.runMigrations({ transaction: "each" });
      expect(await ourTables((sql) => ds.query(sql))).toEqual(tables);
    } finally {
      await db.close();
    }
  });
});
