import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { Case } from "../cases/case.entity.js";
import { Child } from "../cases/child.entity.js";
import { Institution } from "../institutions/institution.entity.js";
import { Task } from "../tasks/task.entity.js";
import type { Database } from "./data-source.js";

class Abort extends Error {}

const pad = (i: number) => String(i).padStart(2, "0");

describe.each(databaseTargets)("transactions on $name", (target) => {
  let db: Database;
  beforeAll(async () => {
    db = await target.open();
  });
  afterAll(() => db.close());
  beforeEach(async () => {
    await db.dataSource.query(`DELETE FROM institutions`);
  });

  const insertInstitution = (em: Database["dataSource"]["manager"], name: string) =>
    em.getRepository(Institution).insert({ name, kind: "school" });
  const names = async () =>
    (await db.dataSource.getRepository(Institution).find({ order: { name: "ASC" } })).map((i) => i.name);

  it("keeps a committed row when a concurrent transaction rolls back (STACK.md trap 6)", async () => {
    let rollingBackHasWritten!: () => void;
    const written = new Promise<void>((resolve) => (rollingBackHasWritten = resolve));
    const committing = (async () => {
      await written;
      await db.dataSource.transaction((em) => insertInstitution(em, "committed"));
    })();
    const rollingBack = db.dataSource.transaction(async (em) => {
      await insertInstitution(em, "rolled back");
      rollingBackHasWritten();
      // Sharing one session, the other transaction would run its BEGIN, INSERT and COMMIT right
      // here, inside this one. PostgreSQL runs it on its own connection and it ends at once; the
      // PGlite pool makes it wait for this transaction, so stop waiting for it after a while.
      await Promise.race([committing, new Promise((resolve) => setTimeout(resolve, 250))]);
      throw new Abort("changed my mind");
    });
    const results = await Promise.allSettled([rollingBack, committing]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled"]);
    expect((results[0] as PromiseRejectedResult).reason).toBeInstanceOf(Abort);
    expect(await names()).toEqual(["committed"]);
  });

  it("keeps every row of many interleaved transactions, and none of the failed ones", async () => {
    const runs = Array.from({ length: 20 }, (_, i) =>
      db.dataSource.transaction(async (em) => {
        await insertInstitution(em, `i${pad(i)}`);
        await insertInstitution(em, `j${pad(i)}`);
        if (i % 4 === 0) throw new Abort(`run ${i} fails`);
      }),
    );
    const results = await Promise.allSettled(runs);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(5);
    const expected = Array.from({ length: 20 }, (_, i) => i)
      .filter((i) => i % 4 !== 0)
      .flatMap((i) => [`i${pad(i)}`, `j${pad(i)}`])
      .sort();
    expect(await names()).toEqual(expected);
  });

  it("returns DATE columns as the 'YYYY-MM-DD' written, NULL as null, and int8 counts as numbers", async () => {
    const kase = await db.dataSource.getRepository(Case).save({ reference: `D-${target.name}`, familyName: "Kiss" });
    await db.dataSource
      .getRepository(Child)
      .insert({ caseId: kase.id, fullName: "Anna", birthDate: "2016-01-01", position: 0 });
    await db.dataSource.getRepository(Task).insert([
      { caseId: kase.id, title: "Book the psychologist", dueDate: "2027-12-31" },
      { caseId: kase.id, title: "Keep in touch", dueDate: null },
    ]);

    const child = await db.dataSource.getRepository(Child).findOneByOrFail({ caseId: kase.id });
    expect(child.birthDate).toBe("2016-01-01");
    const tasks = await db.dataSource.getRepository(Task).find({ where: { caseId: kase.id }, order: { title: "ASC" } });
    expect(tasks.map((t) => t.dueDate)).toEqual(["2027-12-31", null]);

    const [row] = (await db.dataSource.query(
      `SELECT DATE '2024-02-29' AS leap, COUNT(*) AS n FROM tasks WHERE "caseId" = $1`,
      [kase.id],
    )) as [{ leap: unknown; n: unknown }];
    expect(row).toEqual({ leap: "2024-02-29", n: 2 });
  });
});
