import { randomBytes } from "node:crypto";
import { createClient } from "graphql-ws";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { buildConference } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { openDatabase, type Database } from "../db/data-source.js";

const { DATABASE_URL, REDIS_URL } = process.env;

/** Two instances on one PostgreSQL database, relaying events through Redis, as in production. */
describe.skipIf(!DATABASE_URL || !REDIS_URL)("two server instances with Redis", () => {
  const name = `rt_test_${randomBytes(6).toString("hex")}`;
  const admin = () => new pg.Client({ connectionString: DATABASE_URL });
  const dbs: Database[] = [];
  let one: TestServer;
  let two: TestServer;

  beforeAll(async () => {
    const a = admin();
    await a.connect();
    await a.query(`CREATE DATABASE ${name}`);
    await a.end();
    const url = new URL(DATABASE_URL!);
    url.pathname = `/${name}`;
    // One after the other: the first runs the migrations.
    for (let i = 0; i < 2; i++) dbs.push(await openDatabase({ url: url.toString() }));
    const env = { REDIS_URL: REDIS_URL! };
    one = await startTestServer(databaseTargets[0]!, { env, database: dbs[0] });
    two = await startTestServer(databaseTargets[0]!, { env, database: dbs[1] });
  });
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await Promise.all(dbs.map((db) => db.close()));
    const a = admin();
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await a.end();
  });

  it("delivers a change made on instance 2 to a subscriber on instance 1", async () => {
    // Sessions live in the shared database: the cookie signed in on two works on one.
    const conference = await buildConference(two);
    const client = createClient({ url: `${one.wsUrl}/graphql`, webSocketImpl: two.WebSocket, retryAttempts: 0 });
    const received: unknown[] = [];
    client.subscribe(
      { query: `subscription ($id: ID) { conferenceChanged(id: $id) { place } }`, variables: { id: conference.id } },
      { next: (r) => received.push(r.data), error: (e) => received.push({ error: e }), complete: () => {} },
    );
    try {
      await eventually(async () => {
        await two.gql(`mutation ($id: ID!) { updateConference(id: $id, input: { place: "Room 7" }) { id } }`, {
          id: conference.id,
        });
        expect(received).toContainEqual({ conferenceChanged: { place: "Room 7" } });
      }, 10_000);
    } finally {
      await client.dispose();
    }
  });
});
