/** Writes schema/schema.graphql from the code: `pnpm schema`. A test fails when they differ. */
import fs from "node:fs/promises";
import { createEvents } from "./pubsub.js";
import { buildRoundtableSchema, printRoundtableSchema } from "./schema.js";

const file = new URL("../../../schema/schema.graphql", import.meta.url);
await fs.writeFile(file, printRoundtableSchema(await buildRoundtableSchema(createEvents())));
console.log(`Wrote ${file.pathname}`);
