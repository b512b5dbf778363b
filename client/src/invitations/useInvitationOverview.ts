import { computed, type MaybeRefOrGetter } from "vue";
import { conferenceEvents } from "../conferences/conferenceEvents";
import { request } from "../graphql/client";
import { useLiveQuery } from "../graphql/liveUpdates";
import { InvitationOverviewQuery, InvitationSendMutation } from "./operations";
import { summarise } from "./participantInvitation";

/**
 * For the organisers: every participant's invitation (what was sent last, the answer, whether
 * e-mail reaches them), kept current by the conference's change events, and sending one again.
 */
export function useInvitationOverview(conferenceId: MaybeRefOrGetter<string>) {
  const query = useLiveQuery(InvitationOverviewQuery, conferenceId, (id) => ({ id }), conferenceEvents);
  const { refresh } = query;

  const overview = computed(() => query.data.value?.conference ?? null);

  /** The invitation again, with a new personal link: the earlier link stops working. */
  async function send(participantId: string): Promise<void> {
    await request(InvitationSendMutation, { participantId });
    await refresh();
  }

  return {
    summary: (participantId: string) => summarise(overview.value, participantId),
    error: query.error,
    refresh,
    send,
  };
}

export type InvitationOverview = ReturnType<typeof useInvitationOverview>;
