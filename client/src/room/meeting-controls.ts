import { endMeeting, nextItem, startMeeting, type MeetingState } from "@roundtable/shared";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import type { ConferenceStatus } from "../graphql/enums";

/** Which of the facilitator's two buttons apply now. */
export function availableControls(status: ConferenceStatus, meeting: MeetingState) {
  return {
    // An invited conference goes live when its meeting starts; a live one may not have a clock yet.
    canStart: status === "INVITED" || (status === "LIVE" && meeting.startedAt === null),
    canClose: status === "LIVE" && meeting.startedAt !== null,
  };
}

type Transition = (to: ConferenceStatus) => Promise<void>;

/**
 * Goes live (if still invited) before starting the clock, so a refused transition starts nothing;
 * then starts the clock on the first agenda item, in one update so every screen sees both at once.
 */
export async function startTheMeeting(doc: Y.Doc, status: ConferenceStatus, transition: Transition, now: Date) {
  if (status === "INVITED") await transition("LIVE");
  doc.transact(() => {
    if (startMeeting(doc, now)) nextItem(doc, now);
  });
}

/**
 * Stops the clock in the document, waits until that change has left this browser, then moves the
 * conference to signing: the server freezes the document at that transition and would drop an
 * end that arrived after it.
 */
export async function closeTheMeeting(
  doc: Y.Doc,
  transition: Transition,
  sent: () => Promise<void>,
  now: Date,
): Promise<void> {
  endMeeting(doc, now);
  await sent();
  await transition("SIGNING");
}

/** Resolves once the socket has handed every queued byte to the network (or after `timeoutMs`). */
export function whenSent(provider: WebsocketProvider, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const check = () => {
      const ws = provider.ws;
      if (!ws || ws.bufferedAmount === 0 || Date.now() > deadline) resolve();
      else setTimeout(check, 50);
    };
    check();
  });
}
