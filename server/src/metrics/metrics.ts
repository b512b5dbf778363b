import type { ApolloServerPlugin } from "@apollo/server";
import type http from "node:http";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/**
 * The server's figures in Prometheus form, one registry per server instance (tests run several
 * in one process). Labels are bounded: routes are named, never raw URLs, and nothing about who
 * asked or which case is ever a label.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "roundtable_" });
  const registers = [registry];
  return {
    registry,
    httpRequests: new Counter({
      name: "roundtable_http_requests_total",
      help: "HTTP requests answered, by route and status class.",
      labelNames: ["route", "status"] as const,
      registers,
    }),
    httpSeconds: new Histogram({
      name: "roundtable_http_request_duration_seconds",
      help: "Time to answer an HTTP request.",
      labelNames: ["route"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    graphqlOperations: new Counter({
      name: "roundtable_graphql_operations_total",
      help: "GraphQL operations, by type and outcome (ok, error); subscriptions counted when they start or are refused.",
      labelNames: ["type", "outcome"] as const,
      registers,
    }),
    collabDocuments: new Gauge({
      name: "roundtable_collab_documents_loaded",
      help: "Live documents in memory.",
      registers,
    }),
    collabUpdates: new Counter({
      name: "roundtable_collab_updates_total",
      help: "Live-document updates received from clients, and sent to clients (one per recipient).",
      labelNames: ["direction"] as const,
      registers,
    }),
    collabStoreSeconds: new Histogram({
      name: "roundtable_collab_store_duration_seconds",
      help: "Time to store a batch of live-document updates (all store hooks, projection included).",
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    collabStoreFailures: new Counter({
      name: "roundtable_collab_store_failures_total",
      help: "Stores that failed and were kept in memory to retry.",
      registers,
    }),
    websockets: new Gauge({
      name: "roundtable_websocket_connections",
      help: "Open WebSocket connections, by endpoint (graphql, collab).",
      labelNames: ["endpoint"] as const,
      registers,
    }),
    websocketCloses: new Counter({
      name: "roundtable_websocket_closes_total",
      help: "WebSocket connections closed, by endpoint and close code (4503: closed by a shutdown).",
      labelNames: ["endpoint", "code"] as const,
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/** Close codes get a label of their own; any other (clients may send what they like) is "other". */
const KNOWN_CLOSE_CODES = new Set([1000, 1001, 1005, 1006, 1009, 1011, 1012, 4400, 4403, 4413, 4415, 4429, 4503, 4507]);

/** Counts an open socket of this endpoint until it closes, and how it closed. */
export function measureSocket(
  metrics: Metrics,
  endpoint: "graphql" | "collab",
  ws: { on(event: "close", listener: (code: number) => void): unknown },
): void {
  socketOpened(metrics, endpoint);
  // on, not once: a socket closes once, and once() wraps every listener in two more objects.
  ws.on("close", (code) => socketClosed(metrics, endpoint, code));
}

export function socketOpened(metrics: Metrics, endpoint: "graphql" | "collab"): void {
  metrics.websockets.inc({ endpoint });
}

export function socketClosed(metrics: Metrics, endpoint: "graphql" | "collab", code: number): void {
  metrics.websockets.dec({ endpoint });
  metrics.websocketCloses.inc({ endpoint, code: KNOWN_CLOSE_CODES.has(code) ? String(code) : "other" });
}

/** The route label of a request path: a fixed set, so the number of series stays bounded. */
export function routeOf(url: string | undefined): string {
  const path = (url ?? "/").split("?")[0] ?? "/";
  if (path === "/graphql" || path === "/healthz" || path === "/readyz" || path === "/metrics") return path;
  if (path.startsWith("/collab/")) return "/collab";
  if (/^\/cases\/[^/]+\/activity\.csv$/.test(path)) return "/cases/:id/activity.csv";
  if (/^\/conferences\/[^/]+\/minutes\/[^/]+\.pdf$/.test(path)) return "/conferences/:id/minutes/:number.pdf";
  return "other";
}

/** Counts and times every HTTP answer. */
export function measureRequest(metrics: Metrics, req: http.IncomingMessage, res: http.ServerResponse): void {
  const route = routeOf(req.url);
  const end = metrics.httpSeconds.startTimer({ route });
  res.once("finish", () => {
    end();
    metrics.httpRequests.inc({ route, status: `${Math.floor(res.statusCode / 100)}xx` });
  });
}

/** Counts GraphQL operations by type and whether they answered with errors. */
export function graphqlMetricsPlugin<C extends object>(metrics: Metrics): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response }) {
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          metrics.graphqlOperations.inc({
            type: operation?.operation ?? "invalid",
            outcome: errors?.length ? "error" : "ok",
          });
        },
      };
    },
  };
}
