import { randomUUID } from "node:crypto";
import type http from "node:http";
import type { Logger } from "../logger.js";

export const REQUEST_ID_HEADER = "x-request-id";

/**
 * An id a proxy or client may hand us: short, printable, no spaces or separators that could
 * forge a log line or a header. Anything else is replaced, never trimmed into shape.
 */
const SANE_ID = /^[A-Za-z0-9._:+/=@-]{1,128}$/;

const ids = new WeakMap<http.IncomingMessage, string>();

/**
 * The id of an HTTP request or WebSocket upgrade: the incoming X-Request-Id when it looks sane
 * (so a proxy's id follows the request into our logs), else a new UUID. The same for every
 * caller that asks about the same request.
 */
export function requestIdOf(req: http.IncomingMessage): string {
  let id = ids.get(req);
  if (!id) {
    const given = req.headers[REQUEST_ID_HEADER];
    id = typeof given === "string" && SANE_ID.test(given) ? given : newId();
    ids.set(req, id);
  }
  return id;
}

/**
 * A UUID as one flat string. randomUUID's is a tree of concatenated pieces, about 500 bytes until
 * something reads it whole; a WebSocket keeps its id for hours, so it gets a copy of 56.
 */
function newId(): string {
  return Buffer.from(randomUUID(), "latin1").toString("latin1");
}

/** The logger for everything written while handling this request: each line carries reqId. */
export function requestLogger(log: Logger, req: http.IncomingMessage): Logger {
  return log.child({ reqId: requestIdOf(req) });
}

/**
 * Logs a WebSocket when it closes, as a request is logged when answered: one line with the
 * upgrade's reqId, the close code and how long it was open (its opening only at debug). Lines go
 * through the given logger with the id as a field: a child logger, or a closure over the upgrade
 * request, would be kept for as long as the socket stays open, a kilobyte or more per socket.
 */
export function traceSocket(
  log: Logger,
  ws: { on(event: "close", listener: (code: number) => void): unknown },
  name: "subscription",
  fields: { reqId: string } & Record<string, unknown>,
): void {
  const opened = Date.now();
  log.debug(fields, `${name} socket opened`);
  ws.on("close", (code) => log.info({ ...fields, code, ms: Date.now() - opened }, `${name} socket closed`));
}

/** Routes polled by health checks and Prometheus: their lines only at debug, or they drown the rest. */
const QUIET_ROUTES = new Set(["/healthz", "/readyz", "/metrics"]);

/**
 * Gives the request its id (answered in X-Request-Id) and logs one line when it is answered.
 * The line names the route, never the raw URL: paths and queries can carry invitation tokens.
 */
export function traceRequest(log: Logger, req: http.IncomingMessage, res: http.ServerResponse, route: string): Logger {
  const reqLog = requestLogger(log, req);
  res.setHeader(REQUEST_ID_HEADER, requestIdOf(req));
  const started = process.hrtime.bigint();
  res.once("finish", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const entry = { method: req.method, route, status: res.statusCode, ms: Math.round(ms * 10) / 10 };
    if (QUIET_ROUTES.has(route)) reqLog.debug(entry, "request answered");
    else reqLog.info(entry, "request answered");
  });
  return reqLog;
}
