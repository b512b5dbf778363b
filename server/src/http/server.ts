import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import express from "express";
import { useServer } from "graphql-ws/use/ws";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { WebSocketServer } from "ws";
import type { Config } from "../config.js";
import type { Database } from "../db/data-source.js";
import { createContext, type Context } from "../graphql/context.js";
import { formatError } from "../graphql/errors.js";
import { graphqlHandler } from "./graphql-handler.js";
import { createEvents, redisRelay } from "../graphql/pubsub.js";
import { createMetrics, graphqlMetricsPlugin, measureRequest, measureSocket, routeOf } from "../metrics/metrics.js";
import { errorLogPlugin, isUnexpected } from "../graphql/error-log.js";
import { REQUEST_ID_HEADER, requestIdOf, requestLogger, traceRequest, traceSocket } from "./request-id.js";
import { guardUpgradeSocket, releaseUpgradeSocket } from "./upgrade-socket.js";
import { httpDrain } from "./drain.js";
import { buildRoundtableSchema } from "../graphql/schema.js";
import type { Logger } from "../logger.js";
import { actorForSession } from "../auth/actors.js";
import { clientInfo, sessionTokenOf } from "../auth/cookies.js";
import { operationLimits } from "../graphql/limits.js";
import { trackGuestSockets } from "../graphql/live-sockets.js";
import { createCollabEndpoint } from "../collab/endpoint.js";
import { MINUTES_PDF_PATH, minutesPdfRoute } from "../signoff/minutes-route.js";
import { activityCsvRoute } from "../activity/activity-route.js";
import { startReminderJob } from "../followup/reminders.js";
import { startMail } from "../mail/sender.js";
import { parse, specifiedRules, validate, type DocumentNode, type GraphQLError } from "graphql";

export interface RunningServer {
  url: string;
  port: number;
  /**
   * The start of a graceful stop: /healthz and /readyz answer 503 and new WebSocket upgrades are
   * refused, so a proxy routes elsewhere, while open sockets and requests carry on.
   */
  drain(): void;
  /**
   * Drains, stops accepting connections, closes live-document sockets with 4503 and graphql-ws
   * sockets with 1012 (both reconnect, through the proxy to another instance), stores every
   * document, stops Apollo; the database is the caller's to close.
   */
  stop(): Promise<void>;
}

/**
 * One HTTP port for everything: POST /graphql, graphql-ws subscriptions on the same path,
 * health checks, and the built client. WebSocket upgrades are routed by path in one handler
 * (STACK.md trap 11): /graphql to graphql-ws, /collab/<conferenceId> to the live documents.
 */
export async function startHttpServer(config: Config, db: Database, log: Logger): Promise<RunningServer> {
  const metrics = createMetrics();
  const relay = config.REDIS_URL ? redisRelay(config.REDIS_URL, log) : null;
  const events = createEvents(relay?.eventTarget);
  const schema = await buildRoundtableSchema(events);
  const production = config.NODE_ENV === "production";
  const app = express();
  let onGraphql: (req: http.IncomingMessage, res: http.ServerResponse) => void = () => {};
  const httpServer = http.createServer((req, res) => {
    measureRequest(metrics, req, res);
    traceRequest(log, req, res, routeOf(req.url));
    const url = req.url ?? "/";
    if (url === "/graphql" || url.startsWith("/graphql?")) onGraphql(req, res);
    else app(req, res);
  });
  const httpDrainer = httpDrain(httpServer);
  let stopping = false;

  const limits = operationLimits(config);
  const parseOptions = { maxTokens: config.GRAPHQL_MAX_TOKENS };

  /** Who is asking, from the session cookie, resolved once per request or subscription. */
  const contextFor = async (
    req: http.IncomingMessage,
    kind: "request" | "live",
    setCookie: (cookie: string) => void = () => {},
  ): Promise<Context> => {
    const actor = await actorForSession(db.dataSource, sessionTokenOf(req), config);
    const client = clientInfo(req, config.TRUST_PROXY);
    return createContext(
      { actor, client, db: db.dataSource, events, log: requestLogger(log, req), config, setCookie, live: collab },
      kind,
    );
  };

  const collab = createCollabEndpoint({ config, db, events, log, metrics });
  const graphqlWs = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const guestSockets = trackGuestSockets(events);
  graphqlWs.on("headers", (headers, req) => headers.push(`X-Request-Id: ${requestIdOf(req)}`));
  graphqlWs.on("connection", (ws, req: http.IncomingMessage) => {
    measureSocket(metrics, "graphql", ws);
    traceSocket(log, ws, "subscription", { reqId: requestIdOf(req), endpoint: "graphql" });
  });
  const wsCleanup = useServer(
    {
      schema,
      context: async ({ extra }) => {
        const ctx = await contextFor(extra.request, "live");
        guestSockets.track(ctx.actor, extra.socket);
        return ctx;
      },
      // The same bounds as over HTTP: a subscription too deep or too costly never starts.
      onSubscribe: (_ctx, _id, payload) => {
        let document: DocumentNode;
        try {
          document = parse(payload.query, parseOptions);
        } catch (err) {
          metrics.graphqlOperations.inc({ type: "subscription", outcome: "error" });
          return [err as GraphQLError];
        }
        const errors = validate(schema, document, [...specifiedRules, ...limits]);
        metrics.graphqlOperations.inc({ type: "subscription", outcome: errors.length > 0 ? "error" : "ok" });
        if (errors.length > 0) return errors;
      },
      onError: (ctx, _id, _payload, errors) => {
        const wsLog = requestLogger(log, ctx.extra.request);
        for (const error of errors) {
          if (isUnexpected(error)) wsLog.error({ err: error.originalError }, "GraphQL subscription failed");
        }
      },
    },
    graphqlWs,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    // Refuses "simple" cross-site requests; with the SameSite=Lax cookie this is our CSRF guard.
    csrfPrevention: true,
    validationRules: limits,
    parseOptions,
    // Our shutdown closes sockets, flushes and stops Apollo in order (STACK.md trap 10).
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error, production),
    plugins: [
      {
        async serverWillStart() {
          return { drainServer: () => httpDrainer.stop() };
        },
      },
      // We send no HTTP cache hints; the default plugin wraps every field resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      graphqlMetricsPlugin<Context>(metrics),
      errorLogPlugin<Context>(log),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.disable("x-powered-by");
  // Figures only, no personal data; in production keep it to the monitoring network at the proxy.
  app.get("/metrics", async (_req, res) => {
    res.set("content-type", metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
  // 503 from the moment a stop begins, so a proxy's health check takes this instance out first.
  app.get("/healthz", (_req, res) => {
    if (stopping) res.status(503).json({ status: "stopping" });
    else res.json({ status: "ok" });
  });
  app.get("/readyz", async (req, res) => {
    if (stopping) {
      res.status(503).json({ status: "stopping" });
      return;
    }
    try {
      await db.dataSource.query("SELECT 1");
      res.json({ status: "ready", database: db.kind });
    } catch (err) {
      requestLogger(log, req).warn({ err }, "readiness check failed");
      res.status(503).json({ status: "database unavailable" });
    }
  });
  onGraphql = graphqlHandler(
    apollo,
    (req, res) => contextFor(req, "request", (cookie) => res.appendHeader("set-cookie", cookie)),
    (err, req) => requestLogger(log, req).error({ err }, "GraphQL request failed"),
  );
  // Before the client's catch-all, which would answer this path with the app's page.
  app.get(
    "/cases/:id/activity.csv",
    activityCsvRoute((req) => contextFor(req, "request")),
  );
  app.get(
    MINUTES_PDF_PATH,
    minutesPdfRoute((req) => contextFor(req, "request")),
  );
  serveClient(app, config.CLIENT_DIST);

  httpServer.on("upgrade", (req, socket, head) => {
    guardUpgradeSocket(socket);
    httpDrainer.release(socket);
    const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
    const refuse = (status: string) =>
      socket.end(`HTTP/1.1 ${status}\r\n${REQUEST_ID_HEADER}: ${requestIdOf(req)}\r\nConnection: close\r\n\r\n`);
    if (!sameOrigin(req)) {
      refuse("403 Forbidden");
      return;
    }
    // Draining: the client retries, and the proxy takes it to another instance.
    if (stopping) {
      refuse("503 Service Unavailable");
      return;
    }
    if (pathname === "/graphql") {
      graphqlWs.handleUpgrade(req, socket, head, (ws) => {
        releaseUpgradeSocket(socket);
        graphqlWs.emit("connection", ws, req);
      });
      return;
    }
    if (pathname.startsWith("/collab/")) {
      collab.handleUpgrade(req, socket, head);
      return;
    }
    refuse("404 Not Found");
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    // Node's default backlog (511) is shorter than a reconnect storm: after a restart every
    // meeting's clients knock at once, and a connection the kernel drops waits a second to retry.
    // The kernel caps this at net.core.somaxconn.
    httpServer.listen({ port: config.PORT, host: config.HOST, backlog: 4096 }, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  // One task-reminder timer per process; instances share the work safely (docs/followup.md).
  const reminders = startReminderJob(config, db.dataSource, log);
  // One mail sender per process, from here until stop (docs/mail.md).
  const mail = startMail(config, db.dataSource, log, metrics.registry);
  const url = `http://${config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST}:${port}`;

  const drain = () => {
    if (stopping) return;
    stopping = true;
    log.info("draining: health checks answer 503, new WebSocket upgrades are refused");
  };

  return {
    url,
    port,
    drain,
    async stop() {
      drain();
      // No new connections from here: a proxy's attempt is refused at once and goes to another
      // instance. Open connections are served and closed below (Apollo's drain ends idle ones).
      httpServer.close();
      // Background work first: a reminder run under way finishes while the mail queue and database are open.
      await reminders.stop();
      // Live documents first: sockets closed with serverRestarting, every pending store flushed
      // while the database is still open (STACK.md trap 10). Not between graphqlWs.close() and
      // apollo.stop(): graphql-ws's dispose fails on a WebSocketServer that finished closing.
      await collab.stop();
      // 1012 (service restart): graphql-ws clients, the stock one included, reconnect and resubscribe.
      for (const ws of graphqlWs.clients) ws.close(1012, "server restarting");
      graphqlWs.close();
      await apollo.stop();
      // No request can queue mail any more; the sender finishes the delivery under way.
      await mail.stop();
      await guestSockets.stop();
      await relay?.close();
    },
  };
}

/** The built single-page app, with every unknown GET path answered by index.html. */
function serveClient(app: express.Express, dist: string | undefined): void {
  if (!dist || !fs.existsSync(path.join(dist, "index.html"))) return;
  app.use(express.static(dist, { index: false, maxAge: "1h" }));
  app.get(/^\/(?!graphql|collab|healthz|readyz|metrics).*/, (_req, res) => {
    res.sendFile(path.join(dist, "index.html"));
  });
}

/**
 * Browsers send cookies with WebSocket handshakes from any site and no CORS check applies, so a
 * page elsewhere could open a socket as the signed-in user. A browser always sends Origin:
 * it must name this host. Clients that are not browsers send none.
 */
function sameOrigin(req: http.IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
