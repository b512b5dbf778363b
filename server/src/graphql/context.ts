import type { DataSource } from "typeorm";
import type { Logger } from "../logger.js";
import type { Actor } from "../policy/actor.js";
import type { Events } from "./pubsub.js";
import { createLoaders, type Loaders } from "./loaders.js";

/** What every resolver gets: who is asking, the database, this request's loaders, the events. */
export interface Context {
  actor: Actor;
  db: DataSource;
  loaders: Loaders;
  events: Events;
  log: Logger;
}

/** `live`: a subscription's context, which outlives one event; its loaders never cache. */
export function createContext(
  base: { actor: Actor; db: DataSource; events: Events; log: Logger },
  kind: "request" | "live" = "request",
): Context {
  return { ...base, loaders: createLoaders(base.db.manager, { cache: kind === "request" }) };
}
