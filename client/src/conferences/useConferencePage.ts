import { computed, type MaybeRefOrGetter } from "vue";
import type { ConferenceStatus } from "../graphql/enums";
import type { ConferencePageQuery as ConferencePageResult } from "../graphql/generated/graphql";
import { useLiveQuery } from "../graphql/liveUpdates";
import { conferenceEvents } from "./conferenceEvents";
import { ConferencePageQuery } from "./operations";

export type ConferenceData = ConferencePageResult["conference"];
export type ParticipantData = ConferenceData["participants"][number];
export type AgendaItemData = ConferenceData["agenda"][number];
export type AgreedTaskData = ConferenceData["agreedTasks"][number];

export interface PageAccess {
  canPrepare: boolean;
}

/**
 * What the page is for now: preparing (the organisers, before the meeting), or showing the
 * meeting and what was agreed (after it, during it, and always for guests and other readers).
 */
export function pageMode(status: ConferenceStatus, access: PageAccess): "prepare" | "summary" {
  return access.canPrepare && (status === "DRAFT" || status === "INVITED") ? "prepare" : "summary";
}

/** The meeting room is open from the invitations until the meeting ends. */
export function roomOpen(status: ConferenceStatus): boolean {
  return status === "INVITED" || status === "LIVE";
}

/** The conference, kept current by the API's change events for it and its participants. */
export function useConferencePage(id: MaybeRefOrGetter<string>) {
  const query = useLiveQuery(ConferencePageQuery, id, (conferenceId) => ({ id: conferenceId }), conferenceEvents);
  const conference = computed(() => query.data.value?.conference ?? null);
  return { conference, error: query.error, loading: query.loading, refresh: query.refresh };
}
