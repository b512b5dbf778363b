/**
 * Writes the next migration from the difference between the entities and the committed
 * migrations, computed on an in-memory PGlite: no database server needed.
 * Usage: pnpm --filter @roundtable/server migration:generate AddSomething
 */
import fs from "node:fs/promises";
import path from "node:path";
import { openDatabase } from "../src/db/data-source.js";

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error("usage: migration:generate <PascalCaseName>");
  process.exit(2);
}
const db = await openDatabase({ pgliteDir: "memory://" });
const sql = await db.dataSource.driver.createSchemaBuilder().log();
await db.close();
if (sql.upQueries.length === 0) {
  console.log("The entities match the migrations: nothing to generate.");
  process.exit(0);
}
const timestamp = Date.now();
const className = `${name}${timestamp}`;
const q = (s: string) => JSON.stringify(s);
const lines = (qs: { query: string }[]) => qs.map((x) => `    await queryRunner.query(${q(x.query)});`).join("\n");
const file = `import type { MigrationInterface, QueryRunner } from "typeorm";

export class ${className} implements MigrationInterface {
  name = ${q(className)};

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines([...sql.downQueries].reverse())}
  }
}
`;
const dir = path.join(import.meta.dirname, "../src/db/migrations");
await fs.writeFile(path.join(dir, `${timestamp}-${name}.ts`), file);
console.log(`Wrote src/db/migrations/${timestamp}-${name}.ts; add ${className} to src/db/migrations/index.ts.`);
