import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { minutesFragment, readAgenda } from "@roundtable/shared";
import { connect, paragraph, storedSnapshot, writableConference } from "../../test/collab-kit.js";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { startTestServer, type TestServer } from "../../test/server.js";

const pglite = databaseTargets[0]!;

/**
 * Prometheus text format: `# HELP`/`# TYPE` comments and `name{labels} value` samples. Values are
 * read like Go's ParseFloat, so NaN and Inf in any case (prom-client writes "Nan").
 */
const SAMPLE =
  /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*",?)*\})? (-?[0-9.]+(e[+-]?[0-9]+)?|nan|[+-]?inf)$/i;

function parse(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("# HELP ") || line.startsWith("# TYPE ")) continue;
    expect(line, line).toMatch(SAMPLE);
    const at = line.lastIndexOf(" ");
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return samples;
}

describe("/metrics", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(pglite, {
      env: { COLLAB_STORE_DEBOUNCE_MS: "100", COLLAB_STORE_MAX_DELAY_MS: "400", COLLAB_STORE_RETRY_MAX_MS: "500" },
    });
  });
  afterAll(() => s.stop());

  const scrape = async () => {
    const res = await fetch(`${s.url}/metrics`);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    return parse(await res.text());
  };

  it("parses as Prometheus text, and its counters move with traffic", async () => {
    const before = await scrape();
    const queries = `roundtable_graphql_operations_total{type="query",outcome="ok"}`;
    const errors = `roundtable_graphql_operations_total{type="query",outcome="error"}`;
    const graphqlOk = `roundtable_http_requests_total{route="/graphql",status="2xx"}`;
    await s.gql(`{ me { conferenceId } }`);
    await s.gql(`{ me { conferenceId } }`);
    await s.request(`{ case(id: "00000000-0000-0000-0000-000000000000") { id } }`);
    const after = await scrape();
    expect((after.get(queries) ?? 0) - (before.get(queries) ?? 0)).toBe(2);
    expect((after.get(errors) ?? 0) - (before.get(errors) ?? 0)).toBe(1);
    expect((after.get(graphqlOk) ?? 0) - (before.get(graphqlOk) ?? 0)).toBe(3);
    expect(after.get("roundtable_process_resident_memory_bytes")).toBeGreaterThan(0);
  });

  it("counts live documents, their connections and their updates", async () => {
    const conference = await writableConference(s);
    const before = await scrape();
    const received = `roundtable_collab_updates_total{direction="received"}`;
    const open = `roundtable_websocket_connections{endpoint="collab"}`;
    const client = connect(s.url, conference.id, { WebSocket: s.WebSocket });
    await client.synced();
    paragraph(client.doc, minutesFragment(client.doc, readAgenda(client.doc)[0]!.id)).insert(0, "Hello");
    await eventually(async () => {
      const now = await scrape();
      expect(now.get(open)).toBe((before.get(open) ?? 0) + 1);
      expect(now.get("roundtable_collab_documents_loaded")).toBe(
        (before.get("roundtable_collab_documents_loaded") ?? 0) + 1,
      );
      expect(now.get(received) ?? 0).toBeGreaterThan(before.get(received) ?? 0);
    });
    client.leave();
    await eventually(async () => expect((await scrape()).get(open)).toBe(before.get(open) ?? 0));
    const stores = "roundtable_collab_store_duration_seconds_count";
    expect((await scrape()).get(stores) ?? 0).toBeGreaterThan(before.get(stores) ?? 0);
  });

  it("counts a failed store, and the document kept in memory is stored once the database takes it", async () => {
    const conference = await writableConference(s);
    const client = connect(s.url, conference.id, { WebSocket: s.WebSocket });
    await client.synced();
    const failures = "roundtable_collab_store_failures_total";
    const before = (await scrape()).get(failures) ?? 0;
    await s.db.dataSource.query(`ALTER TABLE collab_updates RENAME TO collab_updates_away`);
    try {
      paragraph(client.doc, minutesFragment(client.doc, readAgenda(client.doc)[0]!.id)).insert(0, "Kept safe");
      await eventually(async () => expect((await scrape()).get(failures)).toBeGreaterThan(before), 10_000);
    } finally {
      await s.db.dataSource.query(`ALTER TABLE collab_updates_away RENAME TO collab_updates`);
    }
    client.leave();
    await eventually(async () => {
      const stored = await storedSnapshot(s.db, conference.id);
      expect(Object.values(stored.minutes).join(" ")).toContain("Kept safe");
    }, 15_000);
  });

  it("counts open WebSocket connections, the subscriptions they start and how they close", async () => {
    const open = `roundtable_websocket_connections{endpoint="graphql"}`;
    const subscriptions = `roundtable_graphql_operations_total{type="subscription",outcome="ok"}`;
    const refused = `roundtable_graphql_operations_total{type="subscription",outcome="error"}`;
    const closedNormally = `roundtable_websocket_closes_total{endpoint="graphql",code="1000"}`;
    const before = await scrape();
    const client = createClient({ url: `${s.wsUrl}/graphql`, webSocketImpl: s.WebSocket, lazy: false });
    await eventually(async () => expect((await scrape()).get(open)).toBe((before.get(open) ?? 0) + 1));
    const stop = client.subscribe(
      { query: "subscription { taskChanged { id } }" },
      { next() {}, error() {}, complete() {} },
    );
    const errors: unknown[] = [];
    client.subscribe(
      { query: "subscription { noSuchField }" },
      { next() {}, error: (e) => errors.push(e), complete() {} },
    );
    await eventually(async () => {
      const now = await scrape();
      expect((now.get(subscriptions) ?? 0) - (before.get(subscriptions) ?? 0)).toBe(1);
      expect((now.get(refused) ?? 0) - (before.get(refused) ?? 0)).toBe(1);
    });
    expect(errors).toHaveLength(1);
    stop();
    await client.dispose();
    await eventually(async () => {
      const now = await scrape();
      expect(now.get(open)).toBe(before.get(open) ?? 0);
      expect((now.get(closedNormally) ?? 0) - (before.get(closedNormally) ?? 0)).toBe(1);
    });
  });

  it("has the mail queue's figures", async () => {
    const figures = await scrape();
    for (const status of ["queued", "sending", "failed"]) {
      expect(figures.get(`roundtable_mail_queue_depth{status="${status}"}`)).toBe(0);
    }
  });
});
