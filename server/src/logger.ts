import { pino, type Logger } from "pino";

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "roundtable" },
    // Never log credentials or the closed reporter record, whichever object carries them.
    redact: ["req.headers.cookie", "req.headers.authorization", "*.password", "*.reporter"],
  });
}
