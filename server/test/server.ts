import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Logger as TypeOrmLogger } from "typeorm";
import WebSocket from "ws";
import { createAccount } from "../src/auth/account.service.js";
import type { AccountRole } from "../src/auth/account.entity.js";
import { loadConfig } from "../src/config.js";
import type { Database } from "../src/db/data-source.js";
import { startHttpServer, type RunningServer } from "../src/http/server.js";
import { createLogger, type Logger } from "../src/logger.js";
import type { DatabaseTarget } from "./databases.js";

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; fields?: { path: string; code: string }[]; [k: string]: unknown };
  }[];
}

/** One browser, as far as the server can tell: its session cookie, kept across requests. */
export interface TestClient {
  /** POSTs a GraphQL operation over real HTTP and returns the whole response. */
  request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Like request, but fails the test on any error and returns the data. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** The raw HTTP response, for tests about headers and status codes. */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** A `ws` WebSocket class that sends this client's cookie, for graphql-ws's webSocketImpl. */
  WebSocket: typeof WebSocket;
  cookie(): string | null;
}

export interface TestServer extends TestClient {
  url: string;
  wsUrl: string;
  db: Database;
  /** The server itself, for tests of how it stops. */
  http: RunningServer;
  /** The staff account every factory acts as: it opens the cases, so it is on their teams. */
  account: { id: string; email: string };
  /** A client with no session. */
  anonymous(): TestClient;
  /** A staff or admin account, signed in. */
  staff(options?: {
    role?: AccountRole;
    personId?: string | null;
  }): Promise<TestClient & { accountId: string; email: string }>;
  /** Signs in over GraphQL; throws unless it worked. */
  signIn(email: string, password: string): Promise<TestClient>;
  /** Opens an invitation link as a new browser would; throws unless it worked. */
  guest(token: string): Promise<TestClient>;
  stop(): Promise<void>;
}

export const TEST_PASSWORD = "correct horse battery staple";

/** A real server on an ephemeral loopback port over a new database of the target. */
export async function startTestServer(
  target: DatabaseTarget,
  options: {
    logger?: TypeOrmLogger;
    env?: Record<string, string>;
    /** An open database to share with another instance; the caller closes it. */
    database?: Database;
    /** Where the server logs; silent unless given. */
    log?: Logger;
  } = {},
): Promise<TestServer> {
  // Files the server writes (the mail outbox folder) go to a directory of this server's own.
  const dataDir = options.env?.DATA_DIR ? null : fs.mkdtempSync(path.join(os.tmpdir(), "rt-test-"));
  const config = loadConfig({
    ...(dataDir ? { DATA_DIR: dataDir } : {}),
    PORT: "0",
    LOG_LEVEL: "silent",
    NODE_ENV: "test",
    CLIENT_DIST: "/nonexistent",
    SIGN_IN_DELAY_MS: "0",
    ...options.env,
  });
  const db = options.database ?? (await target.open({ logger: options.logger }));
  const server = await startHttpServer(config, db, options.log ?? createLogger("silent"));

  const client = (initialCookie: string | null): TestClient => {
    let cookie = initialCookie;
    const post = async (body: unknown, headers: Record<string, string> = {}) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}), ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
      const set = res.headers.getSetCookie().find((c) => c.startsWith("rt_session="));
      if (set) {
        const pair = set.split(";")[0] ?? "";
        cookie = /max-age=0/i.test(set) || pair === "rt_session=" ? null : pair;
      }
      return res;
    };
    const request = async <T>(query: string, variables?: Record<string, unknown>) =>
      (await (await post({ query, variables })).json()) as GraphQLResponse<T>;
    return {
      post,
      request,
      async gql<T>(query: string, variables?: Record<string, unknown>) {
        const body = await request<T>(query, variables);
        if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
        return body.data;
      },
      // Cast: ws declares an extra constructor overload (a null address) graphql-ws never uses.
      WebSocket: class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers: cookie ? { cookie } : {} });
        }
      } as unknown as typeof WebSocket,
      cookie: () => cookie,
    };
  };

  const signIn = async (email: string, password: string) => {
    const c = client(null);
    await c.gql(`mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`, {
      e: email,
      p: password,
    });
    return c;
  };
  const staff = async (opts: { role?: AccountRole; personId?: string | null } = {}) => {
    const email = `staff-${randomBytes(4).toString("hex")}@test.example`;
    const account = await createAccount(db.dataSource, {
      email,
      displayName: `Staff ${email}`,
      role: opts.role ?? "staff",
      password: TEST_PASSWORD,
      personId: opts.personId ?? null,
    });
    return Object.assign(await signIn(email, TEST_PASSWORD), { accountId: account.id, email });
  };
  const guest = async (token: string) => {
    const c = client(null);
    await c.gql(`mutation ($t: String!) { redeemGuestLink(token: $t) { conferenceId } }`, { t: token });
    return c;
  };
  const main = await staff();

  return {
    ...main,
    url: server.url,
    wsUrl: server.url.replace(/^http/, "ws"),
    db,
    http: server,
    account: { id: main.accountId, email: main.email },
    anonymous: () => client(null),
    staff,
    signIn,
    guest,
    async stop() {
      await server.stop();
      if (!options.database) await db.close();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
