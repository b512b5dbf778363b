import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { Institution } from "../institutions/institution.entity.js";
import { Child } from "../cases/child.entity.js";
import { Case } from "../cases/case.entity.js";
import type { Database } from "./data-source.js";

class Abort extends Error {}

describe.each(databaseTargets)("transactions on $name", (target) => {
  let db: Database;
  beforeAll(async () => {
    db = await target.open();
  });
  afterAll(() => db.close());

  const names = async () =>
    (await db.dataSource.getRepository(Institution).find({ order: { name: "ASC" } })).map((i) => i.name);

  it("keeps a committed row when a concurrent transaction rolls back (STACK.md trap 6)", async () => {
    let rollingBackHasWritten!: () => void;
    const written = new Promise<void>((r) => (rollingBackHasWritten = r));
    const results = await Promise.allSettled([
      db.dataSource.transaction(async (em) => {
        await em.getRepository(Institution).insert({ name: "rolled back", kind: "school" });
        rollingBackHasWritten();
        await new Promise((r) => setTimeout(r, 20)); // let the other transaction try to interleave
        throw new Abort("changed my mind");
      }),
      (async () => {
        await written;
        await db.dataSource.transaction((em) =>
          em.getRepository(Institution).insert({ name: "committed", kind: "school" }),
        );
      })(),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled"]);
    expect(await names()).toEqual(["committed"]);
  });

  it("keeps every row of many interleaved transactions, and none of the failed ones", async () => {
    await db.dataSource.query(`DELETE FROM institutions`);
    const runs = Array.from({ length: 20 }, (_, i) =>
      db.dataSource.transaction(async (em) => {
        await em.getRepository(Institution).insert({ name: `i${String(i).padStart(2, "0")}`, kind: "school" });
        await new Promise((r) => setTimeout(r, i % 3));
        await em.getRepository(Institution).insert({ name: `j${String(i).padStart(2, "0")}`, kind: "school" });
        if (i % 4 === 0) throw new Abort(`run ${i} fails`);
      }),
    );
    const results = await Promise.allSettled(runs);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(5);
    const expected = Array.from({ length: 20 }, (_, i) => i)
      .filter((i) => i % 4 !== 0)
      .flatMap((i) => [`i${String(i).padStart(2, "0")}`, `j${String(i).padStart(2, "0")}`])
      .sort();
    expect(await names()).toEqual(expected);
  });

  it("returns DATE columns as the calendar date written, whatever the time zone", async () => {
    const kase = await db.dataSource.getRepository(Case).save({ reference: "D-1", familyName: "Kiss" });
    await db.dataSource
      .getRepository(Child)
      .insert({ caseId: kase.id, fullName: "Anna", birthDate: "2016-01-01", position: 0 });
    const child = await db.dataSource.getRepository(Child).findOneByOrFail({ caseId: kase.id });
    expect(child.birthDate).toBe("2016-01-01");
    const [{ n }] = (await db.dataSource.query(`SELECT COUNT(*) AS n FROM case_children`)) as [{ n: unknown }];
    expect(n).toBe(1);
  });
});
