import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "./demo/demo-data.js";
import { killServerProcesses, runScript, runServerProcess, startServerProcess } from "../test/process.js";

// A first start on a new embedded database takes ~5 s, and longer on a busy machine.
const SLOW = 120_000;

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "rt-main-"));
const freshDir = () => fs.mkdtempSync(path.join(tmpRoot, "data-"));

async function gql<T>(url: string, query: string, variables?: Record<string, unknown>, cookie?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return { data: body.data, cookie: res.headers.getSetCookie()[0]?.split(";")[0] };
}

async function signIn(url: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const { cookie } = await gql(url, `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`, {
    e: email,
    p: password,
  });
  expect(cookie).toMatch(/^rt_session=/);
  return cookie!;
}

const ANNA = "anna.szabo@riverside-welfare.example";
const PETRA = "petra.molnar@riverside-welfare.example";

const REFERENCES = `{ cases(first: 100) { nodes { reference } } }`;
/** Every case reference the given demo case managers see between them. */
const references = async (url: string, emails = [ANNA, PETRA], password = DEMO_PASSWORD) => {
  const seen = await Promise.all(
    emails.map(async (email) => {
      const cookie = await signIn(url, email, password);
      const { data } = await gql<{ cases: { nodes: { reference: string }[] } }>(url, REFERENCES, {}, cookie);
      return data.cases.nodes.map((c) => c.reference);
    }),
  );
  return seen.flat().sort();
};

const DEMO_REFERENCES = ["RT-2026-014", "RT-2026-027"];

describe("the server process", () => {
  afterEach(() => killServerProcesses());
  afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

  it(
    "starts on an empty data directory with the demo, stops cleanly on SIGTERM and keeps the data",
    async () => {
      const dataDir = freshDir();
      const first = await startServerProcess({ DATA_DIR: dataDir });
      const healthz = await fetch(`${first.url}/healthz`);
      expect(healthz.status).toBe(200);
      const readyz = await fetch(`${first.url}/readyz`);
      expect(readyz.status).toBe(200);
      expect(await readyz.json()).toEqual({ status: "ready", database: "pglite" });
      expect(await references(first.url)).toEqual(DEMO_REFERENCES);
      expect(first.logs.some((l) => String(l.msg).includes("loaded the demo"))).toBe(true);
      const anna = await signIn(first.url, ANNA);
      const create = (ref: string) =>
        `mutation { createCase(input: { reference: "${ref}", familyName: "Tóth" }) { id } }`;
      await gql(first.url, create("RT-2026-100"), {}, anna);

      expect(await first.stop("SIGTERM")).toBe(0);
      expect(first.logs.map((l) => l.msg)).toContain("stopped cleanly");

      const second = await startServerProcess({ DATA_DIR: dataDir });
      expect(await references(second.url)).toEqual([...DEMO_REFERENCES, "RT-2026-100"]);
      expect(second.logs.some((l) => String(l.msg).includes("loaded the demo"))).toBe(false);
      // A case saved after the restart: the reopened database writes as well as it reads.
      await gql(second.url, create("RT-2026-101"), {}, await signIn(second.url, ANNA));
      expect(await second.stop("SIGINT")).toBe(0);
      expect(second.logs.map((l) => l.msg)).toContain("stopped cleanly");
    },
    SLOW,
  );

  it(
    "starts empty when DEMO_DATA=false, with the first administrator from ADMIN_EMAIL and ADMIN_PASSWORD",
    async () => {
      const admin = { ADMIN_EMAIL: "root@service.example", ADMIN_PASSWORD: "a long first password" };
      const server = await startServerProcess({ DATA_DIR: freshDir(), DEMO_DATA: "false", ...admin });
      expect(await references(server.url, [admin.ADMIN_EMAIL], admin.ADMIN_PASSWORD)).toEqual([]);
      expect(server.logs.some((l) => String(l.msg).includes("created the first administrator"))).toBe(true);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    },
    SLOW,
  );

  it(
    "creates an administrator from the command line (pnpm admin:create), once",
    async () => {
      const env = { DATA_DIR: freshDir(), DEMO_DATA: "false", ADMIN_PASSWORD: "the boss's passphrase" };
      const created = await runScript(["scripts/create-admin.ts", "Boss@Service.example", "The", "Boss"], env);
      expect(created).toMatchObject({ code: 0, stdout: "Created administrator boss@service.example.\n" });
      const again = await runScript(["scripts/create-admin.ts", "boss@service.example"], env);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain("An account with the e-mail address boss@service.example already exists.");

      const server = await startServerProcess({ DATA_DIR: env.DATA_DIR, DEMO_DATA: "false" });
      const cookie = await signIn(server.url, "boss@service.example", env.ADMIN_PASSWORD);
      const { data } = await gql<{ me: { account: { role: string; displayName: string } } }>(
        server.url,
        `{ me { account { role displayName } } }`,
        {},
        cookie,
      );
      expect(data.me.account).toEqual({ role: "ADMIN", displayName: "The Boss" });
    },
    SLOW,
  );

  it(
    "refuses to start on a bad setting, naming it, with exit code 78",
    async () => {
      const { code, stderr } = await runServerProcess({ DATA_DIR: freshDir(), PORT: "abc", DEMO_DATA: "sometimes" });
      expect(code).toBe(78);
      expect(stderr).toContain("Invalid configuration");
      expect(stderr).toContain('PORT: must be a port number from 0 to 65535 (got "abc")');
      expect(stderr).toContain("DEMO_DATA: must be true or false");
    },
    SLOW,
  );
});
