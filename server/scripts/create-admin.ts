/**
 * Creates an administrator account. Stop the server first when it runs on the embedded
 * database: only one process may open it.
 * Usage: ADMIN_PASSWORD=… pnpm admin:create <email> [display name]
 * Without ADMIN_PASSWORD the password is read from the first line of standard input.
 */
import "reflect-metadata";
import path from "node:path";
import readline from "node:readline/promises";
import { createAccount } from "../src/auth/account.service.js";
import { loadConfig } from "../src/config.js";
import { openDatabase } from "../src/db/data-source.js";

const [email, ...name] = process.argv.slice(2);
if (!email) {
  console.error("usage: ADMIN_PASSWORD=… pnpm admin:create <email> [display name]");
  process.exit(2);
}
const config = loadConfig({ ...process.env, ADMIN_EMAIL: undefined, ADMIN_PASSWORD: undefined });
let password = process.env.ADMIN_PASSWORD;
if (!password) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  password = await rl.question("Password (at least 12 characters): ");
  rl.close();
}
const db = await openDatabase({ url: config.DATABASE_URL, pgliteDir: path.join(config.dataDir, "pglite") });
try {
  const account = await createAccount(db.dataSource, {
    email,
    displayName: name.join(" ") || "Administrator",
    role: "admin",
    password,
  });
  console.log(`Created administrator ${account.email}.`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await db.close();
}
