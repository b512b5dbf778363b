import { parseCollabPath } from "@roundtable/shared";
import type http from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import type * as Y from "yjs";
import type { Config } from "../config.js";
import type { Database } from "../db/data-source.js";
import type { Events } from "../graphql/pubsub.js";
import type { Logger } from "../logger.js";
import { authenticationExtension } from "./authentication.js";
import { conferenceGate } from "./conference-gate.js";
import { CollabCore } from "./core.js";
import type { Metrics } from "../metrics/metrics.js";
import { REQUEST_ID_HEADER, requestIdOf } from "../http/request-id.js";
import { releaseUpgradeSocket } from "../http/upgrade-socket.js";
import { metricsExtension } from "./metrics.js";
import { persistenceExtension } from "./persistence.js";
import { projectionExtension } from "./projection.js";
import { redisRelayExtension } from "./redis-relay.js";
import { UpgradeRefused, type Access, type CollabSettings, type ConferenceFacts } from "./types.js";
import type { AuditOutcome } from "../audit/audit-entry.entity.js";
import { auditBatch } from "./audit-batch.js";
import { clientInfo } from "../auth/cookies.js";
import { ANONYMOUS, auditIdentity, type Actor } from "../policy/actor.js";

export interface CollabEndpoint {
  /** Handles an upgrade whose path starts with /collab/. */
  handleUpgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): void;
  /**
   * The conference's document as the room holds it once every change it accepted is stored and
   * writes are re-checked (closing the minutes); null when it is not loaded on this instance.
   */
  settle(conferenceId: string): Promise<Uint8Array | null>;
  /** See CollabCore.changeDocument: the server's one write path to live content. */
  changeDocument<T>(conferenceId: string, change: (doc: Y.Doc, conference: ConferenceFacts) => T): Promise<T>;
  /** Closes every socket with serverRestarting and stores every pending change. */
  stop(): Promise<void>;
}

const STATUS_TEXT = { 401: "Unauthorized", 404: "Not Found", 503: "Service Unavailable" } as const;

function refuse(socket: Duplex, status: keyof typeof STATUS_TEXT, requestId: string): void {
  if (socket.destroyed) return;
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\n${REQUEST_ID_HEADER}: ${requestId}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
    () => socket.destroy(),
  );
}

export function collabSettings(config: Config): CollabSettings {
  return {
    storeDebounceMs: config.COLLAB_STORE_DEBOUNCE_MS,
    storeMaxDelayMs: config.COLLAB_STORE_MAX_DELAY_MS,
    storeRetryMaxMs: config.COLLAB_STORE_RETRY_MAX_MS,
    compactAfter: config.COLLAB_COMPACT_AFTER,
    maxMessageBytes: config.COLLAB_MAX_MESSAGE_BYTES,
    maxDocumentBytes: config.COLLAB_MAX_DOCUMENT_BYTES,
    maxMessagesPerSecond: config.COLLAB_MAX_MESSAGES_PER_SECOND,
    pingIntervalMs: config.COLLAB_PING_INTERVAL_MS,
  };
}

/**
 * `/collab/<conferenceId>`: authenticate and load the document during the HTTP upgrade, before
 * `handleUpgrade` (STACK.md trap 11), so a refused client gets a plain 401 or 404 and never a
 * byte of the document, and an accepted one finds the document loaded.
 */
export function createCollabEndpoint(deps: {
  config: Config;
  db: Database;
  events: Events;
  log: Logger;
  metrics: Metrics;
}): CollabEndpoint {
  const settings = collabSettings(deps.config);
  const log = deps.log.child({ module: "collab" });
  const core = new CollabCore(
    [
      authenticationExtension({ ds: deps.db.dataSource, config: deps.config, events: deps.events, log }),
      persistenceExtension(deps.db.dataSource, { compactAfter: settings.compactAfter, log }),
      projectionExtension(deps.db.dataSource, deps.events, log),
      ...(deps.config.REDIS_URL
        ? [redisRelayExtension(deps.config.REDIS_URL, { log, heartbeatMs: deps.config.COLLAB_RELAY_HEARTBEAT_MS })]
        : []),
      // Last: it counts a document as loaded only once every other extension loaded it.
      metricsExtension(deps.metrics),
    ],
    settings,
    log,
  );
  const gate = conferenceGate(deps.db.dataSource);
  // Above our own message bound, so an oversized message gets 4413 from us; far above, ws's 1009.
  // The rooms know every socket: ws's own set of clients would cost a listener per socket.
  const wss = new WebSocketServer({ noServer: true, maxPayload: settings.maxMessageBytes * 2, clientTracking: false });
  wss.on("headers", (headers, req) => headers.push(`X-Request-Id: ${requestIdOf(req)}`));

  const audits = auditBatch(deps.db.dataSource, log);
  /** Opening a live document is a read of the conference: logged like a read of a case. */
  function audit(
    req: http.IncomingMessage,
    conferenceId: string,
    actor: Actor,
    outcome: AuditOutcome,
    detail: string | null,
  ): void {
    audits.add({
      ...auditIdentity(actor),
      action: "openLiveDocument",
      recordType: "Conference",
      recordId: conferenceId,
      ip: clientInfo(req, deps.config.TRUST_PROXY).ip,
      changedFields: null,
      outcome,
      detail,
    });
  }

  async function upgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer, requestId: string): Promise<void> {
    const conferenceId = parseCollabPath(req.url ?? "/");
    if (!conferenceId) return refuse(socket, 404, requestId);
    if (core.stopping) return refuse(socket, 503, requestId);
    let access: Access;
    try {
      access = await core.authenticate({ request: req, conferenceId });
    } catch (err) {
      if (err instanceof UpgradeRefused) audit(req, conferenceId, ANONYMOUS, "refused", String(err.status));
      throw err;
    }
    audit(req, conferenceId, access.actor, "ok", access.readOnly ? "read-only" : null);
    const room = await core.acquire(conferenceId, access.conference);
    let released = false;
    const release = () => {
      if (!released) core.release(room);
      released = true;
    };
    // ws neither calls back nor throws when the handshake is aborted or the client went away.
    socket.on("close", release);
    if (socket.destroyed || core.stopping) {
      release();
      return refuse(socket, 503, requestId);
    }
    // ws answers the handshake and calls back synchronously, and the connection's opening
    // messages follow at once: corked, the 101 and those messages leave in one system call, not
    // one per write (on loopback each call also runs the receiver's TCP, on our CPU).
    socket.cork();
    try {
      wss.handleUpgrade(req, socket, head, (ws) => {
        // The socket lives on inside ws: a listener left on it would keep the room's join scope,
        // and ws has its own error listener now.
        socket.off("close", release);
        releaseUpgradeSocket(socket);
        core.attach(ws, room, access, requestId);
        release();
      });
    } finally {
      socket.uncork();
    }
  }

  return {
    // The HTTP server gave the socket its error listener, so a client that resets during
    // authentication cannot crash the process.
    handleUpgrade(req, socket, head) {
      const requestId = requestIdOf(req);
      upgrade(req, socket, head, requestId).catch((err: unknown) => {
        if (err instanceof UpgradeRefused) return refuse(socket, err.status, requestId);
        log.error({ err, reqId: requestId }, "opening a live document failed");
        refuse(socket, 503, requestId);
      });
    },
    settle: (conferenceId) => core.settle(conferenceId),
    changeDocument: (conferenceId, change) => core.changeDocument(conferenceId, change, gate),
    async stop() {
      await core.stop();
      await audits.flush();
      wss.close();
    },
  };
}
