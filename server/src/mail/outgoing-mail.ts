/**
 * A message the service sends: built once by the feature that sends it (invitation, minutes,
 * reminder), queued in the same transaction as the change that caused it, and delivered by the
 * mail queue (`outbox.ts`, `enqueueMail`) with retries; every one has a delivery record.
 */
export const MAIL_KINDS = [
  "invitation",
  "invitation_update",
  "invitation_cancellation",
  "minutes",
  "task_reminder",
  "deadline_reminder",
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array | string;
}

export interface OutgoingMail {
  kind: MailKind;
  /** The conference it is about, so the organiser sees its deliveries there. */
  conferenceId: string | null;
  /** The participant it is addressed to, when it is one. */
  participantId: string | null;
  to: { name: string; address: string };
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  /** An iCalendar part (RFC 6047): REQUEST for an invitation or its update, CANCEL for a cancellation. */
  calendar?: { method: "REQUEST" | "CANCEL"; content: string };
  /**
   * The parts that carry a secret (a guest's personal link), as the stored copy keeps them once
   * the message is delivered: the database never keeps a live link longer than the delivery.
   */
  redacted?: Pick<OutgoingMail, "text" | "html" | "calendar">;
}
