import { randomUUID } from "node:crypto";
import type { Registry } from "prom-client";
import type { DataSource } from "typeorm";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { MailKind } from "./outgoing-mail.js";
import { createMailMetrics, type MailMetrics } from "./mail-metrics.js";
import { mailSettings, retryDelayMs, type MailSettings } from "./mail-settings.js";
import { DeliveryError, type MailTransport } from "./transport.js";
import { registerSender } from "./wake.js";

interface Claimed {
  id: string;
  kind: MailKind;
  recipientAddress: string;
  raw: Uint8Array;
  attempts: number;
  /** This claim, so only its holder records the outcome. */
  token: string;
}

/** How long stopping waits for a delivery under way; after it the lease hands the message on. */
const STOP_GRACE_MS = 5000;

export interface MailSender {
  stop(): Promise<void>;
}

/**
 * The one sender of a server process. It takes due messages one at a time with
 * `FOR UPDATE SKIP LOCKED`, so instances sharing a database never take the same message at once;
 * a taken message is `sending` for a lease (`nextAttemptAt`), after which a message whose sender
 * died is taken again. It sends when woken by an enqueue on this instance and polls otherwise.
 */
export function startMailSender(deps: {
  dataSource: DataSource;
  settings: MailSettings;
  log: Logger;
  metrics: MailMetrics;
}): MailSender {
  const { dataSource, settings, log, metrics } = deps;
  const transport: MailTransport = settings.transport();
  let stopped = false;
  let woken = false;
  let wakeUp: (() => void) | null = null;

  const wake = () => {
    woken = true;
    wakeUp?.();
  };
  const unregister = registerSender(dataSource, { from: settings.from, wake });

  /** Waits `ms`, or less when woken; at once when woken since the last look at the queue. */
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      if (woken || stopped) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeUp = null;
        resolve();
      }
      wakeUp = done;
    });

  /** Takes the next due message, if any, and marks it as ours for the lease. */
  async function claim(): Promise<Claimed | null> {
    const token = randomUUID();
    const runner = dataSource.createQueryRunner();
    try {
      const result = await runner.query(
        `UPDATE mail_messages m
            SET status = 'sending', "claimToken" = $1, attempts = m.attempts + 1, "lastAttemptAt" = now(),
                "nextAttemptAt" = now() + make_interval(secs => $2::float8 / 1000)
          WHERE m.id = (SELECT id FROM mail_messages
                         WHERE status IN ('queued', 'sending') AND "nextAttemptAt" <= now()
                         ORDER BY "nextAttemptAt", "createdAt" LIMIT 1
                         FOR UPDATE SKIP LOCKED)
          RETURNING m.id, m.kind, m."recipientAddress", m.raw, m.attempts`,
        [token, settings.leaseMs],
        true,
      );
      const row = (result.records as Omit<Claimed, "token">[])[0];
      return row ? { ...row, token } : null;
    } finally {
      await runner.release();
    }
  }

  /** Sends one claimed message and records the outcome, unless another sender took it over. */
  async function deliver(m: Claimed): Promise<void> {
    const { token } = m;
    try {
      await transport.deliver({
        id: m.id,
        from: settings.envelopeFrom,
        to: m.recipientAddress,
        raw: Buffer.from(m.raw),
      });
    } catch (err) {
      const reason = (err instanceof Error ? err.message : String(err)).slice(0, 2000);
      const permanent = err instanceof DeliveryError && err.permanent;
      const giveUp = permanent || m.attempts >= settings.retry.maxAttempts;
      const delay = giveUp ? 0 : retryDelayMs(m.attempts, settings.retry);
      await dataSource.query(
        `UPDATE mail_messages SET status = $3::mail_status, "lastError" = $4, "claimToken" = NULL,
                "nextAttemptAt" = now() + make_interval(secs => $5::float8 / 1000)
          WHERE id = $1 AND "claimToken" = $2`,
        [m.id, token, giveUp ? "failed" : "queued", reason, delay],
      );
      metrics.attemptFailures.inc({ kind: m.kind });
      if (giveUp) metrics.failed.inc({ kind: m.kind });
      log[giveUp ? "error" : "warn"](
        { mailId: m.id, kind: m.kind, attempts: m.attempts, reason, retryInMs: giveUp ? undefined : delay },
        giveUp ? "mail delivery failed for good" : "mail delivery failed; will try again",
      );
      return;
    }
    await dataSource.query(
      // Delivered: the stored copy loses its secrets (a guest's link) in the same statement.
      `UPDATE mail_messages SET status = 'sent', "sentAt" = now(), "claimToken" = NULL,
              raw = COALESCE("redactedRaw", raw), "redactedRaw" = NULL,
              "redactedAt" = CASE WHEN "redactedRaw" IS NULL THEN "redactedAt" ELSE now() END
        WHERE id = $1 AND "claimToken" = $2`,
      [m.id, token],
    );
    metrics.sent.inc({ kind: m.kind });
    log.info({ mailId: m.id, kind: m.kind, attempts: m.attempts, transport: transport.kind }, "mail sent");
  }

  /**
   * How long to wait: until the next retry or lease end falls due, but no longer than the poll
   * interval, which is how soon messages queued by other instances are seen.
   */
  async function untilNextDue(): Promise<number> {
    const [row] = (await dataSource.query(
      `SELECT EXTRACT(EPOCH FROM (min("nextAttemptAt") - now())) * 1000 AS ms
         FROM mail_messages WHERE status IN ('queued', 'sending')`,
    )) as { ms: string | number | null }[];
    const ms = row?.ms === null || row?.ms === undefined ? settings.pollMs : Math.ceil(Number(row.ms));
    return Math.min(Math.max(ms, 10), settings.pollMs);
  }

  /** Puts back a message taken just as the server stopped: it was not attempted. */
  async function release(m: Claimed): Promise<void> {
    await dataSource.query(
      `UPDATE mail_messages SET status = 'queued', attempts = attempts - 1, "claimToken" = NULL, "nextAttemptAt" = now()
        WHERE id = $1 AND "claimToken" = $2`,
      [m.id, m.token],
    );
  }

  async function run(): Promise<void> {
    while (!stopped) {
      woken = false;
      let claimed: Claimed | null = null;
      try {
        claimed = await claim();
        if (claimed && stopped) await release(claimed);
        else if (claimed) await deliver(claimed);
      } catch (err) {
        if (stopped) break;
        log.error({ err }, "mail sender: the queue could not be read or updated; trying again later");
        await pause(settings.pollMs);
        continue;
      }
      if (stopped) break;
      // More may be due (or an enqueue woke us meanwhile): look again at once; otherwise wait.
      if (!claimed && !woken) await pause(await untilNextDue().catch(() => settings.pollMs));
    }
  }

  const loop = run();
  log.info({ transport: transport.kind, from: settings.from }, "mail sender started");

  return {
    async stop() {
      stopped = true;
      unregister();
      wakeUp?.();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([loop, new Promise((r) => (timer = setTimeout(r, STOP_GRACE_MS)))]);
      clearTimeout(timer);
      transport.close();
    },
  };
}

/** The server's sender, from the configuration, with its figures in the server's registry. */
export function startMail(config: Config, dataSource: DataSource, log: Logger, registry: Registry): MailSender {
  return startMailSender({
    dataSource,
    settings: mailSettings(config),
    log,
    metrics: createMailMetrics(registry, dataSource),
  });
}
