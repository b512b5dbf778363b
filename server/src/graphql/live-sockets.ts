import type WebSocket from "ws";
import type { Actor } from "../policy/actor.js";
import { TOPICS, type Events } from "./pubsub.js";

/** graphql-ws's own "Forbidden": its client does not retry after it. */
export const ACCESS_REVOKED_CLOSE = 4403;

/**
 * Guests' subscription sockets by participant. A subscription decides what it may deliver when
 * it starts; when the organiser withdraws a guest's link (or removes them), their sockets are
 * closed so nothing more reaches them.
 */
export function trackGuestSockets(events: Events) {
  const byParticipant = new Map<string, Set<WebSocket>>();
  const revocations = events.subscribe(TOPICS.accessRevoked);
  void (async () => {
    for await (const { participantId } of revocations) {
      for (const socket of byParticipant.get(participantId) ?? []) socket.close(ACCESS_REVOKED_CLOSE, "access revoked");
      byParticipant.delete(participantId);
    }
  })();
  return {
    track(actor: Actor, socket: WebSocket): void {
      if (actor.kind !== "guest") return;
      const sockets = byParticipant.get(actor.participantId) ?? new Set<WebSocket>();
      if (sockets.has(socket)) return;
      sockets.add(socket);
      byParticipant.set(actor.participantId, sockets);
      socket.once("close", () => sockets.delete(socket));
    },
    async stop(): Promise<void> {
      await revocations.return?.();
    },
  };
}
