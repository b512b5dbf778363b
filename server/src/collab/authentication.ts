import { COLLAB_CLOSE_CODES } from "@roundtable/shared";
import type { DataSource } from "typeorm";
import { actorForSession, guestForToken } from "../auth/actors.js";
import { sessionTokenOf } from "../auth/cookies.js";
import type { Config } from "../config.js";
import { batchedLookup, prepared, query } from "../db/prepared.js";
import { TOPICS, type Events } from "../graphql/pubsub.js";
import type { Logger } from "../logger.js";
import type { Actor } from "../policy/actor.js";
import { can } from "../policy/policy.js";
import type { Connection } from "./connection.js";
import { documentSeedSql } from "./document-store.js";
import type { CollabCore } from "./core.js";
import type { Room } from "./room.js";
import { UpgradeRefused, type Access, type ConferenceFacts, type Credentials, type Extension } from "./types.js";

const FACTS = prepared(`SELECT c."caseId", c.status FROM conferences c WHERE c.id = $1`);
const FACTS_AND_SEEDS = prepared(
  `SELECT c.id, c."caseId", c.status, ${documentSeedSql("c.id")} AS "documentSeed"
     FROM conferences c WHERE c.id = ANY($1::uuid[])`,
);

const liveDocument = (conferenceId: string, conference: ConferenceFacts) =>
  ({ type: "liveDocument", conferenceId, ...conference }) as const;

/**
 * Who may open a live document, asked of the one policy (`can(actor, "read" | "update",
 * liveDocument)`), at the upgrade and again whenever the answer may have changed: a participant
 * removed or a link withdrawn (accessRevoked), a participant's role or the conference's status
 * changed, and at every store. Losing read closes with accessRevoked; losing update makes the
 * connection read-only.
 */
export function authenticationExtension(deps: {
  ds: DataSource;
  config: Config;
  events: Events;
  log: Logger;
}): Extension & { recheck(conferenceId: string, access: Access): Promise<Access | null> } {
  const { ds, config, events, log } = deps;
  const subscriptions: AsyncIterator<unknown>[] = [];
  let core: CollabCore | undefined;
  /** Rooms whose conference was deleted: their facts are no longer the database's. */
  const deleted = new WeakSet<Room>();
  // Lookups in flight, shared by upgrades that ask the same while one is running (a reconnect
  // storm: one person's tabs, or every client of a conference after a restart). Nothing is kept
  // once a lookup settled, so no answer outlives the moment it was asked for.
  const actorsInFlight = inFlight<Actor | null>();
  const factsInFlight = inFlight<ConferenceFacts | null>();
  // Rooms opened in the same turn (a reconnect storm) read their facts and seeds together.
  const factsAndSeed = batchedLookup(async (conferenceIds: string[]) => {
    const rows = await query<ConferenceFacts & { id: string }>(ds, FACTS_AND_SEEDS, [conferenceIds]);
    return new Map(rows.map(({ id, ...facts }) => [id, facts]));
  });

  async function lookUpActor(credentials: Credentials): Promise<Actor | null> {
    if ("token" in credentials) {
      const guest = await guestForToken(ds.manager, credentials.token);
      return typeof guest === "string" ? null : guest;
    }
    const actor = await actorForSession(ds, credentials.session, config);
    return actor.kind === "anonymous" ? null : actor;
  }

  /**
   * An upgrade may share a lookup already running: as if it had come when that one started. A
   * re-check never does: it follows a change, and a lookup begun before it may predate it.
   */
  function actorFor(credentials: Credentials, share: boolean): Promise<Actor | null> {
    if (!share) return lookUpActor(credentials);
    const key = "token" in credentials ? `token:${credentials.token}` : `session:${credentials.session ?? ""}`;
    return actorsInFlight(key, () => lookUpActor(credentials));
  }

  /**
   * A loaded room's facts are current (re-read on every conference event and every store, which
   * also freeze its open connections), so joiners of an open room take them instead of a query.
   */
  function factsOf(conferenceId: string): Promise<ConferenceFacts | null> {
    const room = core?.room(conferenceId);
    if (room && !deleted.has(room)) return Promise.resolve(room.conference);
    return factsInFlight(conferenceId, () => readFacts(conferenceId, true));
  }

  /**
   * With `document`, also the seed of a live document if none is stored: asked when a room may
   * be about to load, so creating it is one statement more, not a read and a transaction; not on
   * the re-reads at every store (two more tables to plan, for nothing).
   */
  async function readFacts(conferenceId: string, document = false): Promise<ConferenceFacts | null> {
    if (document) return factsAndSeed(conferenceId);
    const [row] = await query<ConferenceFacts>(ds, FACTS, [conferenceId]);
    return row ?? null;
  }

  async function resolve(conferenceId: string, credentials: Credentials, share: boolean): Promise<Access> {
    // Both at once, a round trip less before the room can load; the facts decide nothing until
    // the actor is known.
    const [actor, conference] = await Promise.all([actorFor(credentials, share), factsOf(conferenceId)]);
    if (!actor) throw new UpgradeRefused(401, "no valid session or invitation link");
    // Not there and not yours answer alike, so conference ids cannot be probed.
    if (!conference || !can(actor, "read", liveDocument(conferenceId, conference))) {
      throw new UpgradeRefused(404, "no such conference");
    }
    // Kept as data, not as a closure per socket: a thousand sockets are a thousand of them.
    return { actor, conference, readOnly: !can(actor, "update", liveDocument(conferenceId, conference)), credentials };
  }

  /** The same credentials resolved again (link revoked? participant removed?); null when refused now. */
  function recheckAccess(conferenceId: string, access: Access): Promise<Access | null> {
    return resolve(conferenceId, access.credentials, false).catch((err: unknown) => {
      if (err instanceof UpgradeRefused) return null;
      throw err;
    });
  }

  async function recheck(connection: Connection): Promise<void> {
    const access = await recheckAccess(connection.room.conferenceId, connection.access);
    if (!access) connection.close(COLLAB_CLOSE_CODES.accessRevoked, "access revoked");
    else connection.access = access;
  }

  /** The status decides writing; the actors are unchanged, so no need to resolve them again. */
  async function refreshFacts(room: Room): Promise<void> {
    const conference = await readFacts(room.conferenceId);
    if (!conference) {
      deleted.add(room);
      for (const c of room.connections) c.close(COLLAB_CLOSE_CODES.accessRevoked, "conference deleted");
      return;
    }
    room.conference = conference;
    const subject = liveDocument(room.conferenceId, conference);
    for (const c of room.connections) {
      if (!can(c.actor, "read", subject)) c.close(COLLAB_CLOSE_CODES.accessRevoked, "access revoked");
      else c.access = { ...c.access, conference, readOnly: !can(c.actor, "update", subject) };
    }
  }

  function listen<T>(iterable: AsyncIterable<T>, handle: (event: T) => Promise<void>): void {
    const iterator = iterable[Symbol.asyncIterator]();
    subscriptions.push(iterator);
    void (async () => {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        await handle(next.value).catch((err: unknown) => log.error({ err }, "re-checking live-document access failed"));
      }
    })();
  }

  return {
    name: "authentication",
    recheck: recheckAccess,

    onStart(started: CollabCore) {
      core = started;
      listen(events.subscribe(TOPICS.accessRevoked), async ({ participantId }) => {
        // A staff actor's participations are not keyed by participant id: re-check them all.
        const affected = [...started.connections()].filter(
          (c) => c.actor.kind === "staff" || (c.actor.kind === "guest" && c.actor.participantId === participantId),
        );
        await Promise.all(affected.map(recheck));
      });
      for (const topic of [TOPICS.conference, TOPICS.liveStatus] as const) {
        listen(events.subscribe(topic), async ({ conferenceId }) => {
          const room = conferenceId ? started.room(conferenceId) : undefined;
          if (room) await refreshFacts(room);
        });
      }
      listen(events.subscribe(TOPICS.participant), async ({ conferenceId }) => {
        const room = conferenceId ? started.room(conferenceId) : undefined;
        if (room) await Promise.all([...room.connections].map(recheck));
      });
    },

    async onAuthenticate({ request, conferenceId }) {
      const token = new URL(request.url ?? "/", "http://localhost").searchParams.get("token");
      return resolve(conferenceId, token !== null ? { token } : { session: sessionTokenOf(request) }, true);
    },

    async onSettle({ room }) {
      await refreshFacts(room);
    },

    async onStore({ room }) {
      // A transition to signing must freeze open rooms even if its event went to another instance.
      await refreshFacts(room).catch((err: unknown) => log.warn({ err, room: room.name }, "re-reading status failed"));
    },

    async onStop() {
      await Promise.all(subscriptions.map((iterator) => iterator.return?.()));
    },
  };
}

/** Calls with the same key while one is running share its promise; settled ones are forgotten. */
function inFlight<T>(): (key: string, run: () => Promise<T>) => Promise<T> {
  const running = new Map<string, Promise<T>>();
  return (key, run) => {
    const existing = running.get(key);
    if (existing) return existing;
    const started = run().finally(() => running.delete(key));
    running.set(key, started);
    return started;
  };
}
