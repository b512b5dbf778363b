import "reflect-metadata";
import { PGlite, types } from "@electric-sql/pglite";
import { DataSource } from "typeorm";
import { entities } from "../src/db/entities.js";
import { migrations } from "../src/db/migrations/index.js";
import { PGlitePool, pgliteDriver } from "../src/db/pglite-pool.js";
import { Institution } from "../src/institutions/institution.entity.js";

/** typeorm-pglite's behaviour: every runner gets the one session at once. */
class SharedSessionPool extends PGlitePool {
  override connect(cb: Parameters<PGlitePool["connect"]>[0]) {
    super.connect((err, client, release) => { release(); cb(err, client, () => {}); });
  }
}
class Abort extends Error {}

async function open(broken: boolean) {
  const db = await PGlite.create("memory://", { parsers: { [types.DATE]: (v: string) => v } });
  const pool = broken ? new SharedSessionPool(db) : new PGlitePool(db);
  const ds = new DataSource({ type: "postgres", entities, migrations, migrationsTableName: "migrations",
    uuidExtension: "pgcrypto", installExtensions: false, driver: pgliteDriver(pool) });
  await ds.initialize(); await ds.runMigrations({ transaction: "each" });
  return ds;
}
const names = async (ds: DataSource) => (await ds.getRepository(Institution).find({ order: { name: "ASC" } })).map((i) => i.name);

async function pair(ds: DataSource, wait: "sleep20" | "race" | "none") {
  let written!: () => void; const w = new Promise<void>((r) => (written = r));
  const committer = (async () => { await w; await ds.transaction((em) => em.getRepository(Institution).insert({ name: "committed", kind: "school" })); })();
  const r = await Promise.allSettled([
    ds.transaction(async (em) => {
      await em.getRepository(Institution).insert({ name: "rolled back", kind: "school" });
      written();
      if (wait === "sleep20") await new Promise((r) => setTimeout(r, 20));
      if (wait === "race") await Promise.race([committer, new Promise((r) => setTimeout(r, 250))]);
      throw new Abort("x");
    }), committer]);
  return [r.map((x) => x.status).join(","), (await names(ds)).join(",")];
}
async function many(ds: DataSource, jitter: boolean) {
  await ds.query("DELETE FROM institutions");
  const r = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => ds.transaction(async (em) => {
    await em.getRepository(Institution).insert({ name: `i${i}`, kind: "school" });
    if (jitter) await new Promise((r) => setTimeout(r, i % 3));
    await em.getRepository(Institution).insert({ name: `j${i}`, kind: "school" });
    if (i % 4 === 0) throw new Abort("x");
  })));
  return [r.filter((x) => x.status === "rejected").length, (await names(ds)).length];
}
for (const broken of [true, false]) {
  for (const wait of ["sleep20", "race", "none"] as const) {
    const ds = await open(broken); const t = Date.now();
    console.log(broken ? "BROKEN" : "fixed ", wait, JSON.stringify(await pair(ds, wait)), Date.now() - t, "ms");
    await ds.destroy();
  }
  for (const jitter of [true, false]) {
    const ds = await open(broken);
    console.log(broken ? "BROKEN" : "fixed ", "many jitter=" + jitter, JSON.stringify(await many(ds, jitter)).slice(0, 200), "(want [5,30])");
    await ds.destroy();
  }
}
