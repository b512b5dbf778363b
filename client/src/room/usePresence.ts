import {
  DISPLAY_NAME_MAX,
  parsePresence,
  PLACES,
  readAttendance,
  setAttendance,
  type Attendance,
  type Place,
  type PresenceState,
} from "@roundtable/shared";
import { computed, onScopeDispose, ref, shallowRef, toValue, watch, watchEffect, type MaybeRefOrGetter } from "vue";
import { fromApi } from "../graphql/enums";
import { colourFor } from "./people";
import type { RoomParticipant, RoomViewer } from "./types";
import type { LiveDocument } from "./useLiveDocument";

const whereKey = (conferenceId: string) => `roundtable.where.${conferenceId}`;

/** Where this device said it is for the conference last time; remote until told otherwise. */
export function readWhere(conferenceId: string): Place {
  const saved = globalThis.localStorage?.getItem(whereKey(conferenceId));
  return (PLACES as readonly (string | null | undefined)[]).includes(saved) ? (saved as Place) : "remote";
}

export function rememberWhere(conferenceId: string, where: Place): void {
  globalThis.localStorage?.setItem(whereKey(conferenceId), where);
}

/**
 * What this client publishes in awareness, or null for a viewer without a seat: the server drops
 * presence that does not belong to the connection's own participant.
 */
export function buildPresence(viewer: RoomViewer, where: Place): PresenceState | null {
  const displayName = viewer.displayName.trim().slice(0, DISPLAY_NAME_MAX);
  if (viewer.participantId === null || viewer.role === null || displayName === "") return null;
  return { participantId: viewer.participantId, displayName, role: fromApi(viewer.role), where, colour: viewer.colour };
}

/** One line of the presence list. */
export interface PresenceEntry {
  participant: RoomParticipant;
  /** Has a screen open on the room right now. */
  connected: boolean;
  /** Where they said they are, while connected. */
  where: Place | null;
  /** Marked in the meeting, else as recorded before it; null when nobody marked it. */
  attendance: Attendance | null;
  isSelf: boolean;
  colour: string;
}

export interface PresenceInput {
  participants: readonly RoomParticipant[];
  /** Presence published by the other clients, already parsed. */
  peers: readonly PresenceState[];
  marks: Record<string, Attendance>;
  recorded: Record<string, Attendance | null>;
  self: { participantId: string | null; connected: boolean; where: Place };
}

/**
 * Every participant, connected or not. A person on two devices counts once; if either says
 * "in the room", they are in the room.
 */
export function presenceEntries(input: PresenceInput): PresenceEntry[] {
  const seen = new Map<string, Place>();
  for (const peer of input.peers) {
    if (seen.get(peer.participantId) !== "room") seen.set(peer.participantId, peer.where);
  }
  const { self } = input;
  if (self.participantId !== null && self.connected && seen.get(self.participantId) !== "room") {
    seen.set(self.participantId, self.where);
  }
  return input.participants.map((participant) => {
    const where = seen.get(participant.id) ?? null;
    return {
      participant,
      connected: where !== null,
      where,
      attendance: input.marks[participant.id] ?? input.recorded[participant.id] ?? null,
      isSelf: participant.id === self.participantId,
      colour: colourFor(participant.id),
    };
  });
}

/**
 * Presence in the room: publishes this viewer's state (and the in-room/remote choice, remembered
 * per conference on this device) and lists every participant with who is connected, where they
 * are and their attendance. The facilitator marks attendance in the document through `mark`.
 */
export function usePresence(
  conferenceId: string,
  live: Pick<LiveDocument, "doc" | "awareness" | "state" | "revision">,
  viewer: MaybeRefOrGetter<RoomViewer | null>,
  participants: MaybeRefOrGetter<readonly RoomParticipant[]>,
  recorded: MaybeRefOrGetter<Record<string, Attendance | null>>,
) {
  const where = ref<Place>(readWhere(conferenceId));
  watch(where, (value) => rememberWhere(conferenceId, value));

  const { awareness } = live;
  watchEffect(() => {
    const current = toValue(viewer);
    const state = current ? buildPresence(current, where.value) : null;
    if (!state) return;
    // Merge, not replace: the minutes editor keeps its caret fields in the same state.
    awareness.setLocalState({ ...(awareness.getLocalState() ?? {}), ...state });
  });

  const peers = shallowRef<PresenceState[]>([]);
  function readPeers() {
    const out: PresenceState[] = [];
    awareness.getStates().forEach((state, clientId) => {
      if (clientId === awareness.clientID) return;
      const presence = parsePresence(state);
      if (presence) out.push(presence);
    });
    peers.value = out;
  }
  readPeers();
  awareness.on("change", readPeers);
  onScopeDispose(() => awareness.off("change", readPeers));

  const entries = computed(() => {
    void live.revision.value; // re-read the marks on every document change
    const current = toValue(viewer);
    return presenceEntries({
      participants: toValue(participants),
      peers: peers.value,
      marks: readAttendance(live.doc),
      recorded: toValue(recorded),
      self: {
        participantId: current?.participantId ?? null,
        connected: live.state.value === "connected",
        where: where.value,
      },
    });
  });

  function mark(participantId: string, attendance: Attendance | null): void {
    setAttendance(live.doc, participantId, attendance);
  }

  return { where, entries, mark };
}
