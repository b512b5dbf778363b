import { computed, ref } from "vue";
import { request } from "../graphql/client";
import type { MailKind, MailStatus } from "../graphql/generated/graphql";
import { usePagedList } from "../graphql/usePagedList";
import { resendOutcome, type Delivery } from "./deliveries";
import { MailOutboxQuery, ResendMailMutation } from "./operations";

/** The administrators' outbox: every message, newest first, filtered by status and kind. */
export function useOutbox() {
  const status = ref<MailStatus | null>(null);
  const kind = ref<MailKind | null>(null);
  const filter = computed(() => ({
    ...(status.value ? { status: status.value } : {}),
    ...(kind.value ? { kind: kind.value } : {}),
  }));
  const list = usePagedList(
    filter,
    async (f, after) => (await request(MailOutboxQuery, { filter: f, after })).mailOutbox,
  );

  /** Sends a message again and reads the first page anew, where a copy appears. */
  async function resend(delivery: Delivery): Promise<"requeued" | "copy"> {
    const { resendMail } = await request(ResendMailMutation, { id: delivery.id });
    await list.reload();
    return resendOutcome(delivery, resendMail);
  }

  return { status, kind, ...list, resend };
}
