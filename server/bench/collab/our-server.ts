/**
 * Our server exactly as the container runs it (dist/main.js, built by the benchmark, with the
 * roundtable-built condition: config, migrations, the /collab endpoint with authentication and
 * persistence), with the event-loop histogram started first.
 */
import pg from "pg";
import { installStats } from "./stats.js";

// Every statement sent to PostgreSQL (not PGlite): the stats report how many each phase cost.
let statements = 0;
const sqlTop = process.env.BENCH_SQL_TOP ? new Map<string, number>() : null;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements += 1;
  if (sqlTop) {
    const first = args[0];
    const text = typeof first === "string" ? first : ((first as { text?: string } | undefined)?.text ?? "?");
    const key = text.replace(/\s+/g, " ").slice(0, 90);
    sqlTop.set(key, (sqlTop.get(key) ?? 0) + 1);
  }
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;
if (sqlTop)
  process.on("exit", () => {
    for (const [text, n] of [...sqlTop].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.error(`${n}\t${text}`);
  });

installStats(() => statements);
// A URL, so type-checking does not need the build.
await import(new URL("../../dist/main.js", import.meta.url).href);
