import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import pg from "pg";

const serverDir = path.resolve(import.meta.dirname, "../../server");

export const ADMIN = { email: "admin@e2e.example", password: `e2e-${randomBytes(8).toString("hex")}` };

export interface RunningServer {
  url: string;
  /** SIGTERM, then waits for the process to exit; drops the database it created. */
  stop(): Promise<void>;
}

/** A fresh database on DATABASE_URL's PostgreSQL server, or null to use the embedded PGlite. */
async function freshPostgres(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) return null;
  const name = `rt_e2e_${randomBytes(6).toString("hex")}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * The real server (`server/src/main.ts`) as its own process on an ephemeral port, serving the
 * client built for this run, on PostgreSQL when DATABASE_URL is set and PGlite otherwise, with
 * an administrator and no demo data: each test builds the world it needs through the API.
 */
export async function startServer(clientDist: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const database = await freshPostgres();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rt-e2e-data-"));
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      DATABASE_URL: database?.url ?? "",
      DATA_DIR: dataDir,
      CLIENT_DIST: clientDist,
      DEMO_DATA: "false",
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      REDIS_URL: "",
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready in 90 s: ${stderr}`)), 90_000);
    void exited.then(() => reject(new Error(`server exited before it was ready: ${stderr}`)));
    readline.createInterface({ input: child.stdout! }).on("line", (line) => {
      try {
        const entry = JSON.parse(line) as { url?: unknown };
        if (typeof entry.url === "string") {
          clearTimeout(timer);
          resolve(entry.url);
        }
      } catch {
        // not a log line
      }
    });
  });

  return {
    url,
    async stop() {
      child.kill("SIGTERM");
      await exited;
      await database?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
