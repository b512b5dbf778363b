import { computed, onScopeDispose, watch, type MaybeRefOrGetter } from "vue";
import { conferenceEvents } from "../conferences/conferenceEvents";
import { request } from "../graphql/client";
import { useLiveQuery } from "../graphql/liveUpdates";
import { resendOutcome, unsettled, type Delivery } from "./deliveries";
import { ConferenceMailQuery, ResendMailMutation } from "./operations";

/**
 * How often the list looks again while a message is queued or being sent. The API publishes no
 * event when a delivery settles, so the list asks; once every message is sent or failed it stops.
 */
export const SETTLE_POLL_MS = 4000;

/**
 * A conference's messages and how each delivery stands, for its organisers: read again on the
 * conference's change events (a status change or a re-sent invitation queues letters), while any
 * message is unsettled, and on request.
 */
export function useMailDeliveries(conferenceId: MaybeRefOrGetter<string>, pollMs = SETTLE_POLL_MS) {
  const query = useLiveQuery(ConferenceMailQuery, conferenceId, (id) => ({ id }), conferenceEvents);
  const { refresh } = query;

  /** Null when the caller may not see them (not an organiser). */
  const deliveries = computed<Delivery[] | null>(() => query.data.value?.conference.mailDeliveries ?? null);

  let timer: ReturnType<typeof setTimeout> | undefined;
  // Each answer, even one equal to the last, schedules the next look while anything is unsettled.
  watch(query.data, () => {
    clearTimeout(timer);
    const list = deliveries.value;
    if (list && unsettled(list)) timer = setTimeout(() => void refresh(), pollMs);
  });
  onScopeDispose(() => clearTimeout(timer));

  /** Sends a message again; answers whether it was queued again or sent as a copy. */
  async function resend(delivery: Delivery): Promise<"requeued" | "copy"> {
    const { resendMail } = await request(ResendMailMutation, { id: delivery.id });
    await refresh();
    return resendOutcome(delivery, resendMail);
  }

  return { deliveries, error: query.error, loading: query.loading, refresh, resend };
}
