import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { startTestServer, type TestServer } from "../../test/server.js";

const pglite = databaseTargets[0]!;

describe("malformed requests", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(pglite);
  });
  afterAll(() => s.stop());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${s.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

  it("answers broken JSON with 400 and a message", async () => {
    const res = await post("{ not json");
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0]?.message).toBeTruthy();
  });

  it("refuses a body over 1 MB with 413 before parsing it", async () => {
    const res = await post(JSON.stringify({ query: `{ __typename }`, variables: { pad: "x".repeat(1_100_000) } }));
    expect(res.status).toBe(413);
  });

  it("names an unknown field or argument", async () => {
    const res = await s.request(`{ cases(first: 5, colour: "red") { nodes { id } } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(res.errors?.[0]?.message).toContain('Unknown argument "colour"');
  });

  it("survives clients that drop their WebSocket upgrade before the answer", async () => {
    const { connect } = await import("node:net");
    const { port } = new URL(s.url);
    for (let i = 0; i < 20; i++) {
      const raw = connect(Number(port), "127.0.0.1");
      raw.on("error", () => {});
      await new Promise((resolve) => raw.once("connect", resolve));
      const path = i % 2 ? "/nowhere" : "/graphql";
      const origin = i % 4 < 2 ? "" : "Origin: http://elsewhere.example\r\n";
      raw.write(
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n${origin}` +
          `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ${Buffer.alloc(16, i).toString("base64")}\r\n\r\n`,
      );
      raw.resetAndDestroy();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
  });

  it("answers WebSocket upgrades on unknown paths with 404", async () => {
    const { default: WebSocket } = await import("ws");
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${s.wsUrl}/nowhere`);
      ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
      ws.on("error", () => resolve(-1));
    });
    expect(status).toBe(404);
  });
});

describe("errors in production", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(pglite, { env: { NODE_ENV: "production" } });
  });
  afterAll(() => s.stop());

  it("carry no stack trace and no SQL, and introspection is off", async () => {
    const notFound = await s.request(`{ case(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(notFound.errors?.[0]?.extensions).toEqual({ code: "NOT_FOUND", id: "00000000-0000-4000-8000-000000000000" });
    const introspection = await s.request(`{ __schema { types { name } } }`);
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it("hide an unexpected failure behind a bare 'Internal server error'", async () => {
    await s.db.dataSource.query(`ALTER TABLE "cases" RENAME COLUMN "familyName" TO "broken"`);
    try {
      const res = await s.request(`{ cases(first: 1) { nodes { id } } }`);
      expect(res.errors).toEqual([
        { message: "Internal server error", path: ["cases"], extensions: { code: "INTERNAL_SERVER_ERROR" } },
      ]);
      expect(JSON.stringify(res)).not.toMatch(/SELECT|broken|familyName|at /);
    } finally {
      await s.db.dataSource.query(`ALTER TABLE "cases" RENAME COLUMN "broken" TO "familyName"`);
    }
  });
});
