import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/**
 * Every setting the server reads, validated once at start. A bad value stops the server with
 * one line per problem naming the variable, so an operator never starts a half-configured app.
 */
const PORT_RULE = "must be a port number from 0 to 65535";
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `must be one of ${values.join(", ")}` });

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
  /** Load the demo cases on the first start of an empty embedded database. */
  DEMO_DATA: z
    .enum(["true", "false"], { message: "must be true or false" })
    .default("true")
    .transform((v) => v === "true"),
  /** fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: oneOf(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: oneOf(["development", "production", "test"]).default("development"),
  /** The built web client to serve; default: the workspace's client/dist, when it was built. */
  CLIENT_DIST: z.string().default(fileURLToPath(new URL("../../client/dist", import.meta.url))),
});

export type Config = z.output<typeof schema> & { dataDir: string };

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
      parsed.error.issues.map(
        (i) => `${i.path.join(".")}: ${i.message} (got ${JSON.stringify(present[String(i.path[0])])})`,
      ),
    );
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.DATA_DIR) };
}
