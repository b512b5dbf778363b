import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub } from "@graphql-yoga/subscription";
import { Redis } from "ioredis";
import type { Logger } from "../logger.js";

/**
 * Change events for subscriptions. The payload names what changed; the subscription resolver
 * loads it fresh and asks the policy whether this subscriber may see it.
 */
export interface ChangeEvent {
  id: string;
  caseId: string;
  conferenceId: string | null;
  /** For tasks: who owns it, which decides who else may see the change. */
  owner?: { personId: string | null; participantId: string | null };
}

export const TOPICS = {
  conference: "CONFERENCE_CHANGED",
  participant: "PARTICIPANT_CHANGED",
  task: "TASK_CHANGED",
  /** A participant was removed or their guest link withdrawn: their live connections must close. */
  accessRevoked: "ACCESS_REVOKED",
  /**
   * A conference's status committed, for live documents only (a move to signing freezes them at
   * once, on every instance); subscribers hear of it on `conference` once what follows is ready.
   */
  liveStatus: "LIVE_STATUS_CHANGED",
} as const;

export interface AccessRevokedEvent {
  participantId: string;
}

type EventTarget = NonNullable<NonNullable<Parameters<typeof createPubSub>[0]>["eventTarget"]>;

/** In process by default; with a relay, every instance sees every instance's events. */
export function createEvents(eventTarget?: EventTarget) {
  return createPubSub<{
    [TOPICS.conference]: [ChangeEvent];
    [TOPICS.participant]: [ChangeEvent];
    [TOPICS.task]: [ChangeEvent];
    [TOPICS.accessRevoked]: [AccessRevokedEvent];
    [TOPICS.liveStatus]: [ChangeEvent];
  }>(eventTarget ? { eventTarget } : undefined);
}

/**
 * Events relayed through Redis (REDIS_URL) so that a subscriber on one server instance hears a
 * change made on another. Publishing and subscribing need separate connections in Redis.
 */
export function redisRelay(url: string, log: Logger) {
  const options = { lazyConnect: false, maxRetriesPerRequest: null };
  const publishClient = new Redis(url, options);
  const subscribeClient = new Redis(url, options);
  for (const client of [publishClient, subscribeClient]) {
    client.on("error", (err: Error) => log.warn({ err }, "Redis connection problem; events retry"));
  }
  return {
    eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) as EventTarget,
    async close() {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}

export type Events = ReturnType<typeof createEvents>;
