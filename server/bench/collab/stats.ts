import { readFileSync } from "node:fs";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { getHeapSpaceStatistics, writeHeapSnapshot } from "node:v8";

/** One line a server wrapper prints per measurement window (SIGUSR2, and once at exit). */
export interface ServerStats {
  /** The longest event-loop stall in the window: what every client waited at worst. */
  loopMaxMs: number;
  loopP99Ms: number;
  /** User + system CPU since the process started; the benchmark takes differences. */
  cpuMs: number;
  rss: number;
  /** Where the RSS is: V8's heap, and memory outside it (buffers, PGlite's WebAssembly memory). */
  heapUsed: number;
  /** Part of heapUsed: compiled code, which grows once as code gets hot, not with the load. */
  heapCode: number;
  /**
   * Part of heapTotal (and the RSS): the young generation as committed. Empty after the full
   * collection, but V8 keeps it as large as the allocation rate made it (up to 32 MB).
   */
  heapYoung: number;
  /** V8's heap as reserved: what the heap adds to the RSS. */
  heapTotal: number;
  external: number;
  /** Part of external: ArrayBuffers (socket buffers, Yjs updates, bytea rows). */
  arrayBuffers: number;
  /** WebAssembly memories of the process (PGlite's heap; 0 for the baseline and on PostgreSQL). */
  wasm: number;
  /** Statements sent to PostgreSQL since the process started (0 on PGlite and for the baseline). */
  statements: number;
  /**
   * Write system calls since the process started (sockets to clients and to PostgreSQL, the
   * log): on loopback each one also runs the receiver's side of TCP, on our CPU. 0 off Linux.
   */
  writes: number;
}

/** How long a reading waits after its collection before it reads the memory (see installStats). */
const RSS_SETTLE_MS = 100;

/** `syscw` of /proc/self/io. */
function writeCalls(): number {
  try {
    return Number(/^syscw: (\d+)$/m.exec(readFileSync("/proc/self/io", "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The part of the WebAssembly API used here (the project's TypeScript lib has no DOM types). */
interface WasmMemory {
  buffer: ArrayBuffer;
}
interface WasmApi {
  Memory: abstract new (...args: never[]) => WasmMemory;
  Instance: new (...args: unknown[]) => { exports: unknown };
  instantiate(...args: unknown[]): Promise<unknown>;
}

/**
 * Every WebAssembly memory the process instantiates, so the stats can say how much of the RSS is
 * the embedded database (PGlite builds its instance with `new WebAssembly.Instance`). Installed
 * before the server loads PGlite.
 */
function trackWasmMemories(): () => number {
  const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
  const memories = new Set<WasmMemory>();
  const note = (values: unknown) => {
    for (const value of Object.values(values ?? {}) as unknown[]) {
      if (value instanceof wasm.Memory) memories.add(value);
      // Imports are namespaced objects: { env: { memory } }.
      else if (value && typeof value === "object" && !ArrayBuffer.isView(value))
        for (const v of Object.values(value) as unknown[]) if (v instanceof wasm.Memory) memories.add(v);
    }
  };
  wasm.Instance = new Proxy(wasm.Instance, {
    construct(target, args: unknown[], newTarget: new (...a: unknown[]) => unknown) {
      const instance = Reflect.construct(target, args, newTarget) as { exports: unknown };
      note(instance.exports);
      note(args[1]);
      return instance;
    },
  });
  const instantiate = wasm.instantiate.bind(wasm);
  wasm.instantiate = async (...args: unknown[]) => {
    const result = (await instantiate(...args)) as { instance?: { exports: unknown }; exports?: unknown };
    note((result.instance ?? result).exports);
    note(args[1]);
    return result;
  };
  return () => [...memories].reduce((n, m) => n + m.buffer.byteLength, 0);
}

/**
 * Installed by the wrappers before the server's own code loads, so the figures come from inside
 * the server process (a load generator's own stalls would otherwise be counted) and src/ stays
 * untouched. Each SIGUSR2 prints the window's figures and starts a new window.
 */
export function installStats(statements: () => number = () => 0): void {
  const wasmBytes = trackWasmMemories();
  // 1 ms resolution: the stalls we look for are tens of milliseconds, the cost is negligible.
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  // Started with --expose-gc: memory is read after a full collection, or RSS mostly measures
  // when V8 last happened to collect (a fresh process even shrinks while it settles).
  const gc = (globalThis as { gc?: () => void }).gc;
  const snapshots = process.env.BENCH_HEAP_SNAPSHOTS;
  let window = 0;
  /** The window's figures; the memory ones read `settleMs` after a full collection. */
  const print = (settleMs: number) => {
    const loopMaxMs = histogram.max / 1e6;
    const loopP99Ms = histogram.percentile(99) / 1e6;
    // Our own collection must not count as a stall of the next window.
    histogram.disable();
    gc?.();
    const read = () => {
      const cpu = process.cpuUsage();
      const spaces = getHeapSpaceStatistics();
      const stats: ServerStats = {
        loopMaxMs,
        loopP99Ms,
        cpuMs: (cpu.user + cpu.system) / 1000,
        ...(({ rss, heapUsed, heapTotal, external, arrayBuffers }) => ({
          rss,
          heapUsed,
          heapTotal,
          external,
          arrayBuffers,
        }))(process.memoryUsage()),
        heapCode: spaces
          .filter((space) => space.space_name.startsWith("code"))
          .reduce((n, space) => n + space.space_used_size, 0),
        heapYoung: spaces
          .filter((space) => space.space_name.startsWith("new"))
          .reduce((n, space) => n + space.physical_space_size, 0),
        wasm: wasmBytes(),
        statements: statements(),
        writes: writeCalls(),
      };
      // Diagnosis only: writing a snapshot stalls the process for seconds.
      if (snapshots) writeHeapSnapshot(path.join(snapshots, `${process.pid}-${window++}.heapsnapshot`));
      // A single write below PIPE_BUF, so it never interleaves with the server's own log lines.
      process.stdout.write(`${JSON.stringify({ benchStats: stats })}\n`);
      histogram.reset();
      histogram.enable();
    };
    if (settleMs === 0) read();
    else setTimeout(read, settleMs);
  };
  // V8 returns the pages a collection emptied to the system on a background thread, a few
  // milliseconds later: an RSS read at once still counts them (30 MB of 110 in a plain script),
  // by however much the collection happened to free.
  process.on("SIGUSR2", () => print(RSS_SETTLE_MS));
  process.on("exit", () => print(0));
}
