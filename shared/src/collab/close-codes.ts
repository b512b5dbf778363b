/**
 * Why the collaboration server closed a socket. Codes 4000–4999 are reserved for applications by
 * RFC 6455; ours mirror the nearest HTTP status so logs read naturally. A closed or signing
 * conference is not a close reason: read-only connections stay open and the server drops their
 * writes, so people can keep reading the minutes.
 */
export const COLLAB_CLOSE_CODES = {
  /** No valid session or invitation link; the client must sign in again, retrying cannot help. */
  unauthorized: 4401,
  /** Participant removed or guest link revoked mid-session; the conference is no longer theirs. */
  accessRevoked: 4403,
  /** No such conference, or one the actor may not see: the same code so ids cannot be probed. */
  notFound: 4404,
  /** A single message above the server's limit; resending the same edit would fail again. */
  messageTooLarge: 4413,
  /** Bytes that do not decode as the y-websocket protocol: a broken or hostile client. */
  malformedMessage: 4400,
  /** A message type the server does not speak; likely a client built for another protocol. */
  unknownMessageType: 4415,
  /** Too many messages too fast; the limit is temporary, so a later reconnect may succeed. */
  rateLimited: 4429,
  /** The document reached its size bound; it needs an operator, not a reconnect loop. */
  documentTooLarge: 4507,
  /** Deploy or shutdown: state is saved, reconnect (the load balancer may pick another instance). */
  serverRestarting: 4503,
} as const;

export type CollabCloseCode = (typeof COLLAB_CLOSE_CODES)[keyof typeof COLLAB_CLOSE_CODES];

const RECONNECTING_APP_CODES: readonly number[] = [COLLAB_CLOSE_CODES.rateLimited, COLLAB_CLOSE_CODES.serverRestarting];

// RFC 6455 codes for a sender that broke the protocol or sent data that will be refused again.
const FATAL_STANDARD_CODES: readonly number[] = [1002, 1003, 1007, 1008, 1009, 1010];

/**
 * Whether a client should reconnect after a close with this code. The stock y-websocket provider
 * always reconnects; the client calls this on "connection-close" and disconnects the provider when
 * it says no. Network drops (1001, 1005, 1006, 1011–1014) and normal closes reconnect. Unknown
 * application codes do not: a refusal we do not understand must not become a reconnect loop.
 */
export function shouldReconnect(code: number): boolean {
  if (code >= 4000 && code <= 4999) return RECONNECTING_APP_CODES.includes(code);
  return !FATAL_STANDARD_CODES.includes(code);
}
