import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { isTimeZone, parseDateList } from "./followup/working-days.js";

/**
 * Every setting the server reads, validated once at start. A bad value stops the server with
 * one line per problem naming the variable, so an operator never starts a half-configured app.
 */
const PORT_RULE = "must be a port number from 0 to 65535";
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `must be one of ${values.join(", ")}` });

const positiveInt = (fallback: number) =>
  z.coerce
    .number({ message: "must be a whole number" })
    .int({ message: "must be a whole number" })
    .min(1)
    .default(fallback);
const bool = (fallback: "true" | "false") =>
  z
    .enum(["true", "false"], { message: "must be true or false" })
    .default(fallback)
    .transform((v) => v === "true");

const wholeNumber = (fallback: number) =>
  z.coerce
    .number({ message: "must be a whole number" })
    .int({ message: "must be a whole number" })
    .min(0, { message: "must be 0 or more" })
    .default(fallback);
/** A list of days (holidays): 'YYYY-MM-DD' or yearly 'MM-DD', comma-separated. */
const dateList = z
  .string()
  .default("")
  .transform((text, ctx) => {
    try {
      return parseDateList(text);
    } catch (err) {
      ctx.addIssue({ code: "custom", message: err instanceof Error ? err.message : String(err) });
      return z.NEVER;
    }
  });

const schema = z.object({
  /** The one HTTP port for GraphQL, subscriptions, the live documents and health checks. */
  PORT: z.coerce
    .number({ message: PORT_RULE })
    .int({ message: PORT_RULE })
    .min(0, { message: PORT_RULE })
    .max(65535, { message: PORT_RULE })
    .default(4000),
  /** Bind address; loopback by default so a laptop never exposes children's data by accident. */
  HOST: z.string().min(1).default("127.0.0.1"),
  /** A real PostgreSQL (postgres://…). Unset: the embedded PGlite database under DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  /** Where the embedded database (and later the mail outbox) lives. */
  DATA_DIR: z.string().min(1).default("./data"),
  /**
   * Load the demo cases on the first start of an empty embedded database. Unset: on, except in
   * production, where the demo accounts' published password must never open a real install.
   */
  DEMO_DATA: z.enum(["true", "false"], { message: "must be true or false" }).optional(),
  /** fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: oneOf(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: oneOf(["development", "production", "test"]).default("development"),
  /** The address people reach the app at, for the links in invitations. Default: http://localhost:PORT. */
  PUBLIC_URL: z.url({ message: "must be an absolute URL such as https://roundtable.example.org" }).optional(),
  /**
   * Behind a reverse proxy: take the client's address from the last X-Forwarded-For entry (the
   * one our proxy added) for sign-in throttling and the audit log.
   */
  TRUST_PROXY: bool("false"),
  /** Send the session cookie only over HTTPS. Default: on in production. */
  COOKIE_SECURE: z.enum(["true", "false"], { message: "must be true or false" }).optional(),
  /** A staff session ends after this long without use… */
  SESSION_IDLE_MINUTES: positiveInt(8 * 60),
  /** …and in any case this long after sign-in. */
  SESSION_MAX_HOURS: positiveInt(7 * 24),
  /** Wrong passwords in a row (per e-mail address) before sign-in is refused for a while. */
  SIGN_IN_MAX_FAILURES: positiveInt(5),
  /** How long sign-in stays refused after too many failures; also how long failures are counted. */
  SIGN_IN_LOCK_SECONDS: positiveInt(15 * 60),
  /** Every failed attempt is answered this much later per earlier failure (capped at 8×). */
  SIGN_IN_DELAY_MS: z.coerce.number({ message: "must be a whole number" }).int().min(0).default(250),
  /** An invitation link works until this many days after the conference's scheduled end. */
  GUEST_LINK_DAYS: positiveInt(14),
  /** With ADMIN_PASSWORD: the administrator account created on the first start if none exists. */
  ADMIN_EMAIL: z.email({ message: "must be an e-mail address" }).optional(),
  ADMIN_PASSWORD: z.string().min(12, { message: "must be at least 12 characters" }).optional(),
  /** GraphQL limits: nesting depth, estimated cost, aliases and tokens of one operation. */
  GRAPHQL_MAX_DEPTH: positiveInt(10),
  // The client's richest page (100 tasks with history, owners and conferences) costs ~7,500.
  GRAPHQL_MAX_COST: positiveInt(15000),
  GRAPHQL_MAX_ALIASES: positiveInt(30),
  GRAPHQL_MAX_TOKENS: positiveInt(4000),
  /**
   * Live documents are stored this long after the last change (a pause in typing), so a burst of
   * keystrokes becomes one appended row instead of hundreds.
   */
  COLLAB_STORE_DEBOUNCE_MS: positiveInt(2000),
  /** …but never later than this after the first unsaved change, however long the typing goes on. */
  COLLAB_STORE_MAX_DELAY_MS: positiveInt(10_000),
  /** A failed store is retried after the debounce, doubling each time up to this. */
  COLLAB_STORE_RETRY_MAX_MS: positiveInt(60_000),
  /** Update rows of one document before they are compacted into its snapshot (keeps loading fast). */
  COLLAB_COMPACT_AFTER: positiveInt(100),
  /** The largest single live-document message in bytes (a paste of a long text); larger closes with 4413. */
  COLLAB_MAX_MESSAGE_BYTES: positiveInt(1024 * 1024),
  /** The largest encoded live document in bytes; an update beyond it closes with 4507. */
  COLLAB_MAX_DOCUMENT_BYTES: positiveInt(32 * 1024 * 1024),
  /** Messages per second one live-document connection may send (typing and cursors); more closes with 4429. */
  COLLAB_MAX_MESSAGES_PER_SECOND: positiveInt(200),
  /** Live-document sockets are pinged this often; one that missed the previous ping is dropped. */
  COLLAB_PING_INTERVAL_MS: positiveInt(30_000),
  /**
   * With REDIS_URL: instances announce themselves this often; one silent for three intervals is
   * taken for dead, and the others store the live-document updates it had not stored yet.
   */
  COLLAB_RELAY_HEARTBEAT_MS: positiveInt(1000),
  /**
   * Redis (redis://…) for running several instances: GraphQL subscription events and live-document
   * updates are relayed through it. Unset: one instance, everything in process.
   */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must start with redis:// or rediss://")
    .optional(),
  /**
   * On SIGTERM, keep serving this long with /healthz and /readyz answering 503 (and new WebSocket
   * upgrades refused) before closing, so a proxy that health-checks stops routing here first.
   * 0 (default): close at once; proxies that retry a refused connection need no more.
   */
  SHUTDOWN_DRAIN_MS: wholeNumber(0),
  /**
   * The service's time zone (IANA name): deadlines are days on its calendar, reminders go out by
   * its clock, and letters show its times.
   */
  TIME_ZONE: z
    .string()
    .refine(isTimeZone, { message: "must be an IANA time zone such as Europe/Budapest or Europe/Prague" })
    .default("Europe/Budapest"),
  /**
   * Holidays that are not working days, besides Saturdays and Sundays: 'YYYY-MM-DD' for one date,
   * 'MM-DD' for every year, separated by commas. Default: none (see docs/followup.md for lists).
   */
  HOLIDAYS: dateList,
  /** A file of holidays in the same format, one or more a line, '#' for comments; added to HOLIDAYS. */
  HOLIDAYS_FILE: z
    .string()
    .optional()
    .transform((file, ctx) => {
      if (!file) return { dates: [], yearly: [] };
      try {
        return parseDateList(fs.readFileSync(file, "utf8"));
      } catch (err) {
        ctx.addIssue({ code: "custom", message: err instanceof Error ? err.message : String(err) });
        return z.NEVER;
      }
    }),
  /** Saturdays or Sundays that are working days ('YYYY-MM-DD', comma-separated). Default: none. */
  WORKING_WEEKEND_DAYS: dateList.refine((l) => l.yearly.length === 0, {
    message: "must be single dates (YYYY-MM-DD), not yearly ones",
  }),
  /** The minutes are to be sent within this many working days after the meeting ended. */
  MINUTES_DUE_WORKING_DAYS: positiveInt(8),
  /**
   * The next conference of a series is due this many weeks after the last one held: a range
   * 'from-to' the case manager sees (overdue after its end), or one number. Default 8-13 (2–3 months).
   */
  NEXT_CONFERENCE_WEEKS: z
    .string()
    .regex(/^\s*\d+\s*(-\s*\d+\s*)?$/, "must be a number of weeks or a range such as 8-13")
    .default("8-13")
    .transform((v) => {
      const [from, to = from] = v.split("-").map((n) => Number(n.trim())) as [number, number?];
      return { from, to };
    })
    .refine((w) => w.from >= 1 && w.from <= w.to, { message: "must be a range of at least one week, from ≤ to" }),
  /** Case work is evaluated with the family at least this often (months): the evaluation clock. */
  EVALUATION_MONTHS: positiveInt(6),
  /** A task's owner is reminded this many days before its due date (0: on the day). */
  TASK_REMINDER_DAYS: wholeNumber(3),
  /** An overdue task's owner is reminded again every this many days; 0: only once. */
  TASK_OVERDUE_REPEAT_DAYS: wholeNumber(7),
  /**
   * The case manager is reminded this many days before the next conference or the evaluation is
   * due, and the facilitator before the minutes are (0: on the day).
   */
  DEADLINE_REMINDER_DAYS: wholeNumber(3),
  /** And again every this many days while such a deadline is overdue; 0: only once. */
  DEADLINE_OVERDUE_REPEAT_DAYS: wholeNumber(7),
  /** Reminders go out from this hour of the day (service time zone), not in the night. */
  REMINDER_SEND_HOUR: wholeNumber(7).pipe(z.number().max(23, { message: "must be an hour from 0 to 23" })),
  /** How often each instance looks for reminders that are due; the first look is this long after start. */
  REMINDER_CHECK_SECONDS: positiveInt(300),
  /**
   * The mail server (smtp://user:pass@host:587, or smtps:// for TLS from the start). Unset: every
   * message is written to DATA_DIR/outbox/<id>.eml instead and counts as sent (docs/mail.md).
   */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  /** The sender of every message ("Name <address>"). Default: Roundtable <roundtable@host of PUBLIC_URL>. */
  MAIL_FROM: z
    .string()
    .regex(
      /^[^<>@\s]+@[^<>@\s]+$|<[^<>@\s]+@[^<>@\s]+>\s*$/,
      "must be an address, e.g. Roundtable <roundtable@example.org>",
    )
    .optional(),
  /** A failed delivery is tried again after this long, doubling each time… */
  MAIL_RETRY_BASE_MS: positiveInt(30_000),
  /** …up to this long between attempts. */
  MAIL_RETRY_MAX_MS: positiveInt(60 * 60_000),
  /** Attempts before a message is marked failed for good (the organiser can still re-send it). */
  MAIL_MAX_ATTEMPTS: positiveInt(10),
  /** Each instance looks for due messages this often; a message queued here is sent at once anyway. */
  MAIL_POLL_MS: positiveInt(10_000),
  /** Connecting to and each exchange with the mail server may take this long before the attempt fails. */
  MAIL_SMTP_TIMEOUT_MS: positiveInt(60_000),
  /**
   * A message being sent is held this long; if its instance dies meanwhile, another takes it again
   * after it. Keep it well above MAIL_SMTP_TIMEOUT_MS, or a slow delivery might be sent twice.
   */
  MAIL_LEASE_MS: positiveInt(5 * 60_000),
  /** The built web client to serve; default: the workspace's client/dist, when it was built. */
  CLIENT_DIST: z.string().default(fileURLToPath(new URL("../../client/dist", import.meta.url))),
});

export type Config = Omit<z.output<typeof schema>, "DEMO_DATA"> & {
  DEMO_DATA: boolean;
  dataDir: string;
  cookieSecure: boolean;
};

/** Values never echoed whole in an error message, which ends up in logs. */
const SECRETS = new Set(["ADMIN_PASSWORD"]);
const withoutPassword = (value: unknown) => String(value).replace(/\/\/([^:/@]*):[^@]*@/, "//$1:***@");

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty variables count as unset: `DATABASE_URL= pnpm start` means "embedded".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const key = String(i.path[0]);
        const got = SECRETS.has(key) ? "a hidden value" : JSON.stringify(withoutPassword(present[key]));
        return `${i.path.join(".")}: ${i.message} (got ${got})`;
      }),
    );
  }
  const data = parsed.data;
  const cookieSecure = data.COOKIE_SECURE ? data.COOKIE_SECURE === "true" : data.NODE_ENV === "production";
  const demoData = data.DEMO_DATA ? data.DEMO_DATA === "true" : data.NODE_ENV !== "production";
  return { ...data, DEMO_DATA: demoData, dataDir: path.resolve(data.DATA_DIR), cookieSecure };
}
