import type { Metrics } from "../metrics/metrics.js";
import type { Extension } from "./types.js";

/**
 * Live-document figures for /metrics. Store timing is measured by the core around all store
 * hooks (see core.ts), since one extension sees only its own part of a store.
 */
export function metricsExtension(metrics: Metrics): Extension {
  return {
    name: "metrics",
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
