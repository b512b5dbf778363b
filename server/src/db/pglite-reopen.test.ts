import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Case } from "../cases/case.entity.js";
import { openDatabase } from "./data-source.js";

describe("an embedded database opened again", () => {
  it("saves and reads enum arrays (case flags) as it did when it was new", async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rt-reopen-")), "pglite");
    const first = await openDatabase({ pgliteDir: dir });
    await first.dataSource
      .getRepository(Case)
      .save({ reference: "R-1", familyName: "Kovács", flags: ["juvenile_probation"] });
    await first.close();

    // On reopening, PGlite knows the enum's array type and parses it itself; pg never does.
    const again = await openDatabase({ pgliteDir: dir });
    try {
      const repo = again.dataSource.getRepository(Case);
      const saved = await repo.save(repo.create({ reference: "R-2", familyName: "Novák" }));
      expect(saved.flags).toEqual([]);
      await repo.save({ reference: "R-3", familyName: "Tóth", flags: ["preventive_probation", "juvenile_probation"] });
      const rows = await repo.find({ order: { reference: "ASC" } });
      expect(rows.map((c) => [c.reference, c.flags])).toEqual([
        ["R-1", ["juvenile_probation"]],
        ["R-2", []],
        ["R-3", ["preventive_probation", "juvenile_probation"]],
      ]);
    } finally {
      await again.close();
    }
    // Two opens of a new on-disk PGlite with all migrations: ~6 s alone, far more on a busy CI host.
  }, 120_000);
});
