import { PARTICIPANT_ROLES, type ParticipantRole } from "../enums.js";
import { PLACES, type Place } from "./speakers.js";
import { isRecord, isUuid, oneOf } from "./values.js";

/**
 * What each client publishes in Yjs awareness: who is here, as what, and where. Awareness is not
 * stored in the document. The fields sit at the top level of the awareness state, beside the
 * `cursor` field y-prosemirror writes. Everything here is a claim by the sending client: the
 * server should drop awareness updates whose participantId is not the connection's own.
 */
export interface PresenceState {
  participantId: string;
  displayName: string;
  role: ParticipantRole;
  where: Place;
  /** A CSS hex colour for the cursor and avatar ring. */
  colour: string;
  /** y-prosemirror's selection (relative positions); opaque here. */
  cursor?: unknown;
}

export const DISPLAY_NAME_MAX = 100;
// Strict, because the colour ends up in a style attribute on every other participant's screen.
const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** A presence state from the network, or null when any field is missing or malformed. */
export function parsePresence(value: unknown): PresenceState | null {
  if (!isRecord(value)) return null;
  const { participantId, displayName, role, where, colour } = value;
  if (!isUuid(participantId) || !oneOf(PARTICIPANT_ROLES, role) || !oneOf(PLACES, where)) return null;
  if (typeof displayName !== "string") return null;
  const name = displayName.trim();
  if (name === "" || name.length > DISPLAY_NAME_MAX) return null;
  if (typeof colour !== "string" || !HEX_COLOUR.test(colour)) return null;
  const state: PresenceState = { participantId, displayName: name, role, where, colour };
  if (value.cursor !== undefined) state.cursor = value.cursor;
  return state;
}
