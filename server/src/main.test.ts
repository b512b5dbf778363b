import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runServerProcess, startServerProcess, type ServerProcess } from "../test/process.js";

const freshDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "rt-main-"));

async function gql<T>(url: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const REFERENCES = `{ cases(first: 100) { nodes { reference } } }`;
const references = async (url: string) =>
  (await gql<{ cases: { nodes: { reference: string }[] } }>(url, REFERENCES)).cases.nodes
    .map((c) => c.reference)
    .sort();

describe("the server process", () => {
  const running: ServerProcess[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((p) => p.stop("SIGKILL")));
  });
  const start = async (env: Record<string, string>) => {
    const p = await startServerProcess(env);
    running.push(p);
    return p;
  };

  it("starts on an empty data directory with the demo, stops cleanly on SIGTERM and keeps the data", async () => {
    const dataDir = freshDir();
    const first = await start({ DATA_DIR: dataDir });
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${first.url}/readyz`)).json()).toEqual({ status: "ready", database: "pglite" });
    expect(await references(first.url)).toEqual(["RT-2026-014", "RT-2026-027"]);
    await gql(first.url, `mutation { createCase(input: { reference: "RT-2026-100", familyName: "Tóth" }) { id } }`);

    expect(await first.stop("SIGTERM")).toBe(0);
    expect(first.logs.map((l) => l.msg)).toContain("stopped cleanly");

    const second = await start({ DATA_DIR: dataDir });
    expect(await references(second.url)).toEqual(["RT-2026-014", "RT-2026-027", "RT-2026-100"]);
    expect(second.logs.some((l) => String(l.msg).includes("loaded the demo"))).toBe(false);
    // A case saved after the restart: the reopened database writes as well as it reads.
    await gql(
      second.url,
      `mutation { createCase(input: { reference: "RT-2026-101", familyName: "Kiss", flags: [JUVENILE_PROBATION] }) { id } }`,
    );
    expect(await second.stop("SIGINT")).toBe(0);
  });

  it("starts empty when DEMO_DATA=false", async () => {
    const server = await start({ DATA_DIR: freshDir(), DEMO_DATA: "false" });
    expect(await references(server.url)).toEqual([]);
  });

  it("refuses to start on a bad setting, naming it, with exit code 78", async () => {
    const { code, stderr } = await runServerProcess({ DATA_DIR: freshDir(), PORT: "abc", DEMO_DATA: "sometimes" });
    expect(code).toBe(78);
    expect(stderr).toContain("Invalid configuration");
    expect(stderr).toContain('PORT: must be a port number from 0 to 65535 (got "abc")');
    expect(stderr).toContain("DEMO_DATA: must be true or false");
  });
});
