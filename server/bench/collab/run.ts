/**
 * `pnpm bench` (second part), or `pnpm --filter @roundtable/server bench:collab`: the live
 * document endpoint against a bare @y/websocket-server 0.1.1, both started here as processes, on
 * loopback, with stock y-websocket clients in separate load processes. A benchmark: it prints
 * figures and ratios, it fails on nothing. docs/bench.md holds a full run and the targets.
 *
 * BENCH_INSERTS (1000) measured keystrokes per latency run; BENCH_ROOMS (200) rooms of 5 clients
 * in scenario 3, typing for BENCH_TYPING_SECONDS (30) after BENCH_IDLE_SECONDS (10) idle.
 * BENCH_CPU_PROF=<dir> writes a V8 CPU profile of each of our server processes there.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { killAll, startServer, type ServerProcess } from "./processes.js";
import { runLoad, type LoadOptions, type LoadResult } from "./scenario.js";
import { readStored } from "./stored.js";
import { ADMIN_EMAIL, ADMIN_PASSWORD, seedRooms, staffCookie } from "./seed.js";
import { formatTable, type Row } from "./table.js";

const inserts = Number(process.env.BENCH_INSERTS ?? 1000);
const roomCount = Number(process.env.BENCH_ROOMS ?? 200);
const typingSeconds = Number(process.env.BENCH_TYPING_SECONDS ?? 30);
const idleSeconds = Number(process.env.BENCH_IDLE_SECONDS ?? 10);
const SIZES = [2, 20, 100];
const MB = 1024 * 1024;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rt-bench-collab-"));
const ourEnv = {
  PORT: "0",
  DATA_DIR: tmp,
  DEMO_DATA: "false",
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  SIGN_IN_DELAY_MS: "0",
};
/** Stores put off beyond the run: the nearest to "persistence off" the endpoint allows. */
const deferredStores = { COLLAB_STORE_DEBOUNCE_MS: "3600000", COLLAB_STORE_MAX_DELAY_MS: "3600000" };

const profile = process.env.BENCH_CPU_PROF
  ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`]
  : [];
const startOurs = (env: Record<string, string> = {}) =>
  startServer("ours", "bench/collab/our-server.ts", { ...ourEnv, ...env }, profile);
const startBaseline = () => startServer("baseline", "bench/collab/baseline-server.ts", {});
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
  console.log(`Live-document benchmark: ${inserts} measured keystrokes, ${os.cpus().length} cores, data in ${tmp}\n`);
  ours = await startOurs();
  baseline = await startBaseline();
  log("seeding conferences through GraphQL");
  const ids = await seedRooms(ours.url, SIZES.length + 1 + roomCount + 2);
  const [s1, s2, s3, s4] = [ids.slice(0, 3), ids[3]!, ids.slice(4, 4 + roomCount), ids.slice(4 + roomCount)];
  let cookie = await staffCookie(ours.url, false);

  // 1. One writer at 25 characters/s; joins spread over one awareness period (15 s).
  for (const [i, n] of SIZES.entries()) {
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
  const sync = await pair(
    "2. N=100 in step",
    { baseline, ours, cookie },
    {
      ...base,
      rooms: [s2],
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

  // 3. 200 rooms × 5 clients, on fresh processes so memory growth starts from a clean heap.
  await ours.stop();
  await baseline.stop();
  ours = await startOurs();
  baseline = await startBaseline();
  cookie = await staffCookie(ours.url, false);
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
  s3row("connect + sync, all clients", (r) => r.connect.ms, " ms", t15);
  s3row("RSS growth, idle", (r) => (r.idle.stats.rss - r.rssBefore) / MB, " MB", t15);
  s3row("RSS growth, after typing", (r) => (r.typing.stats.rss - r.rssBefore) / MB, " MB", t15);
  s3row("server CPU while connecting", (r) => r.connect.cpuPercent, " %");
  s3row("server CPU idle", (r) => r.idle.cpuPercent, " %");
  s3row("server CPU typing 2 char/s/room", (r) => r.typing.cpuPercent, " %");
  s3row("worst event-loop stall, typing", (r) => r.typing.stats.loopMaxMs, " ms");
  s3row("edit→visible p99", (r) => r.latency.p99, " ms");

  // 4b. Fan-out with persistence on vs stores deferred past the run, each on a fresh process.
  const persistence: Partial<Record<"on" | "off", LoadResult>> = {};
  for (const [i, mode] of (["on", "off"] as const).entries()) {
    await ours.stop();
    ours = await startOurs(mode === "off" ? deferredStores : {});
    cookie = await staffCookie(ours.url, false);
    log(`4. N=100, persistence ${mode}`);
    persistence[mode] = await runLoad(ours, {
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
    log(`  p99 ${persistence[mode].latency.p99.toFixed(1)} ms`);
  }
  await ours.stop(); // flushes every pending store before the database closes

  // 4a. What the collab_updates log holds, per keystroke, for the rooms typed at 25 and 2 char/s.
  const stored = await readStored(path.join(tmp, "pglite"));
  const fast = [...s1, s2, ...s4];
  const updateBytes = persistence.on!.updateBytes;
  const t2 = { absolute: 2 * updateBytes, label: `≤ 2 × ${updateBytes.toFixed(1)} B` };
  const p4 = (figure: string, ours: number, unit: string, target?: Row["target"]) =>
    rows.push({ scenario: "4. persistence", figure, baseline: null, ours, unit, target });
  p4("one keystroke's Yjs update", updateBytes, " B");
  p4("DB bytes/keystroke, 25 char/s", stored.bytesPerKeystroke(fast, inserts + base.warmup), " B", t2);
  p4("DB bytes/keystroke, 2 char/s", stored.bytesPerKeystroke(s3, typingSeconds * 2), " B", t2);
  p4("rows per 25 char/s room", stored.rowsPerRoom(fast), "");
  rows.push({
    scenario: "4. persistence off→on",
    figure: "edit→visible p99 (baseline = stores deferred)",
    baseline: persistence.off!.latency.p99,
    ours: persistence.on!.latency.p99,
    unit: " ms",
    target: { ratio: 1.1, label: "≤ 1.1×" },
  });
  console.log(`\n${formatTable(rows)}\n`);
  if (stored.compacted > 0)
    console.log(`(${stored.compacted} documents were compacted: their folded rows are not counted)`);
} finally {
  await Promise.all([ours?.stop(), baseline?.stop()]);
  killAll();
  fs.rmSync(tmp, { recursive: true, force: true });
}
