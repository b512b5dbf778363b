import { subscribe } from "../graphql/client";
import { ConferenceChangedSubscription, ConferenceParticipantChangedSubscription } from "./operations";

/** The conference's and its participants' change events: what a page about one conference reads again on. */
export const conferenceEvents = (id: string, changed: () => void) => [
  subscribe(ConferenceChangedSubscription, { id }, changed),
  subscribe(ConferenceParticipantChangedSubscription, { conferenceId: id }, changed),
];
