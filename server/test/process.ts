import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import readline from "node:readline";

const serverDir = path.resolve(import.meta.dirname, "..");

/** Every process started here that has not exited yet, ready or not. */
const live = new Set<ChildProcess>();

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Every JSON log line so far. */
  logs: Record<string, unknown>[];
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * `src/main.ts` as a real process on the embedded database unless env names one: DATABASE_URL
 * from the test's environment is not passed on.
 */
function spawnMain(env: Record<string, string>, stdout: "pipe" | "ignore") {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: serverDir,
    env: { ...process.env, DATABASE_URL: "", ...env },
    stdio: ["ignore", stdout, "pipe"],
  });
  live.add(child);
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      live.delete(child);
      resolve(code);
    }),
  );
  return { child, exited, stderr: () => stderr };
}

/** Kills every process this module started that is still running, and waits for them to go. */
export async function killServerProcesses(): Promise<void> {
  await Promise.all(
    [...live].map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once("exit", () => resolve());
          child.kill("SIGKILL");
        }),
    ),
  );
}

/**
 * Starts the server and waits for the log line that gives its URL. Rejects (and kills the
 * process) if it exits first or is not ready within readyTimeoutMs.
 */
export function startServerProcess(env: Record<string, string>, readyTimeoutMs = 60_000): Promise<ServerProcess> {
  const { child, exited, stderr } = spawnMain({ PORT: "0", LOG_LEVEL: "info", ...env }, "pipe");
  const logs: Record<string, unknown>[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server not ready after ${readyTimeoutMs} ms: ${stderr()}`));
    }, readyTimeoutMs);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it was ready: ${stderr()}`));
    });
    readline.createInterface({ input: child.stdout! }).on("line", (line) => {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        return;
      }
      logs.push(entry);
      if (typeof entry.url === "string") {
        clearTimeout(timer);
        resolve({
          child,
          url: entry.url,
          logs,
          stop: (signal = "SIGTERM") => {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            return exited;
          },
        });
      }
    });
  });
}

/** Runs `src/main.ts` to its end (it should fail at start) and returns its exit code and stderr. */
export async function runServerProcess(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const { exited, stderr } = spawnMain(env, "ignore");
  const code = await exited;
  return { code, stderr: stderr() };
}

/** Runs one of the server's scripts (`scripts/…`) to completion, on the embedded database unless env names one. */
export async function runScript(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", ...args], {
    cwd: serverDir,
    env: { ...process.env, DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { code, stdout, stderr };
}
