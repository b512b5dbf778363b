/**
 * Our server exactly as `pnpm start` runs it (src/main.ts: config, migrations, the /collab
 * endpoint with authentication and persistence), with the event-loop histogram started first.
 */
import { installStats } from "./stats.js";

installStats();
await import("../../src/main.js");
