import { socketClosed, socketOpened, type Metrics } from "../metrics/metrics.js";
import type { Extension } from "./types.js";

/**
 * Live-document figures for /metrics. A store is timed from the core's beforeStore to its
 * afterStore, so the time covers every extension's part (persistence, projection, relay).
 */
export function metricsExtension(metrics: Metrics): Extension {
  const started = new WeakMap<object, () => number>();
  return {
    name: "metrics",
    beforeStore(payload) {
      started.set(payload, metrics.collabStoreSeconds.startTimer());
    },
    async afterStore(payload) {
      started.get(payload)?.();
    },
    onStoreFailed() {
      metrics.collabStoreFailures.inc();
    },
    onConnect() {
      socketOpened(metrics, "collab");
    },
    onDisconnect({ code }) {
      socketClosed(metrics, "collab", code);
    },
    async onLoad() {
      metrics.collabDocuments.inc();
    },
    onChange({ room, connection }) {
      if (connection) metrics.collabUpdates.inc({ direction: "received" });
      const recipients = room.connections.size - (connection ? 1 : 0);
      if (recipients > 0) metrics.collabUpdates.inc({ direction: "sent" }, recipients);
    },
    async afterUnload() {
      metrics.collabDocuments.dec();
    },
  };
}
