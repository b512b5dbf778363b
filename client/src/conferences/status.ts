import type { ConferenceStatus } from "../graphql/enums";

/**
 * Moves that cannot be taken back ask first: cancelling, ending the meeting, closing. Sending
 * the invitations and starting the meeting are what the page is for, and the server checks them.
 */
export function needsConfirmation(to: ConferenceStatus): boolean {
  return to === "CANCELLED" || to === "SIGNING" || to === "CLOSED";
}

/**
 * The moves offered as status buttons. While the minutes are being signed the sign-off panel owns
 * reopening and closing, each with the confirmation that says what happens to the signatures.
 */
export function statusButtons(status: ConferenceStatus, nextStatuses: readonly ConferenceStatus[]) {
  return status === "SIGNING" ? [] : nextStatuses;
}

export function transitionSeverity(to: ConferenceStatus): "danger" | "secondary" | undefined {
  if (to === "CANCELLED") return "danger";
  if (to === "CLOSED") return "secondary";
  return undefined;
}

/** The status tag's colour: what is happening now stands out, what is over recedes. */
export function statusSeverity(status: ConferenceStatus): "secondary" | "info" | "success" | "warn" | "danger" {
  switch (status) {
    case "DRAFT":
      return "secondary";
    case "INVITED":
      return "info";
    case "LIVE":
      return "success";
    case "SIGNING":
      return "warn";
    case "CLOSED":
      return "secondary";
    case "CANCELLED":
      return "danger";
  }
}
