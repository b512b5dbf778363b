import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import WebSocket from "ws";
import { TEST_PASSWORD } from "./server.js";
import { createAccount } from "../src/auth/account.service.js";
import { openDatabase, type Database } from "../src/db/data-source.js";

/**
 * For tests that run the server as a real process (test/process.ts): a database the process
 * and the test share, and a client that keeps the session cookie.
 */
export interface ProcessDatabase {
  /** What the server process needs to use this database. */
  env: Record<string, string>;
  /** Opens it in the test; on PGlite only while no server process has it open. */
  open(): Promise<Database>;
  remove(): Promise<void>;
}

export async function processDatabase(kind: "pglite" | "postgres"): Promise<ProcessDatabase> {
  if (kind === "pglite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rt-collab-"));
    return {
      env: { DATA_DIR: dir },
      open: () => openDatabase({ pgliteDir: path.join(dir, "pglite") }),
      remove: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const adminUrl = process.env.DATABASE_URL ?? "";
  const name = `rt_test_${randomBytes(6).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    open: () => openDatabase({ url: url.toString() }),
    remove: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** Creates a staff account directly in the (not yet served) database; returns its e-mail. */
export async function seedStaff(database: ProcessDatabase): Promise<string> {
  const db = await database.open();
  try {
    const email = `staff-${randomBytes(4).toString("hex")}@test.example`;
    await createAccount(db.dataSource, {
      email,
      displayName: "Process test",
      role: "staff",
      password: TEST_PASSWORD,
      personId: null,
    });
    return email;
  } finally {
    await db.close();
  }
}

export interface CookieClient {
  gql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  WebSocket: typeof WebSocket;
}

/** Signs in over GraphQL at `url` and keeps the cookie for later requests and sockets. */
export async function signedIn(url: string, email: string): Promise<CookieClient> {
  let cookie = "";
  const gql = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ query, variables }),
    });
    const set = res.headers.getSetCookie().find((c) => c.startsWith("rt_session="));
    if (set) cookie = set.split(";")[0] ?? "";
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  await gql(`mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`, {
    e: email,
    p: TEST_PASSWORD,
  });
  return {
    gql,
    WebSocket: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    } as unknown as typeof WebSocket,
  };
}

/** A conference open for writing, with one agenda item, made through the API. */
export async function seedConference(c: CookieClient): Promise<string> {
  const person = async (fullName: string) =>
    (
      await c.gql<{ createPerson: { id: string } }>(`mutation ($i: PersonInput!) { createPerson(input: $i) { id } }`, {
        i: { kind: "PROFESSIONAL", fullName },
      })
    ).createPerson.id;
  const { createCase } = await c.gql<{ createCase: { id: string } }>(
    `mutation ($i: CaseInput!) { createCase(input: $i) { id } }`,
    { i: { reference: `RT-${randomBytes(3).toString("hex")}`, familyName: "Family Process" } },
  );
  const { createConference } = await c.gql<{ createConference: { id: string } }>(
    `mutation ($i: ConferenceInput!) { createConference(input: $i) { id } }`,
    { i: { caseId: createCase.id, purpose: "Agree support", scheduledStart: "2027-01-12T09:00:00.000Z" } },
  );
  const id = createConference.id;
  for (const role of ["FACILITATOR", "PROFESSIONAL"]) {
    await c.gql(`mutation ($c: ID!, $i: ParticipantInput!) { addParticipant(conferenceId: $c, input: $i) { id } }`, {
      c: id,
      i: { personId: await person(`Person ${role}`), role },
    });
  }
  await c.gql(`mutation ($c: ID!, $i: AgendaItemInput!) { addAgendaItem(conferenceId: $c, input: $i) { id } }`, {
    c: id,
    i: { title: "Situation", timeboxMinutes: 30 },
  });
  await c.gql(`mutation ($id: ID!) { transitionConference(id: $id, to: INVITED) { status } }`, { id });
  return id;
}
