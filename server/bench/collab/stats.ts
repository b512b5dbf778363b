import { monitorEventLoopDelay } from "node:perf_hooks";

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
  external: number;
}

/**
 * Installed by the wrappers before the server's own code loads, so the figures come from inside
 * the server process (a load generator's own stalls would otherwise be counted) and src/ stays
 * untouched. Each SIGUSR2 prints the window's figures and starts a new window.
 */
export function installStats(): void {
  // 1 ms resolution: the stalls we look for are tens of milliseconds, the cost is negligible.
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  // Started with --expose-gc: memory is read after a full collection, or RSS mostly measures
  // when V8 last happened to collect (a fresh process even shrinks while it settles).
  const gc = (globalThis as { gc?: () => void }).gc;
  const print = () => {
    const loopMaxMs = histogram.max / 1e6;
    const loopP99Ms = histogram.percentile(99) / 1e6;
    // Our own collection must not count as a stall of the next window.
    histogram.disable();
    gc?.();
    const cpu = process.cpuUsage();
    const stats: ServerStats = {
      loopMaxMs,
      loopP99Ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      ...(({ rss, heapUsed, external }) => ({ rss, heapUsed, external }))(process.memoryUsage()),
    };
    // A single write below PIPE_BUF, so it never interleaves with the server's own log lines.
    process.stdout.write(`${JSON.stringify({ benchStats: stats })}\n`);
    histogram.reset();
    histogram.enable();
  };
  process.on("SIGUSR2", print);
  process.on("exit", print);
}
