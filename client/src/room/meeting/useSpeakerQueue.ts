import { giveWord, lowerHand, raiseHand, readMeeting, readSpeakers, type Place } from "@roundtable/shared";
import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from "vue";
import type { RoomParticipant } from "../types";
import type { LiveSource } from "./useMeetingClock";

export interface QueuedSpeaker {
  participantId: string;
  /** Null for someone the participant list does not know (yet): removed, or added a moment ago. */
  name: string | null;
  where: Place;
  /** When the hand went up, by the raiser's own clock. */
  raisedAt: string;
}

export interface Speaker {
  participantId: string;
  name: string | null;
}

export interface SpeakerQueue {
  /** Raised hands in the document's order, which every screen shows alike. */
  queue: ComputedRef<QueuedSpeaker[]>;
  /** Who has the word, or null when the floor is the facilitator's. */
  speaking: ComputedRef<Speaker | null>;
  hasHand: (participantId: string) => boolean;
  /** False when the hand was already up (it keeps its place). */
  raise: (participantId: string, where: Place) => boolean;
  lower: (participantId: string) => boolean;
  /** Takes the speaker off the queue; null gives the floor back to the facilitator. */
  give: (participantId: string | null) => void;
}

/**
 * Raised hands and who has the word, shared by the room and the remote participants through the
 * live document. Who may do what is the component's business: any participant raises and lowers
 * their own hand, the facilitator gives the word and may lower anyone's.
 */
export function useSpeakerQueue(live: LiveSource, participants: MaybeRefOrGetter<RoomParticipant[]>): SpeakerQueue {
  const names = computed(() => new Map(toValue(participants).map((p) => [p.id, p.name])));
  const nameOf = (id: string) => names.value.get(id) ?? null;

  const queue = computed(() => {
    void live.revision.value;
    return readSpeakers(live.doc).map((entry) => ({ ...entry, name: nameOf(entry.participantId) }));
  });
  const speaking = computed(() => {
    void live.revision.value;
    const id = readMeeting(live.doc).speakingParticipantId;
    return id === null ? null : { participantId: id, name: nameOf(id) };
  });

  return {
    queue,
    speaking,
    hasHand: (participantId) => queue.value.some((entry) => entry.participantId === participantId),
    raise: (participantId, where) => raiseHand(live.doc, participantId, where, new Date()),
    lower: (participantId) => lowerHand(live.doc, participantId),
    give: (participantId) => giveWord(live.doc, participantId),
  };
}
