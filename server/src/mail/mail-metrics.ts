import { Counter, Gauge, type Registry } from "prom-client";
import type { DataSource } from "typeorm";
import { MAIL_STATUSES } from "./mail-message.entity.js";

/**
 * The mail figures in the server's registry. The counters are this instance's; the queue depth
 * is the whole database's (every instance reports the same), read when Prometheus scrapes.
 */
export function createMailMetrics(registry: Registry, dataSource: DataSource) {
  const registers = [registry];
  return {
    sent: new Counter({
      name: "roundtable_mail_sent_total",
      help: "Messages handed to the mail server (or written to the outbox folder), by kind.",
      labelNames: ["kind"] as const,
      registers,
    }),
    attemptFailures: new Counter({
      name: "roundtable_mail_attempt_failures_total",
      help: "Delivery attempts that failed, by kind; most are tried again later.",
      labelNames: ["kind"] as const,
      registers,
    }),
    failed: new Counter({
      name: "roundtable_mail_failed_total",
      help: "Messages given up on (failed for good), by kind.",
      labelNames: ["kind"] as const,
      registers,
    }),
    queue: new Gauge({
      name: "roundtable_mail_queue_depth",
      help: "Messages not sent yet in the database, by status (queued, sending, failed).",
      labelNames: ["status"] as const,
      registers,
      async collect() {
        let rows: { status: string; n: number }[];
        try {
          rows = (await dataSource.query(
            `SELECT status::text AS status, count(*)::int AS n FROM mail_messages WHERE status <> 'sent' GROUP BY status`,
          )) as { status: string; n: number }[];
        } catch {
          return; // the database is away (shutting down): the scrape goes on without this figure
        }
        for (const status of MAIL_STATUSES) {
          if (status !== "sent") this.set({ status }, rows.find((r) => r.status === status)?.n ?? 0);
        }
      },
    }),
  };
}

export type MailMetrics = ReturnType<typeof createMailMetrics>;
