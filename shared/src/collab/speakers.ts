import * as Y from "yjs";
import { meetingMap, speakersArray } from "./layout.js";
import { MEETING_KEYS } from "./meeting-state.js";
import { isIsoInstant, isRecord, isUuid, oneOf } from "./values.js";

export const PLACES = ["room", "remote"] as const;
/** In the meeting room or joined remotely: the facilitator alternates so remote people are not forgotten. */
export type Place = (typeof PLACES)[number];

/** A raised hand. Entries are plain values: they are added and removed, never edited. */
export interface SpeakerEntry {
  participantId: string;
  raisedAt: string;
  where: Place;
}

function parseEntry(value: unknown): SpeakerEntry | null {
  if (!isRecord(value)) return null;
  const { participantId, raisedAt, where } = value;
  if (!isUuid(participantId) || !isIsoInstant(raisedAt) || !oneOf(PLACES, where)) return null;
  return { participantId, raisedAt, where };
}

/**
 * The queue in array order, which every client sees alike, rather than by `raisedAt`, which comes
 * from each client's own clock. One participant raising a hand on two devices at once leaves two
 * entries after the merge; the first counts.
 */
export function readSpeakers(doc: Y.Doc): SpeakerEntry[] {
  const seen = new Set<string>();
  const queue: SpeakerEntry[] = [];
  for (const value of speakersArray(doc).toArray()) {
    const entry = parseEntry(value);
    if (entry === null || seen.has(entry.participantId)) continue;
    seen.add(entry.participantId);
    queue.push(entry);
  }
  return queue;
}

/** Joins the end of the queue; a participant already waiting keeps their place. */
export function raiseHand(doc: Y.Doc, participantId: string, where: Place, now: Date): boolean {
  if (!isUuid(participantId)) throw new RangeError(`not a participant id: ${JSON.stringify(participantId)}`);
  if (readSpeakers(doc).some((entry) => entry.participantId === participantId)) return false;
  const entry: SpeakerEntry = { participantId, raisedAt: now.toISOString(), where };
  doc.transact(() => speakersArray(doc).push([entry]));
  return true;
}

function removeFromQueue(array: Y.Array<unknown>, participantId: string): boolean {
  let removed = false;
  for (let index = array.length - 1; index >= 0; index--) {
    const value = array.get(index);
    if (!isRecord(value) || value.participantId !== participantId) continue;
    array.delete(index, 1);
    removed = true;
  }
  return removed;
}

export function lowerHand(doc: Y.Doc, participantId: string): boolean {
  return doc.transact(() => removeFromQueue(speakersArray(doc), participantId));
}

/**
 * Gives the word to a participant, taking them off the queue; the facilitator may also give it to
 * someone who did not raise a hand. Null gives the floor back to the facilitator.
 */
export function giveWord(doc: Y.Doc, participantId: string | null): void {
  if (participantId !== null && !isUuid(participantId))
    throw new RangeError(`not a participant id: ${JSON.stringify(participantId)}`);
  doc.transact(() => {
    if (participantId !== null) removeFromQueue(speakersArray(doc), participantId);
    meetingMap(doc).set(MEETING_KEYS.speakingParticipantId, participantId);
  });
}
