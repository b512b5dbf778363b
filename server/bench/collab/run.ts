/**
 * `pnpm bench` (second part), or `pnpm --filter @roundtable/server bench:collab`: the live
 * document endpoint against a bare @y/websocket-server 0.1.1, both started here as processes, on
 * loopback, with stock y-websocket clients in separate load processes. A benchmark: it prints
 * figures and ratios, it fails on nothing. docs/bench.md holds a full run and the targets.
 *
 * BENCH_INSERTS (1000) measured keystrokes per latency run; BENCH_ROOMS (200) rooms of 5 clients
 * in scenario 3, typing for BENCH_TYPING_SECONDS (30) after BENCH_IDLE_SECONDS (10) idle.
 * BENCH_CPU_PROF=<dir> writes a V8 CPU profile of each server process there (named by its pid, which is logged);
 * BENCH_HEAP_SNAPSHOTS=<dir> a heap snapshot of both servers at every reading; BENCH_SQL_TOP=1
 * our server's most frequent PostgreSQL statements at exit (diagnosis: they distort the figures).
 * BENCH_SCENARIOS (1,2,3,4) runs only the listed scenarios, e.g. `BENCH_SCENARIOS=3`.
 * BENCH_DATABASE_URL=postgres://…/postgres runs our server on PostgreSQL instead of PGlite, in a
 * fresh database the benchmark creates there and drops at the end.
 * BENCH_SEED_CACHE=<dir> keeps the seeded database (PGlite: a copy of its directory; PostgreSQL: a
 * template database) and reuses it in later runs with the same scenarios and BENCH_ROOMS, so
 * repeated runs skip the seeding (minutes on a busy machine). Taken before any scenario ran: no
 * document is initialised in it.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { killAll, startServer, type ServerProcess } from "./processes.js";
import { connectRound, runLoad, type LoadOptions, type LoadResult, type Phase } from "./scenario.js";
import type { ServerStats } from "./stats.js";
import { readStored } from "./stored.js";
import { ADMIN_EMAIL, ADMIN_PASSWORD, seedRooms, staffCookie } from "./seed.js";
import { formatTable, type Row } from "./table.js";

const inserts = Number(process.env.BENCH_INSERTS ?? 1000);
const roomCount = Number(process.env.BENCH_ROOMS ?? 200);
const typingSeconds = Number(process.env.BENCH_TYPING_SECONDS ?? 30);
const idleSeconds = Number(process.env.BENCH_IDLE_SECONDS ?? 10);
const SIZES = [2, 20, 100];
const MB = 1024 * 1024;
/** Scenario 3's connect phase is taken this many times, each on rooms nobody opened yet. */
const CONNECT_ROUNDS = 3;
/**
 * Scenario 4's runs, each on a fresh process, interleaved so that a drift of the machine favours
 * neither mode. One run's p99 moves by a few milliseconds (a collection in a load process, the
 * scheduler on two cores): each mode's figure is the median of its three runs.
 */
const PERSISTENCE_ORDER = ["on", "off", "off", "on", "on", "off"] as const;
const scenarios = new Set((process.env.BENCH_SCENARIOS ?? "1,2,3,4").split(",").map((s) => Number(s.trim())));
const adminUrl = process.env.BENCH_DATABASE_URL;
const seedCache = process.env.BENCH_SEED_CACHE ? path.resolve(process.env.BENCH_SEED_CACHE) : undefined;
// "w": scenario 3 has a warm-up room of its own (seeds from before it are one room short); "x":
// rooms for each connect round.
// "p<n>": a room for each of scenario 4's runs.
const seedKey = `${adminUrl ? "postgres" : "pglite"}-s${[...scenarios].sort().join("")}-r${roomCount}x${CONNECT_ROUNDS}w-p${PERSISTENCE_ORDER.length}`;
const seedTemplate = `rt_bench_seed_${seedKey.replace(/-/g, "_")}`;
const seedIds = seedCache && path.join(seedCache, `${seedKey}.json`);
const cachedIds = seedIds && fs.existsSync(seedIds) ? (JSON.parse(fs.readFileSync(seedIds, "utf8")) as string[]) : null;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rt-bench-collab-"));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function admin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const databaseName = (url: string) => new URL(url).pathname.slice(1);

/** A fresh PostgreSQL database for this run (a copy of the cached seed if there is one). */
async function createDatabase(url: string): Promise<string> {
  const name = `rt_bench_${Date.now()}`;
  await admin(url, (c) => c.query(`CREATE DATABASE ${name}${cachedIds ? ` TEMPLATE ${seedTemplate}` : ""}`));
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return fresh.toString();
}

if (cachedIds && !adminUrl) fs.cpSync(path.join(seedCache!, seedKey), path.join(tmp, "pglite"), { recursive: true });
/** A fresh PostgreSQL database for this run, or undefined for PGlite. */
const databaseUrl = adminUrl ? await createDatabase(adminUrl) : undefined;

/**
 * Before a run that compares persistence on and off: PostgreSQL's background work left from
 * earlier writes (a timed checkpoint spreads its writes over minutes; autovacuum after scenario
 * 3's rows) done now, so that it lands on neither mode's run. PGlite has no background processes.
 */
async function settleDatabase(): Promise<void> {
  if (!databaseUrl) return;
  await admin(databaseUrl, async (c) => {
    await c.query("VACUUM (ANALYZE)");
    await c.query("CHECKPOINT");
  });
}

/** Keeps the just-seeded database for later runs; our server must be stopped. */
async function saveSeed(ids: string[]): Promise<void> {
  if (!seedCache || !seedIds) return;
  fs.mkdirSync(seedCache, { recursive: true });
  if (databaseUrl) {
    await admin(adminUrl!, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${seedTemplate}`);
      await c.query(`CREATE DATABASE ${seedTemplate} TEMPLATE ${databaseName(databaseUrl)}`);
    });
  } else {
    fs.rmSync(path.join(seedCache, seedKey), { recursive: true, force: true });
    fs.cpSync(path.join(tmp, "pglite"), path.join(seedCache, seedKey), { recursive: true });
  }
  fs.writeFileSync(seedIds, JSON.stringify(ids));
}
const ourEnv = {
  PORT: "0",
  DATA_DIR: tmp,
  DEMO_DATA: "false",
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  SIGN_IN_DELAY_MS: "0",
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
};
/** Stores put off beyond the run: the nearest to "persistence off" the endpoint allows. */
const deferredStores = { COLLAB_STORE_DEBOUNCE_MS: "3600000", COLLAB_STORE_MAX_DELAY_MS: "3600000" };

const profile = process.env.BENCH_CPU_PROF
  ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`]
  : [];
// Our server as the container runs it: compiled by tsc, not through tsx, whose esbuild transform
// names every function at run time (a dictionary of properties on each closure, and the call).
console.log("building @roundtable/shared and @roundtable/server (dist/, as deployed)");
execFileSync("pnpm", ["--filter", "@roundtable/shared", "--filter", "@roundtable/server", "build"], {
  cwd: path.resolve(import.meta.dirname, "../../.."),
  stdio: ["ignore", "ignore", "inherit"],
});
const startOurs = (env: Record<string, string> = {}) =>
  startServer("ours", "bench/collab/our-server.ts", { ...ourEnv, ...env }, [
    "--conditions=roundtable-built",
    ...profile,
  ]);
const startBaseline = () => startServer("baseline", "bench/collab/baseline-server.ts", {}, profile);
const wsUrl = (s: ServerProcess) => s.url.replace(/^http/, "ws") + (s.name === "ours" ? "/collab" : "");

const base = { clientsPerRoom: 2, readerProcesses: 1, spreadMs: 0, idleMs: 0, charsPerSecond: 25, warmup: 25 };
const rows: Row[] = [];
const log = (message: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

async function pair(
  label: string,
  servers: { baseline: ServerProcess; ours: ServerProcess; cookie: string },
  options: Omit<LoadOptions, "serverUrl" | "cookie">,
): Promise<{ baseline: LoadResult; ours: LoadResult }> {
  const results: Partial<Record<"baseline" | "ours", LoadResult>> = {};
  for (const name of ["baseline", "ours"] as const) {
    const server = servers[name];
    log(`${label}: ${name}`);
    const r = await runLoad(server, { ...options, serverUrl: wsUrl(server), cookie: servers.cookie });
    const l = r.latency;
    log(
      `  p50 ${l.p50.toFixed(1)} p99 ${l.p99.toFixed(1)} max ${l.max.toFixed(1)} ms (${l.samples} samples, ${l.lost} lost); ` +
        `connect ${r.connect.ms.toFixed(0)} ms (${r.connect.connectionErrors} errors); loop max ${r.typing.stats.loopMaxMs.toFixed(1)} ms`,
    );
    results[name] = r;
  }
  return results as { baseline: LoadResult; ours: LoadResult };
}

function latencyRows(scenario: string, r: { baseline: LoadResult; ours: LoadResult }, target?: Row["target"]): void {
  for (const k of ["p50", "p99", "max"] as const) {
    rows.push({
      scenario,
      figure: `edit→visible ${k}`,
      baseline: r.baseline.latency[k],
      ours: r.ours.latency[k],
      unit: " ms",
      target: k === "p99" ? target : undefined,
    });
  }
}

let ours: ServerProcess | undefined;
let baseline: ServerProcess | undefined;
try {
  console.log(
    `Live-document benchmark: scenarios ${[...scenarios].join(",")}, ${inserts} measured keystrokes, ` +
      `${os.cpus().length} cores, ${databaseUrl ? `PostgreSQL ${new URL(databaseUrl).pathname.slice(1)}` : `PGlite in ${tmp}`}\n`,
  );
  ours = await startOurs();
  baseline = await startBaseline();
  const counts = { 1: SIZES.length, 2: 1, 3: roomCount * CONNECT_ROUNDS + 1, 4: PERSISTENCE_ORDER.length } as const;
  let ids: string[];
  if (cachedIds) {
    log(`seeded conferences from ${seedCache}`);
    ids = [...cachedIds];
  } else {
    log("seeding conferences through GraphQL");
    ids = await seedRooms(
      ours.url,
      ([1, 2, 3, 4] as const).reduce((n, k) => n + (scenarios.has(k) ? counts[k] : 0), 0),
    );
    if (seedCache) {
      await ours.stop();
      await saveSeed(ids);
      ours = await startOurs();
    }
  }
  const take = (k: 1 | 2 | 3 | 4) => (scenarios.has(k) ? ids.splice(0, counts[k]) : []);
  const [s1, s2, [warmRoom, ...s3rounds], s4] = [take(1), take(2), take(3), take(4)];
  const s3 = s3rounds.slice(0, roomCount);
  let cookie = await staffCookie(ours.url, false);

  // 1. One writer at 25 characters/s; joins spread over one awareness period (15 s).
  for (const [i, n] of scenarios.has(1) ? SIZES.entries() : []) {
    const r = await pair(
      `1. N=${n}`,
      { baseline, ours, cookie },
      {
        ...base,
        rooms: [s1[i]!],
        clientsPerRoom: n,
        readerProcesses: n > 20 ? 2 : 1,
        spreadMs: n > 2 ? 15_000 : 0,
        measured: inserts,
        minTypingMs: 0,
      },
    );
    latencyRows(
      `1. 1 room, N=${n}`,
      r,
      n > 2
        ? { ratio: 1.5, absolute: n === 100 ? 100 : undefined, label: n === 100 ? "≤ 1.5×, < 100 ms" : "≤ 1.5×" }
        : undefined,
    );
  }

  // 2. 100 clients opened within one second: their awareness renewals come in step, every 15 s.
  if (scenarios.has(2)) {
    const sync = await pair(
      "2. N=100 in step",
      { baseline, ours, cookie },
      {
        ...base,
        rooms: s2,
        clientsPerRoom: 100,
        readerProcesses: 2,
        measured: inserts,
        minTypingMs: 40_000,
      },
    );
    latencyRows("2. N=100 joined in 1 s", sync);
    rows.push({
      scenario: "2. N=100 joined in 1 s",
      figure: "worst event-loop stall",
      baseline: sync.baseline.typing.stats.loopMaxMs,
      ours: sync.ours.typing.stats.loopMaxMs,
      unit: " ms",
      target: { ratio: 0.25, label: "≤ 0.25×" },
    });
    rows.push({
      scenario: "2. N=100 joined in 1 s",
      figure: "joined: first to last sync",
      baseline: sync.baseline.connect.syncSpreadMs,
      ours: sync.ours.connect.syncSpreadMs,
      unit: " ms",
    });
  }

  // 3. 200 rooms × 5 clients, on fresh processes so memory growth starts from a clean heap.
  if (scenarios.has(3)) {
    await ours.stop();
    await baseline.stop();
    ours = await startOurs();
    baseline = await startBaseline();
    cookie = await staffCookie(ours.url, false);
    // One room typed in and left first, on both: code compiled on first use and buffers grown once
    // are start-up costs, not growth under load.
    for (const server of [baseline, ours]) {
      log(`3. warm-up: ${server.name}`);
      await runLoad(server, {
        ...base,
        serverUrl: wsUrl(server),
        cookie,
        rooms: [warmRoom!],
        clientsPerRoom: 50,
        charsPerSecond: 25,
        warmup: 0,
        measured: 100,
        minTypingMs: 0,
      });
    }
    const many = await pair(
      `3. ${roomCount} rooms × 5`,
      { baseline, ours, cookie },
      {
        ...base,
        rooms: s3,
        clientsPerRoom: 5,
        readerProcesses: 3,
        idleMs: idleSeconds * 1000,
        charsPerSecond: 2,
        warmup: 2,
        measured: typingSeconds * 2 - 2,
        minTypingMs: 0,
      },
    );
    const s3label = `3. ${roomCount} rooms × 5`;
    const s3row = (figure: string, f: (r: LoadResult) => number, unit: string, target?: Row["target"]) =>
      rows.push({ scenario: s3label, figure, baseline: f(many.baseline), ours: f(many.ours), unit, target });
    const t15 = { ratio: 1.5, label: "≤ 1.5×" };
    // The first round is the one above; the others only connect, each server going first in turn
    // so that a drift of the machine favours neither.
    const connects = { baseline: [many.baseline.connect.ms], ours: [many.ours.connect.ms] };
    for (let round = 1; round < CONNECT_ROUNDS; round++) {
      const rooms = s3rounds.slice(round * roomCount, (round + 1) * roomCount);
      for (const name of round % 2 === 1 ? (["ours", "baseline"] as const) : (["baseline", "ours"] as const)) {
        const server = name === "ours" ? ours : baseline;
        const ms = await connectRound(server, {
          serverUrl: wsUrl(server),
          cookie,
          rooms,
          clientsPerRoom: 5,
          readerProcesses: 3,
        });
        connects[name].push(ms);
        log(`3. connect round ${round + 1}: ${name} ${ms.toFixed(0)} ms`);
      }
    }
    rows.push({
      scenario: s3label,
      figure: `connect + sync, all clients, median of ${CONNECT_ROUNDS}`,
      baseline: median(connects.baseline),
      ours: median(connects.ours),
      unit: " ms",
      target: t15,
    });
    for (let round = 0; round < CONNECT_ROUNDS; round++) {
      const figure = `connect + sync, round ${round + 1}`;
      rows.push({
        scenario: s3label,
        figure,
        baseline: connects.baseline[round]!,
        ours: connects.ours[round]!,
        unit: " ms",
      });
    }
    s3row("RSS growth, idle", (r) => (r.idle.stats.rss - r.rssBefore) / MB, " MB", t15);
    s3row("RSS growth, after typing", (r) => (r.typing.stats.rss - r.rssBefore) / MB, " MB", t15);
    // The young generation holds nothing after the collection; V8 sizes it by the allocation rate.
    const beyondYoung = (phase: "idle" | "typing") => (r: LoadResult) =>
      (r[phase].stats.rss - r[phase].stats.heapYoung - (r.rssBefore - r.statsBefore.heapYoung)) / MB;
    s3row("RSS growth beyond the young generation, idle", beyondYoung("idle"), " MB");
    s3row("RSS growth beyond the young generation, typing", beyondYoung("typing"), " MB");
    // What the process holds after a full collection, without V8's and the allocator's reserves.
    s3row("V8 heap in use, growth idle", (r) => (r.idle.stats.heapUsed - r.statsBefore.heapUsed) / MB, " MB", t15);
    s3row("V8 heap in use, growth typing", (r) => (r.typing.stats.heapUsed - r.statsBefore.heapUsed) / MB, " MB", t15);
    s3row("of which compiled code, idle", (r) => (r.idle.stats.heapCode - r.statsBefore.heapCode) / MB, " MB");
    s3row("server CPU while connecting", (r) => r.connect.cpuPercent, " %");
    s3row("write system calls, connecting", (r) => r.connect.stats.writes - r.statsBefore.writes, "");
    if (databaseUrl) {
      const statements = (phase: Phase, before: ServerStats) => phase.stats.statements - before.statements;
      const o = many.ours;
      for (const [figure, value] of [
        ["statements to PostgreSQL, connecting", statements(o.connect, o.statsBefore)],
        ["statements to PostgreSQL, typing", statements(o.typing, o.idle.stats)],
      ] as const)
        rows.push({ scenario: s3label, figure, baseline: null, ours: value, unit: "" });
    }
    s3row("server CPU idle", (r) => r.idle.cpuPercent, " %");
    s3row("server CPU typing 2 char/s/room", (r) => r.typing.cpuPercent, " %");
    s3row("worst event-loop stall, typing", (r) => r.typing.stats.loopMaxMs, " ms");
    s3row("edit→visible p99", (r) => r.latency.p99, " ms");
    for (const [name, r] of Object.entries(many)) {
      const growth = (phase: "idle" | "typing") =>
        (["rss", "heapTotal", "heapYoung", "heapUsed", "external", "arrayBuffers", "wasm"] as const)
          .map((k) => `${k} ${((r[phase].stats[k] - r.statsBefore[k]) / MB).toFixed(1)}`)
          .join(", ");
      log(`  ${name} growth (MB), idle: ${growth("idle")}; typing: ${growth("typing")}`);
    }
  }

  // 4b. Fan-out with persistence on vs stores deferred past the run, each on a fresh process.
  if (scenarios.has(4)) {
    const persistence: Record<"on" | "off", LoadResult[]> = { on: [], off: [] };
    for (const [i, mode] of PERSISTENCE_ORDER.entries()) {
      await ours.stop();
      await settleDatabase();
      ours = await startOurs(mode === "off" ? deferredStores : {});
      cookie = await staffCookie(ours.url, false);
      log(`4. N=100, persistence ${mode}`);
      const result = await runLoad(ours, {
        ...base,
        serverUrl: wsUrl(ours),
        cookie,
        rooms: [s4[i]!],
        clientsPerRoom: 100,
        readerProcesses: 2,
        spreadMs: 15_000,
        measured: inserts,
        minTypingMs: 0,
      });
      persistence[mode].push(result);
      log(`  p99 ${result.latency.p99.toFixed(1)} ms`);
    }
    await ours.stop(); // flushes every pending store before the database closes
    for (const mode of ["on", "off"] as const)
      log(
        `4. p99 of each run, persistence ${mode}: ${persistence[mode].map((r) => r.latency.p99.toFixed(1)).join(", ")} ms`,
      );

    // 4a. What the collab_updates log holds, per keystroke, for the rooms typed at 25 and 2 char/s.
    const stored = await readStored(databaseUrl ? { url: databaseUrl } : { pgliteDir: path.join(tmp, "pglite") });
    const fast = [...s1, ...s2, ...s4];
    const updateBytes = persistence.on[0]!.updateBytes;
    const t2 = { absolute: 2 * updateBytes, label: `≤ 2 × ${updateBytes.toFixed(1)} B` };
    const p4 = (figure: string, ours: number, unit: string, target?: Row["target"]) =>
      rows.push({ scenario: "4. persistence", figure, baseline: null, ours, unit, target });
    p4("one keystroke's Yjs update", updateBytes, " B");
    p4("DB bytes/keystroke, 25 char/s", stored.bytesPerKeystroke(fast, inserts + base.warmup), " B", t2);
    if (s3.length > 0) p4("DB bytes/keystroke, 2 char/s", stored.bytesPerKeystroke(s3, typingSeconds * 2), " B", t2);
    p4("rows per 25 char/s room", stored.rowsPerRoom(fast), "");
    rows.push({
      scenario: "4. persistence off→on",
      figure: `edit→visible p99, median of ${PERSISTENCE_ORDER.length / 2} (baseline = stores deferred)`,
      baseline: median(persistence.off.map((r) => r.latency.p99)),
      ours: median(persistence.on.map((r) => r.latency.p99)),
      unit: " ms",
      target: { ratio: 1.1, label: "≤ 1.1×" },
    });
    if (stored.compacted > 0)
      console.log(`(${stored.compacted} documents were compacted: their folded rows are not counted)`);
  }
  console.log(`\n${formatTable(rows)}\n`);
} finally {
  await Promise.all([ours?.stop(), baseline?.stop()]);
  killAll();
  fs.rmSync(tmp, { recursive: true, force: true });
  if (adminUrl && databaseUrl)
    await admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${databaseName(databaseUrl)} WITH (FORCE)`));
}
