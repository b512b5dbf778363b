import "reflect-metadata";
import path from "node:path";
import { ConfigError, loadConfig } from "./config.js";
import { ensureFirstAdmin } from "./auth/first-admin.js";
import { openDatabase } from "./db/data-source.js";
import { loadDemoDataIfEmpty } from "./demo/demo-data.js";
import { startHttpServer } from "./http/server.js";
import { createLogger } from "./logger.js";

/** Starts the whole app: config, database and migrations, demo data, HTTP; stops on signals. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const log = createLogger(config.LOG_LEVEL);
  const started = Date.now();
  const db = await openDatabase({
    url: config.DATABASE_URL,
    pgliteDir: path.join(config.dataDir, "pglite"),
  });
  log.info({ database: db.kind, dataDir: db.kind === "pglite" ? config.dataDir : undefined }, "database ready");
  if (db.kind === "pglite" && config.DEMO_DATA && (await loadDemoDataIfEmpty(db.dataSource))) {
    log.info(
      "loaded the demo cases and demo accounts (see the README) into the empty database; DEMO_DATA=false turns this off",
    );
  }
  await ensureFirstAdmin(db.dataSource, config, log);
  const server = await startHttpServer(config, db, log);
  log.info({ url: server.url, startupMs: Date.now() - started }, `Roundtable is running at ${server.url}`);

  let shuttingDown = false;
  let endDrain = () => {};
  const shutdown = async (signal: string) => {
    // A second signal cuts the drain short (an operator's second Ctrl-C).
    if (shuttingDown) return endDrain();
    shuttingDown = true;
    log.info({ signal, drainMs: config.SHUTDOWN_DRAIN_MS }, "shutting down");
    server.drain();
    if (config.SHUTDOWN_DRAIN_MS > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, config.SHUTDOWN_DRAIN_MS);
        endDrain = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    try {
      await server.stop();
      await db.close();
      log.info("stopped cleanly");
      process.exit(0);
    } catch (err) {
      log.error({ err }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

await main();
