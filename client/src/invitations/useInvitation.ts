import { computed, type MaybeRefOrGetter } from "vue";
import { conferenceEvents } from "../conferences/conferenceEvents";
import { request } from "../graphql/client";
import { useLiveQuery } from "../graphql/liveUpdates";
import { inviters, ownAnswer, ownSeat } from "./answer";
import { InvitationRespondMutation, InvitationViewQuery } from "./operations";

/**
 * The caller's own invitation to a conference (a guest from their link, or staff signed in):
 * the meeting's details, who invites, their answer, and answering. Kept current by the
 * conference's change events, so a new time (which asks again) shows at once.
 */
export function useInvitation(conferenceId: MaybeRefOrGetter<string>) {
  const query = useLiveQuery(InvitationViewQuery, conferenceId, (id) => ({ id }), conferenceEvents);
  const { refresh } = query;

  const conference = computed(() => query.data.value?.conference ?? null);
  const seat = computed(() => ownSeat(conference.value));
  const answer = computed(() => ownAnswer(seat.value));

  /** Records the answer for the caller's own seat; a later answer replaces an earlier one. */
  async function respond(accept: boolean, note: string): Promise<void> {
    const participantId = seat.value?.id;
    if (!participantId) return;
    await request(InvitationRespondMutation, { participantId, accept, note: note.trim() || null });
    await refresh();
  }

  return {
    conference,
    seat,
    answer,
    inviters: computed(() => inviters(conference.value)),
    error: query.error,
    refresh,
    respond,
  };
}
