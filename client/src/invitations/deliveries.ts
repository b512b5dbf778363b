import type { MailDeliveryFieldsFragment, MailStatus } from "../graphql/generated/graphql";

export type Delivery = MailDeliveryFieldsFragment;

export const MAIL_STATUS_SEVERITY: Record<MailStatus, "info" | "success" | "danger" | "warn"> = {
  QUEUED: "warn",
  SENDING: "info",
  SENT: "success",
  FAILED: "danger",
};

/** Messages the sender has not finished with: the list looks again until they settle. */
export const unsettled = (list: readonly Delivery[]): boolean =>
  list.some((d) => d.status === "QUEUED" || d.status === "SENDING");

/** Being sent right now: the server leaves it to finish, so there is nothing to send again. */
export const canResend = (d: Delivery): boolean => d.status !== "SENDING";

/**
 * What a re-send did, as resendMail answers (docs/mail.md, "Re-send"): a message not delivered is
 * queued again under its own record; one already sent goes again as a copy, a new record.
 */
export function resendOutcome(before: Delivery, after: Delivery): "requeued" | "copy" {
  return after.id === before.id ? "requeued" : "copy";
}
