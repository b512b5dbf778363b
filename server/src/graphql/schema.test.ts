import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { createEvents } from "./pubsub.js";
import { buildRoundtableSchema, printRoundtableSchema } from "./schema.js";

const committedFile = new URL("../../../schema/schema.graphql", import.meta.url);

describe("the committed schema", () => {
  it("is exactly what the code builds (run `pnpm schema` after changing the API)", async () => {
    const committed = fs.readFileSync(committedFile, "utf8");
    const built = printRoundtableSchema(await buildRoundtableSchema(createEvents()));
    expect(built, "schema/schema.graphql is out of date: run `pnpm schema` and commit the file").toBe(committed);
  });
});
