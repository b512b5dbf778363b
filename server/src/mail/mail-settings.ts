import addressparser from "nodemailer/lib/addressparser/index.js";
import path from "node:path";
import type { Config } from "../config.js";
import { folderTransport, smtpTransport, type MailTransport } from "./transport.js";

/** What the sender runs with, read from the configuration once. */
export interface MailSettings {
  /** The From header. */
  from: string;
  /** Its bare address, the envelope sender. */
  envelopeFrom: string;
  transport(): MailTransport;
  retry: { baseMs: number; maxMs: number; maxAttempts: number };
  pollMs: number;
  leaseMs: number;
}

export function mailSettings(config: Config): MailSettings {
  const host = config.PUBLIC_URL ? new URL(config.PUBLIC_URL).hostname : "localhost";
  const from = config.MAIL_FROM ?? `Roundtable <roundtable@${host}>`;
  const smtpUrl = config.SMTP_URL;
  return {
    from,
    envelopeFrom: bareAddress(from),
    transport: () =>
      smtpUrl
        ? smtpTransport(smtpUrl, config.MAIL_SMTP_TIMEOUT_MS)
        : folderTransport(path.join(config.dataDir, "outbox")),
    retry: {
      baseMs: config.MAIL_RETRY_BASE_MS,
      maxMs: config.MAIL_RETRY_MAX_MS,
      maxAttempts: config.MAIL_MAX_ATTEMPTS,
    },
    pollMs: config.MAIL_POLL_MS,
    leaseMs: config.MAIL_LEASE_MS,
  };
}

/** "Roundtable <a@b.org>" → "a@b.org". */
export function bareAddress(header: string): string {
  const [first] = addressparser(header, { flatten: true });
  return first && "address" in first && first.address ? first.address : header.trim();
}

/** How long after its `attempts`-th failure a message is tried again: doubling, capped. */
export function retryDelayMs(attempts: number, retry: MailSettings["retry"]): number {
  return Math.min(retry.baseMs * 2 ** Math.max(0, attempts - 1), retry.maxMs);
}
