import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { createLogger } from "../logger.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type LogLine = Record<string, unknown> & { msg: string; reqId?: string };

/** The server's log as an operator reads it: JSON lines, here collected in memory. */
function logSink() {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString().split("\n")) if (text) lines.push(JSON.parse(text) as LogLine);
      done();
    },
  });
  return { lines, log: createLogger("info", stream) };
}

/** The status and X-Request-Id of a WebSocket upgrade, accepted (101) or refused. */
function upgrade(url: string, headers: Record<string, string>, protocol?: string) {
  return new Promise<{ status: number; requestId: string | undefined }>((resolve, reject) => {
    const ws = new WebSocket(url, protocol, { headers });
    ws.once("upgrade", (res) => {
      resolve({ status: 101, requestId: res.headers["x-request-id"] as string | undefined });
      ws.close();
    });
    ws.once("unexpected-response", (_req, res) => {
      resolve({ status: res.statusCode ?? 0, requestId: res.headers["x-request-id"] as string | undefined });
      ws.terminate();
    });
    ws.once("error", reject);
  });
}

describe("request ids", () => {
  let s: TestServer;
  const sink = logSink();
  beforeAll(async () => {
    s = await startTestServer(databaseTargets[0]!, { log: sink.log });
  });
  afterAll(() => s.stop());

  const linesOf = (reqId: string) => sink.lines.filter((l) => l.reqId === reqId);

  it("answers every request with its id, the proxy's when it sent a sane one, and logs the answer under it", async () => {
    const given = `proxy-${randomUUID()}`;
    const res = await s.post({ query: "{ me { conferenceId } }" }, { "x-request-id": given });
    expect(res.headers.get("x-request-id")).toBe(given);
    await eventually(() =>
      expect(linesOf(given)).toContainEqual(
        expect.objectContaining({ msg: "request answered", route: "/graphql", status: 200, method: "POST" }),
      ),
    );

    const own = (await s.post({ query: "{ me { conferenceId } }" })).headers.get("x-request-id");
    expect(own).toMatch(UUID);
    for (const insane of ["has spaces in it", "x".repeat(200), "semi;colon"]) {
      const answered = (await s.post({ query: "{ me { conferenceId } }" }, { "x-request-id": insane })).headers;
      expect(answered.get("x-request-id")).toMatch(UUID);
    }
    const health = await fetch(`${s.url}/healthz`, { headers: { "x-request-id": "health-1" } });
    expect(health.headers.get("x-request-id")).toBe("health-1");
  });

  it("logs an unexpected GraphQL error under the id of the request that met it", async () => {
    const reqId = `broken-${randomUUID()}`;
    await s.db.dataSource.query(`ALTER TABLE accounts RENAME TO accounts_away`);
    try {
      const res = await s
        .anonymous()
        .post(
          { query: `mutation { signIn(email: "nobody@test.example", password: "wrong password") { id } }` },
          { "x-request-id": reqId },
        );
      const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    } finally {
      await s.db.dataSource.query(`ALTER TABLE accounts_away RENAME TO accounts`);
    }
    await eventually(() => {
      const failed = linesOf(reqId).find((l) => l.msg === "GraphQL operation failed");
      expect(failed?.err).toEqual(expect.objectContaining({ message: expect.stringContaining("accounts") }));
      expect(linesOf(reqId).map((l) => l.msg)).toContain("request answered");
    });
  });

  it("gives WebSocket upgrades an id: in the answer, accepted or refused, and on the socket's log line", async () => {
    const wsUrl = s.wsUrl;
    const accepted = await upgrade(
      `${wsUrl}/graphql`,
      { "x-request-id": "ws-subscriptions-1" },
      "graphql-transport-ws",
    );
    expect(accepted).toEqual({ status: 101, requestId: "ws-subscriptions-1" });
    // One line, when it closed (its opening only at debug).
    await eventually(() => {
      expect(linesOf("ws-subscriptions-1")).toEqual([
        expect.objectContaining({
          msg: "subscription socket closed",
          code: expect.any(Number),
          ms: expect.any(Number),
        }),
      ]);
    });

    const refused = await upgrade(`${wsUrl}/collab/${randomUUID()}`, { "x-request-id": "ws-collab-1" });
    expect(refused).toEqual({ status: 401, requestId: "ws-collab-1" });
    const unknown = await upgrade(`${wsUrl}/nowhere`, {});
    expect(unknown.status).toBe(404);
    expect(unknown.requestId).toMatch(UUID);
  });
});
