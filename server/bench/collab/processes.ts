/**
 * Child processes of the benchmark: servers (each through its stats wrapper) and load processes.
 * Every child is registered at spawn and killed however the benchmark ends.
 */
import { fork, spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import type { Command, Reply } from "./messages.js";
import type { ServerStats } from "./stats.js";

const serverDir = path.resolve(import.meta.dirname, "../..");
const children = new Set<ChildProcess>();

function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

/** Last resort, synchronous so it also works from an `exit` handler. */
export function killAll(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}
process.once("exit", killAll);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}

async function stop(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

export interface ServerProcess {
  name: string;
  /** http://127.0.0.1:port, no trailing slash. */
  url: string;
  pid: number;
  /** Closes the current measurement window inside the server and returns its figures. */
  stats(): Promise<ServerStats>;
  /** SIGTERM: our server closes sockets and flushes every pending store before it exits. */
  stop(): Promise<void>;
}

export async function startServer(
  name: string,
  script: string,
  env: Record<string, string>,
  nodeOptions: string[] = [],
): Promise<ServerProcess> {
  const child = track(
    spawn(process.execPath, ["--expose-gc", ...nodeOptions, "--import", "tsx", script], {
      cwd: serverDir,
      env: { ...process.env, DATABASE_URL: "", LOG_LEVEL: "info", NODE_ENV: "production", ...env },
      stdio: ["ignore", "pipe", "inherit"],
    }),
  );
  const waiting: ((s: ServerStats) => void)[] = [];
  let announce: (url: string) => void;
  const announced = new Promise<string>((resolve) => (announce = resolve));
  readline.createInterface({ input: child.stdout! }).on("line", (line) => {
    if (!line.startsWith("{")) return;
    try {
      const parsed = JSON.parse(line) as { url?: string; benchStats?: ServerStats; level?: number };
      if (parsed.benchStats) waiting.shift()?.(parsed.benchStats);
      else if (parsed.url) announce(parsed.url.replace(/\/$/, ""));
      // pino's warn (40) and above: worth seeing while the benchmark runs.
      else if ((parsed.level ?? 0) >= 40) console.error(`[${name}] ${line}`);
    } catch {
      // not one of ours
    }
  });
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`${name} exited (${code}) before it printed its URL`))),
  );
  const url = await Promise.race([announced, exited]);
  exited.catch(() => undefined); // a later exit is expected, not an error
  if (nodeOptions.length > 0) console.log(`[${name}] pid ${child.pid}, node ${nodeOptions.join(" ")}`);
  return {
    name,
    url,
    pid: child.pid!,
    stats: () =>
      new Promise((resolve) => {
        waiting.push(resolve);
        child.kill("SIGUSR2");
      }),
    stop: () => stop(child, 30_000),
  };
}

/** A load process: one request at a time, answered in order. */
export class LoadProcess {
  private constructor(private readonly child: ChildProcess) {}

  static start(): LoadProcess {
    const child = fork(path.join(import.meta.dirname, "load.ts"), [], {
      cwd: serverDir,
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    return new LoadProcess(track(child));
  }

  request<K extends Reply["kind"]>(command: Command, kind: K): Promise<Extract<Reply, { kind: K }>> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`load process exited (${code}) during ${command.kind}`));
      this.child.once("exit", onExit);
      this.child.once("message", (reply: Reply) => {
        this.child.off("exit", onExit);
        if (reply.kind === kind) resolve(reply as Extract<Reply, { kind: K }>);
        else reject(new Error(`load process: ${reply.kind === "error" ? reply.message : reply.kind}`));
      });
      this.child.send(command);
    });
  }

  async close(): Promise<void> {
    await this.request({ kind: "close" }, "closed").catch(() => undefined);
    await stop(this.child, 5_000);
  }
}
