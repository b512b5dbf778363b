import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

/** JSON lines to stdout; `destination` lets a test read what an operator would see. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: "roundtable" },
    // Never log credentials or the closed reporter record, whichever object carries them.
    redact: ["req.headers.cookie", "req.headers.authorization", "*.password", "*.reporter"],
  };
  return destination ? pino(options, destination) : pino(options);
}
