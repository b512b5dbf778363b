import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { buildCase } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { AuditEntry } from "../audit/audit-entry.entity.js";

const pglite = databaseTargets[0]!;

/** `case { conferences { participants { conference { … } } } }`, `levels` fields deep. */
function deepCaseQuery(levels: number): string {
  let inner = "id";
  for (let depth = levels - 1; depth > 1; depth--) {
    inner = `${depth % 2 === 0 ? (depth === 2 ? "conferences" : "conference") : "participants"} { ${inner} }`;
  }
  return `query ($id: ID!) { case(id: $id) { ${inner} } }`;
}

describe("limits on one operation", () => {
  let s: TestServer;
  let caseId: string;
  beforeAll(async () => {
    s = await startTestServer(pglite, { env: { GRAPHQL_MAX_COST: "300" } });
    caseId = (await buildCase(s)).id;
  });
  afterAll(() => s.stop());

  it("refuses a query deeper than 10 levels before it runs, and answers one of 10", async () => {
    const audited = () => s.db.dataSource.getRepository(AuditEntry).countBy({ action: "case", recordId: caseId });
    expect((await s.request(deepCaseQuery(10), { id: caseId })).errors).toBeUndefined();
    expect(await audited()).toBe(1);

    const body = await s.request(deepCaseQuery(11), { id: caseId });
    expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(body.errors?.[0]?.message).toMatch(/depth limit of 10 exceeded, found 11/);
    // The case query writes an audit entry whenever its resolver runs: it did not.
    expect(await audited()).toBe(1);
  });

  it("refuses a query over the cost limit", async () => {
    const wide = `{ cases(first: 100) { nodes { id reference familyName status flags createdAt updatedAt
      children { fullName birthDate } caseManager { fullName email phone }
      conferences { id purpose status participants { role person { fullName } } } } } }`;
    const body = await s.request(wide);
    expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(body.errors?.[0]?.message).toMatch(/Cost limit of 300 exceeded/);
    expect((await s.request(`{ cases { nodes { id } } }`)).errors).toBeUndefined();
  });

  it("refuses too many aliases and too many tokens", async () => {
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: me { conferenceId }`).join(" ")} }`;
    expect((await s.request(aliases)).errors?.[0]?.message).toMatch(/Aliases limit of 30 exceeded/);
    const tokens = `{ me { ${"conferenceId ".repeat(4000)} } }`;
    expect((await s.request(tokens)).errors?.[0]?.message).toMatch(/4000 tokens/);
  });

  it("applies the same limits to subscriptions", async () => {
    const client = createClient({ url: `${s.wsUrl}/graphql`, webSocketImpl: s.WebSocket, retryAttempts: 0 });
    const errors: unknown[] = [];
    const deep = `subscription { conferenceChanged { case { conferences { participants { conference { participants {
      conference { participants { conference { participants { id } } } } } } } } } } }`;
    client.subscribe({ query: deep }, { next: () => {}, error: (e) => errors.push(e), complete: () => {} });
    await eventually(() => expect(JSON.stringify(errors)).toMatch(/depth limit of 10 exceeded/));
    await client.dispose();
  });

  it("refuses a cross-site form post (CSRF) and a GET without a preflight header", async () => {
    const form = await s.post(`query=${encodeURIComponent("{ me { conferenceId } }")}`, {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(form.status).toBe(400);
    const plain = await s.post(JSON.stringify({ query: "mutation { signOut }" }), { "content-type": "text/plain" });
    expect(plain.status).toBe(400);
    expect(await plain.text()).toMatch(/CSRF/);
    const get = await fetch(`${s.url}/graphql?query=${encodeURIComponent("{ me { conferenceId } }")}`, {
      headers: { cookie: s.cookie()! },
    });
    expect(get.status).toBe(400);
    // The session survived: the refused sign-out did not run.
    expect((await s.gql<{ me: unknown }>(`{ me { conferenceId } }`)).me).not.toBeNull();
  });

  it("refuses a WebSocket opened by a page of another site", async () => {
    const ws = new WebSocket(`${s.wsUrl}/graphql`, "graphql-transport-ws", {
      headers: { origin: "https://evil.example", cookie: s.cookie()! },
    });
    const status = await new Promise<number | undefined>((resolve) => {
      ws.on("unexpected-response", (_req, res) => resolve(res.statusCode));
      ws.on("open", () => resolve(101));
      ws.on("error", () => {});
    });
    expect(status).toBe(403);
  });
});
