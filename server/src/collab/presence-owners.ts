import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { Actor } from "../policy/actor.js";

/**
 * Presence belongs to a person (docs/collab.md): who may set or clear an awareness client's
 * state. The key names the person across instances, so a relayed change can be checked too.
 */
export function personKey(actor: Actor): string | null {
  if (actor.kind === "guest") return `guest:${actor.participantId}`;
  if (actor.kind === "staff") return `staff:${actor.accountId}`;
  return null;
}

/** One client's entry of a y-protocols awareness update; state "null" removes the client. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: string;
}

/** The entries of an awareness update (one already parsed by Zod's base64, never a socket's). */
export function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const entries: AwarenessEntry[] = [];
  for (let n = decoding.readVarUint(decoder); n > 0; n--) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    entries.push({ clientId, clock, state: decoding.readVarString(decoder) });
  }
  return entries;
}

export function writeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}
