import type { Logger as TypeOrmLogger } from "typeorm";
import { loadConfig } from "../src/config.js";
import type { Database } from "../src/db/data-source.js";
import { startHttpServer } from "../src/http/server.js";
import { createLogger } from "../src/logger.js";
import type { DatabaseTarget } from "./databases.js";

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; fields?: { path: string; code: string }[]; [k: string]: unknown };
  }[];
}

export interface TestServer {
  url: string;
  wsUrl: string;
  db: Database;
  /** POSTs a GraphQL operation over real HTTP and returns the whole response. */
  request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Like request, but fails the test on any error and returns the data. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

/** A real server on an ephemeral loopback port over a new database of the target. */
export async function startTestServer(
  target: DatabaseTarget,
  options: { logger?: TypeOrmLogger; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const config = loadConfig({
    PORT: "0",
    LOG_LEVEL: "silent",
    NODE_ENV: "test",
    CLIENT_DIST: "/nonexistent",
    ...options.env,
  });
  const db = await target.open({ logger: options.logger });
  const server = await startHttpServer(config, db, createLogger("silent"));
  const request = async <T>(query: string, variables?: Record<string, unknown>) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphQLResponse<T>;
  };
  return {
    url: server.url,
    wsUrl: server.url.replace(/^http/, "ws"),
    db,
    request,
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      const body = await request<T>(query, variables);
      if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
