import { subscribe } from "../graphql/client";
import { InvitationConferenceChangedSubscription, InvitationParticipantChangedSubscription } from "./operations";

/** The conference's and its participants' change events: what an invitation view reads again on. */
export const conferenceEvents = (id: string, changed: () => void) => [
  subscribe(InvitationConferenceChangedSubscription, { id }, changed),
  subscribe(InvitationParticipantChangedSubscription, { conferenceId: id }, changed),
];
