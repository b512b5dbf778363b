import type { DataSource } from "typeorm";
import type * as Y from "yjs";
import type { ClientInfo } from "../auth/cookies.js";
import type { Config } from "../config.js";
import type { ConferenceFacts } from "../collab/types.js";
import type { Logger } from "../logger.js";
import type { Actor } from "../policy/actor.js";
import type { Events } from "./pubsub.js";
import { createLoaders, type Loaders } from "./loaders.js";

/** What a resolver may add to the audit entry of the operation it serves (never values). */
export interface AuditNote {
  recordType?: string;
  recordId?: string | null;
  /** Who the entry names when it is not the caller, e.g. the account that just signed in. */
  actor?: Actor;
  detail?: string;
}

/** What every resolver gets: who is asking, from where, the database, this request's loaders, the events. */
export interface Context {
  actor: Actor;
  client: ClientInfo;
  db: DataSource;
  loaders: Loaders;
  events: Events;
  log: Logger;
  config: Config;
  /** Adds a Set-Cookie header to the HTTP response; subscriptions cannot set cookies. */
  setCookie(cookie: string): void;
  audit: AuditNote;
  /** The live documents loaded in this process (closing the minutes reads one as its room holds it). */
  live: LiveDocuments;
}

export interface LiveDocuments {
  /** See CollabEndpoint.settle: stored and frozen as the room holds it, or null when not loaded here. */
  settle(conferenceId: string): Promise<Uint8Array | null>;
  /** See CollabCore.changeDocument: a Yjs transaction on the conference's document, stored and projected. */
  changeDocument<T>(conferenceId: string, change: (doc: Y.Doc, conference: ConferenceFacts) => T): Promise<T>;
}

export type ContextBase = Omit<Context, "loaders" | "audit">;

/** `live`: a subscription's context, which outlives one event; its loaders never cache. */
export function createContext(base: ContextBase, kind: "request" | "live" = "request"): Context {
  return { ...base, audit: {}, loaders: createLoaders(base.db.manager, { cache: kind === "request" }) };
}
