/**
 * `pnpm bench`: throughput figures as ratios against a baseline measured in the same run, on
 * this machine, over loopback. Not a test: it asserts nothing and prints a table.
 *
 *  1. A trivial query `{ __typename }`: a plain Apollo Server 5 (SDL schema) vs our full stack
 *     (Express 5, type-graphql, validation, context with loaders). Target: ours ≥ 0.9×.
 *  2. The case-list page (50 cases with conferences and participants) on PGlite and, when
 *     DATABASE_URL is set, on PostgreSQL: req/s, p99 latency, SQL statements per request.
 *
 * BENCH_SECONDS (default 8) sets each run's length; BENCH_CONNECTIONS (default 50) the load.
 */
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import pg from "pg";
import type { Logger as TypeOrmLogger } from "typeorm";
import { openDatabase } from "../src/db/data-source.js";
import { BENCH_EMAIL, BENCH_PASSWORD, CASE_LIST_QUERY, seedCaseList } from "./seed.js";

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const serverDir = path.resolve(import.meta.dirname, "..");
const children: ChildProcess[] = [];

/** Starts a script with tsx and waits for the JSON line that carries its URL. */
async function startProcess(script: string, env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: serverDir,
    // Embedded unless a run names its database: DATABASE_URL is the benchmark's, not the server's.
    env: { ...process.env, DATABASE_URL: "", LOG_LEVEL: "info", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  for await (const line of readline.createInterface({ input: child.stdout! })) {
    try {
      const { url } = JSON.parse(line) as { url?: string };
      if (url) {
        child.stdout!.resume();
        return url.replace(/\/$/, "");
      }
    } catch {
      // not a JSON line
    }
  }
  throw new Error(`${script} exited before it printed its URL`);
}

async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** A session cookie for the account that sees the seeded cases. */
async function signIn(url: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`,
      variables: { e: BENCH_EMAIL, p: BENCH_PASSWORD },
    }),
  });
  const cookie = res.headers.getSetCookie()[0]?.split(";")[0];
  if (!cookie) throw new Error(`${url}: sign-in failed: ${await res.text()}`);
  return { cookie };
}

async function load(url: string, query: string, auth: Record<string, string> = {}) {
  const body = JSON.stringify({ query });
  const headers = { "content-type": "application/json", ...auth };
  // GraphQL errors come with status 200: check one answer before measuring a thousand.
  const probeText = await (await fetch(`${url}/graphql`, { method: "POST", headers, body })).text();
  const probe = JSON.parse(probeText) as { errors?: unknown };
  if (probe.errors) throw new Error(`${url}: ${JSON.stringify(probe.errors)}`);
  const opts = {
    url: `${url}/graphql`,
    method: "POST" as const,
    headers,
    body,
    connections,
  };
  await autocannon({ ...opts, duration: 2 }); // warm-up: JIT, connection pools, query plans
  const r = await autocannon({ ...opts, duration: seconds });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
  return { rps: r.requests.average, p99: r.latency.p99, bytes: probeText.length };
}

/** SQL statements one case-list request costs, counted in-process with a logging data source. */
async function statementsPerRequest(url: string | undefined, dir: string | undefined): Promise<number> {
  let count = 0;
  const logger: TypeOrmLogger = {
    logQuery: () => void count++,
    logQueryError: () => {},
    logQuerySlow: () => {},
    logSchemaBuild: () => {},
    logMigration: () => {},
    log: () => {},
  };
  const { loadConfig } = await import("../src/config.js");
  const { startHttpServer } = await import("../src/http/server.js");
  const { createLogger } = await import("../src/logger.js");
  const db = await openDatabase({ url, pgliteDir: dir, logger, migrate: false });
  const server = await startHttpServer(loadConfig({ PORT: "0", LOG_LEVEL: "silent" }), db, createLogger("silent"));
  const auth = await signIn(server.url);
  count = 0;
  await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...auth },
    body: JSON.stringify({ query: CASE_LIST_QUERY }),
  });
  const n = count;
  await server.stop();
  await db.close();
  return n;
}

const rows: string[][] = [];
type Result = Awaited<ReturnType<typeof load>>;
let baseline: Result | undefined;
function report(scenario: string, server: string, r: Result, statements: number | "-") {
  baseline ??= r;
  rows.push([
    scenario,
    server,
    r.rps.toFixed(0),
    String(r.p99),
    `${(r.rps / baseline.rps).toFixed(2)}×`,
    String(statements),
    String(r.bytes),
  ]);
}

try {
  console.log(`Benchmark: ${connections} connections, ${seconds} s per run, ${os.cpus().length} cores\n`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rt-bench-"));

  // 1. Trivial query: baseline and ours, each in its own process.
  const apolloUrl = await startProcess("bench/plain-apollo.ts", {});
  report("trivial query", "plain Apollo 5 (baseline)", await load(apolloUrl, "{ __typename }"), "-");
  const pgliteDir = path.join(tmp, "pglite");
  const ours = await startProcess("src/main.ts", { PORT: "0", DATA_DIR: tmp, DEMO_DATA: "false" });
  const trivial = await load(ours, "{ __typename }");
  report("trivial query", "Roundtable", trivial, "-");

  // 2. Case-list page on PGlite: stop the server, seed its directory, start it again.
  await stopProcess(children.pop());
  const seedDb = await openDatabase({ pgliteDir });
  await seedCaseList(seedDb.dataSource);
  await seedDb.close();
  const pgliteStatements = await statementsPerRequest(undefined, pgliteDir);
  const oursPglite = await startProcess("src/main.ts", { PORT: "0", DATA_DIR: tmp, DEMO_DATA: "false" });
  const pglitePage = await load(oursPglite, CASE_LIST_QUERY, await signIn(oursPglite));
  report("case list, 50 cases", "Roundtable on PGlite", pglitePage, pgliteStatements);

  if (process.env.DATABASE_URL) {
    const name = `rt_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    try {
      const db = await openDatabase({ url: url.toString() });
      await seedCaseList(db.dataSource);
      await db.close();
      const pgStatements = await statementsPerRequest(url.toString(), undefined);
      const oursPg = await startProcess("src/main.ts", { PORT: "0", DATABASE_URL: url.toString() });
      const pgPage = await load(oursPg, CASE_LIST_QUERY, await signIn(oursPg));
      report("case list, 50 cases", "Roundtable on PostgreSQL", pgPage, pgStatements);
      await stopProcess(children.pop());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  } else {
    rows.push(["case list, 50 cases", "PostgreSQL: not run (DATABASE_URL not set)", "-", "-", "-", "-", "-"]);
  }

  const head = ["scenario", "server", "req/s", "p99 ms", "vs baseline", "SQL/request", "bytes/answer"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  console.log(fmt(head));
  for (const r of rows) console.log(fmt(r));
} finally {
  await Promise.all(children.map(stopProcess));
}
