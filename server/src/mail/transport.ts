import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";

/** One message as the sender hands it over: the stored bytes and the envelope. */
export interface Envelope {
  id: string;
  /** The bare sender address (MAIL FROM). */
  from: string;
  /** The bare recipient address (RCPT TO). */
  to: string;
  raw: Buffer;
}

/** Where messages go: a mail server, or the outbox folder when none is configured. */
export interface MailTransport {
  readonly kind: "smtp" | "folder";
  /** Resolves once the message was accepted; rejects with the reason otherwise. */
  deliver(message: Envelope): Promise<void>;
  close(): void;
}

/** An error the mail server gave: its reply and whether trying again can help. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    /** The mail server refused this recipient for good (a 5xx reply to RCPT TO). */
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}

interface SmtpFailure {
  message?: string;
  response?: string;
  responseCode?: number;
  command?: string;
  code?: string;
}

/**
 * nodemailer over SMTP, one connection per message (a conference sends a handful). The timeouts
 * bound an attempt, so a mail server that accepts connections and then stalls fails the attempt
 * well within the sender's lease.
 */
export function smtpTransport(url: string, timeoutMs: number): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    dnsTimeout: timeoutMs,
  });
  return {
    kind: "smtp",
    async deliver(m) {
      try {
        await transporter.sendMail({ envelope: { from: m.from, to: [m.to] }, raw: m.raw });
      } catch (err) {
        const e = err as SmtpFailure;
        // The server's own words when there are any (what the organiser needs to act on).
        const reason = e.response ? `${e.command ? `${e.command}: ` : ""}${e.response}` : (e.message ?? String(err));
        const permanent = e.command === "RCPT TO" && (e.responseCode ?? 0) >= 500;
        throw new DeliveryError(reason, permanent);
      }
    },
    close: () => transporter.close(),
  };
}

/**
 * The embedded default: each message becomes DATA_DIR/outbox/<id>.eml, which any mail program
 * opens. Written to a temporary name and renamed, so a half-written file never looks delivered.
 */
export function folderTransport(dir: string): MailTransport {
  return {
    kind: "folder",
    async deliver(m) {
      await fs.mkdir(dir, { recursive: true });
      const file = path.join(dir, `${m.id}.eml`);
      const partial = `${file}.${process.pid}.partial`;
      await fs.writeFile(partial, m.raw);
      await fs.rename(partial, file);
    },
    close: () => {},
  };
}
