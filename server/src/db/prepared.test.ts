import type { Logger as TypeOrmLogger } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import type { Database } from "./data-source.js";
import { batchedLookup, prepared, query } from "./prepared.js";

describe.each(databaseTargets)("prepared statements on $name", (target) => {
  const seen: string[] = [];
  const failed: string[] = [];
  const nothing = () => undefined;
  const logger: TypeOrmLogger = {
    logQuery: (q) => void seen.push(q),
    logQueryError: (_err, q) => void failed.push(q),
    logQuerySlow: nothing,
    logSchemaBuild: nothing,
    logMigration: nothing,
    log: nothing,
  };
  let db: Database;
  beforeAll(async () => {
    db = await target.open({ logger, migrate: false });
  });
  afterAll(() => db.close());

  it("is prepared on PostgreSQL (it finds itself among its session's prepared statements), and runs as is on PGlite", async () => {
    const itself = prepared(`SELECT name FROM pg_prepared_statements WHERE name = $1`);
    for (let i = 0; i < 3; i++) {
      const rows = await query<{ name: string }>(db.dataSource, itself, [itself.name]);
      expect(rows).toEqual(target.name === "postgres" ? [{ name: itself.name }] : []);
    }
    expect(seen.filter((q) => q === itself.text)).toHaveLength(3);
  });

  it("names a text the same every time and two texts apart", () => {
    expect(prepared("SELECT 1").name).toBe(prepared("SELECT 1").name);
    expect(prepared("SELECT 1").name).not.toBe(prepared("SELECT 2").name);
  });

  it("rejects with the database's error, and TypeORM's logger sees it", async () => {
    const bad = prepared(`SELECT $1::uuid AS id`);
    await expect(query(db.dataSource, bad, ["not a uuid"])).rejects.toThrow(/invalid input syntax for type uuid/);
    expect(failed).toContain(bad.text);
  });
});

describe("a batched lookup", () => {
  it("answers the lookups of one turn with one call for their distinct keys, and later ones with another", async () => {
    const calls: string[][] = [];
    const lookup = batchedLookup(async (keys: string[]) => {
      calls.push(keys);
      return new Map(keys.filter((k) => k !== "missing").map((k) => [k, k.toUpperCase()]));
    });
    expect(await Promise.all(["a", "b", "a", "missing"].map(lookup))).toEqual(["A", "B", "A", null]);
    expect(calls).toEqual([["a", "b", "missing"]]);
    expect(await lookup("a")).toBe("A");
    expect(calls).toHaveLength(2);
  });

  it("holds lookups asked while a call runs for the next call, sent as soon as that one answered", async () => {
    const calls: { keys: string[]; answer: () => void }[] = [];
    const lookup = batchedLookup(
      (keys: string[]) =>
        new Promise<Map<string, string>>((resolve) =>
          calls.push({ keys, answer: () => resolve(new Map(keys.map((k) => [k, k.toUpperCase()]))) }),
        ),
    );
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    const first = lookup("a");
    await turn();
    expect(calls.map((c) => c.keys)).toEqual([["a"]]);
    const later = [lookup("b"), lookup("a")];
    await turn();
    const afterAnother = lookup("c");
    await turn();
    await turn();
    // Still one call: b, a and c wait for it, however many turns pass.
    expect(calls).toHaveLength(1);
    calls[0]!.answer();
    expect(await first).toBe("A");
    await turn();
    expect(calls.map((c) => c.keys)).toEqual([["a"], ["b", "a", "c"]]);
    calls[1]!.answer();
    expect(await Promise.all([...later, afterAnother])).toEqual(["B", "A", "C"]);
  });
});
