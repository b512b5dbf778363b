import type { Attendance } from "@roundtable/shared";
import { fromApi, type ConferenceStatus } from "../graphql/enums";
import { ApiError, request, subscribe } from "../graphql/client";
import { useQuery } from "../graphql/useQuery";
import { useSession } from "../session/useSession";
import { computed, onScopeDispose, ref } from "vue";
import {
  RoomAccessQuery,
  RoomAcknowledgeConfidentialityMutation,
  RoomConferenceChangedSubscription,
  RoomConferenceQuery,
  RoomParticipantChangedSubscription,
  RoomTransitionConferenceMutation,
} from "./operations";
import { needsAcknowledgement, toRoomParticipants, toRoomViewer } from "./people";
import type { RoomViewer } from "./types";
import { useLiveDocument, type ConnectionState, type LiveDocument, type Refusal } from "./useLiveDocument";

/** The statuses in which the live document takes writes (the server's policy, docs/collab.md). */
const OPEN_STATUSES: readonly ConferenceStatus[] = ["INVITED", "LIVE"];

/**
 * Why the viewer cannot type, or null when they can. Observers and people without the right
 * read along; a conference that is not open (draft, signing, closed, cancelled) is frozen; a
 * refused connection takes no edits at all.
 */
export type ReadOnlyReason = "observer" | "signing" | "frozen" | "refused" | "noRights";

export function readOnlyReason(
  status: ConferenceStatus,
  viewer: RoomViewer,
  connection: ConnectionState,
): ReadOnlyReason | null {
  if (connection === "refused") return "refused";
  if (status === "SIGNING") return "signing";
  if (!OPEN_STATUSES.includes(status)) return "frozen";
  if (viewer.role === "OBSERVER") return "observer";
  if (!viewer.canEdit) return "noRights";
  return null;
}

/**
 * The viewer as the room's panels should treat them: no editing while the room is read-only for
 * any reason, so every panel hides its inputs from the same decision.
 */
export function effectiveViewer(viewer: RoomViewer, reason: ReadOnlyReason | null): RoomViewer {
  return reason === null ? viewer : { ...viewer, canEdit: false };
}

/** Asks the API whether the caller may open the conference, for a socket that keeps failing. */
export async function checkRoomAccess(conferenceId: string): Promise<Refusal | null> {
  try {
    await request(RoomAccessQuery, { id: conferenceId });
    return null;
  } catch (err) {
    if (err instanceof ApiError && err.code === "NOT_FOUND") return "notFound";
    if (err instanceof ApiError && err.code === "UNAUTHENTICATED") return "unauthorized";
    throw err; // unreachable API: the caller treats it as offline and keeps retrying
  }
}

/** The conference's live document; call it from the component that shows the room. */
export function openLiveDocument(conferenceId: string): LiveDocument {
  return useLiveDocument(conferenceId, () => checkRoomAccess(conferenceId));
}

/**
 * The conference behind a meeting room: who takes part, who is looking, and the few
 * GraphQL writes the room makes. Kept current by the conference and participant subscriptions,
 * so a transition to signing turns the room read-only on every screen.
 */
export function useRoom(conferenceId: string) {
  const session = useSession();
  const query = useQuery(RoomConferenceQuery, () => ({ id: conferenceId }));
  const refresh = () => void query.refetch();
  const stops = [
    subscribe(RoomConferenceChangedSubscription, { id: conferenceId }, refresh),
    subscribe(RoomParticipantChangedSubscription, { conferenceId }, refresh),
  ];
  onScopeDispose(() => stops.forEach((stop) => stop()));

  const conference = computed(() => query.data.value?.conference ?? null);
  const participants = computed(() => (conference.value ? toRoomParticipants(conference.value.participants) : []));
  const viewer = computed(() => (conference.value ? toRoomViewer(conference.value, session.viewer.value) : null));
  /** Attendance as GraphQL recorded it (e.g. excused before the meeting), in the document's spelling. */
  const recordedAttendance = computed(() => {
    const out: Record<string, Attendance | null> = {};
    for (const p of conference.value?.participants ?? []) out[p.id] = p.attendance ? fromApi(p.attendance) : null;
    return out;
  });

  // Set once the server accepted, so the dialog closes before the refetch returns.
  const acknowledgedHere = ref(false);
  const mustAcknowledge = computed(
    () => !acknowledgedHere.value && conference.value !== null && needsAcknowledgement(conference.value),
  );

  async function acknowledge(): Promise<void> {
    const participantId = viewer.value?.participantId;
    if (!participantId) return;
    await request(RoomAcknowledgeConfidentialityMutation, { participantId });
    acknowledgedHere.value = true;
    refresh();
  }

  async function transition(to: ConferenceStatus): Promise<void> {
    await request(RoomTransitionConferenceMutation, { id: conferenceId, to });
    await query.refetch();
  }

  return {
    conference,
    participants,
    viewer,
    recordedAttendance,
    error: query.error,
    loading: query.loading,
    refresh,
    mustAcknowledge,
    acknowledge,
    transition,
  };
}
