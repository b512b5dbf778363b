import { randomBytes } from "node:crypto";
import type { AccessWorld } from "../access-world.js";
import { only, teamA, type OperationCase } from "../access-expectations.js";
import { addParticipant, buildPerson, buildReadyConference, transition } from "../factories.js";

/** A seat with an e-mail address at a conference of case A whose invitations went out. */
async function invitedSeatOfA(w: AccessWorld): Promise<string> {
  const conference = await buildReadyConference(w.managerA, { caseId: w.A.case.id });
  const person = await buildPerson(w.managerA, { email: `invitee-${randomBytes(4).toString("hex")}@test.example` });
  const seat = await addParticipant(w.managerA, conference.id, "PROFESSIONAL", person.id);
  const moved = await transition(w.managerA, conference.id, "INVITED");
  if (moved.errors?.length) throw new Error(JSON.stringify(moved.errors));
  return seat.id;
}

/** Who may run the invitations operations (see access-operations.ts). */
export const QUERIES: Record<string, OperationCase> = {};

export const MUTATIONS: Record<string, OperationCase> = {
  respondToInvitation: {
    document: `mutation ($p: ID!) { respondToInvitation(participantId: $p, accept: true, note: "I will come") { invitationState invitation { answeredAt answerNote } } }`,
    variables: (w) => ({ p: w.A.guestSeat.id }),
    // The invitee alone, for their own seat: not the organiser, not another guest.
    expect: only("guestA"),
  },
  sendInvitation: {
    document: `mutation ($p: ID!) { sendInvitation(participantId: $p) { invitationState } }`,
    variables: async (w) => ({ p: await invitedSeatOfA(w) }),
    expect: teamA,
  },
};
