/**
 * One measured load against one server: clients join one or more rooms, optionally sit idle,
 * one writer per room types, every other client notes when each character became visible.
 * The server's own figures (event-loop stall, CPU, RSS) are read per phase from inside it.
 */
import { now, type ClientSpec, type RoomReport } from "./messages.js";
import { LoadProcess, type ServerProcess } from "./processes.js";
import type { ServerStats } from "./stats.js";

export interface LoadOptions {
  /** y-websocket's serverUrl (ws://…, the room name is appended). */
  serverUrl: string;
  cookie: string;
  rooms: string[];
  clientsPerRoom: number;
  /** Processes for the readers; the writers get one of their own. */
  readerProcesses: number;
  spreadMs: number;
  idleMs: number;
  charsPerSecond: number;
  /** Typed first and not measured: connections, JIT and buffers warm up. */
  warmup: number;
  measured: number;
  /** The typing phase lasts at least this long (awareness renewals must fall inside it). */
  minTypingMs: number;
}

export interface Phase {
  ms: number;
  stats: ServerStats;
  /** CPU of the server during the phase, % of one core. */
  cpuPercent: number;
}

export interface LoadResult {
  latency: { p50: number; p99: number; max: number; samples: number; lost: number };
  connect: Phase & { syncSpreadMs: number; connectionErrors: number };
  idle: Phase;
  typing: Phase;
  rssBefore: number;
  /** The server's figures just before the clients connected. */
  statsBefore: ServerStats;
  /** Mean size of one keystroke's Yjs update, as the writers' documents emitted it. */
  updateBytes: number;
  keystrokesPerRoom: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Latency of every measured keystroke at every reader; a character never seen counts as lost. */
function latencies(reports: RoomReport[], warmup: number, measured: number): LoadResult["latency"] {
  const all: number[] = [];
  let lost = 0;
  for (const room of reports) {
    for (const seen of room.seen) {
      for (let i = warmup; i < warmup + measured; i++) {
        const at = seen[i];
        if (at == null || room.sent?.[i] === undefined) lost++;
        else all.push(at - room.sent[i]!);
      }
    }
  }
  all.sort((a, b) => a - b);
  return { p50: percentile(all, 50), p99: percentile(all, 99), max: all.at(-1) ?? NaN, samples: all.length, lost };
}

/** Merges the reports of one room that came from several processes. */
function merge(reports: RoomReport[]): RoomReport[] {
  const rooms = new Map<string, RoomReport>();
  for (const r of reports) {
    const into = rooms.get(r.room);
    if (!into) rooms.set(r.room, { ...r, seen: [...r.seen] });
    else {
      into.seen.push(...r.seen);
      if (r.sent) Object.assign(into, { sent: r.sent, updateBytes: r.updateBytes, updates: r.updates });
    }
  }
  return [...rooms.values()];
}

/**
 * The server's figures once its memory stopped moving (two readings a second apart within 1 MB,
 * at most 10 s): a process just started or just left by a warm-up still releases memory, which
 * would come out as negative growth.
 */
async function settled(server: ServerProcess): Promise<ServerStats> {
  let last = await server.stats();
  for (let i = 0; i < 10; i++) {
    await sleep(1000);
    const next = await server.stats();
    if (Math.abs(next.rss - last.rss) < 1024 * 1024) return next;
    last = next;
  }
  return last;
}

/** The clients of each load process: the writers in one, the readers spread over the others. */
function clientGroups(o: Pick<LoadOptions, "rooms" | "clientsPerRoom" | "readerProcesses">): ClientSpec[][] {
  const writers: ClientSpec[] = o.rooms.map((room) => ({ room, writer: true }));
  const readers: ClientSpec[][] = Array.from({ length: o.readerProcesses }, () => []);
  let next = 0;
  for (let c = 1; c < o.clientsPerRoom; c++)
    for (const room of o.rooms) readers[next++ % o.readerProcesses]!.push({ room, writer: false });
  return [writers, ...readers.filter((g) => g.length > 0)];
}

/**
 * Only the connect phase: every client connects and syncs, then all leave. Returns the time for
 * all of them. A figure that moves by a second between runs on two cores is taken more than once.
 */
export async function connectRound(
  server: ServerProcess,
  o: Pick<LoadOptions, "serverUrl" | "cookie" | "rooms" | "clientsPerRoom" | "readerProcesses">,
): Promise<number> {
  const groups = clientGroups(o);
  const processes = groups.map(() => LoadProcess.start());
  try {
    await sleep(1500);
    await settled(server);
    const start = now();
    await Promise.all(
      groups.map((clients, i) =>
        processes[i]!.request(
          { kind: "connect", serverUrl: o.serverUrl, cookie: o.cookie, clients, spreadMs: 0 },
          "connected",
        ),
      ),
    );
    return now() - start;
  } finally {
    await Promise.all(processes.map((p) => p.close()));
  }
}

export async function runLoad(server: ServerProcess, o: LoadOptions): Promise<LoadResult> {
  const groups = clientGroups(o);
  const processes = groups.map(() => LoadProcess.start());
  const phase = async (start: number, before: ServerStats): Promise<Phase> => {
    const stats = await server.stats();
    const ms = now() - start;
    return { ms, stats, cpuPercent: ((stats.cpuMs - before.cpuMs) / ms) * 100 };
  };
  try {
    await sleep(1500); // the load processes load tsx and yjs before the clock starts
    const before = await settled(server);
    let start = now();
    const connected = await Promise.all(
      groups.map((clients, i) =>
        processes[i]!.request(
          { kind: "connect", serverUrl: o.serverUrl, cookie: o.cookie, clients, spreadMs: o.spreadMs },
          "connected",
        ),
      ),
    );
    const connect = {
      ...(await phase(start, before)),
      syncSpreadMs: Math.max(...connected.map((c) => c.lastSyncAt)) - Math.min(...connected.map((c) => c.firstSyncAt)),
      connectionErrors: connected.reduce((n, c) => n + c.connectionErrors, 0),
    };
    start = now();
    await sleep(o.idleMs);
    const idle = await phase(start, connect.stats);
    start = now();
    const keystrokes = o.warmup + o.measured;
    const startAt = now() + 300;
    await Promise.all(
      processes.map((p) => p.request({ kind: "type", startAt, charsPerSecond: o.charsPerSecond, keystrokes }, "typed")),
    );
    await sleep(Math.max(2000, o.minTypingMs - (now() - start))); // the last characters arrive
    const typing = await phase(start, idle.stats);
    const reports = merge(
      (await Promise.all(processes.map((p) => p.request({ kind: "report" }, "report")))).flatMap((r) => r.rooms),
    );
    const updates = reports.reduce((n, r) => n + (r.updates ?? 0), 0);
    return {
      latency: latencies(reports, o.warmup, o.measured),
      connect,
      idle,
      typing,
      rssBefore: before.rss,
      statsBefore: before,
      updateBytes: reports.reduce((n, r) => n + (r.updateBytes ?? 0), 0) / updates,
      keystrokesPerRoom: keystrokes,
    };
  } finally {
    await Promise.all(processes.map((p) => p.close()));
  }
}
