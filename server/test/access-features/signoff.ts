import { only, type OperationCase } from "../access-expectations.js";
import type { AccessWorld } from "../access-world.js";
import { transition } from "../factories.js";
import { liveMeeting, minutesOf } from "../signoff-kit.js";

/**
 * A conference of case A in signing, per operation (each may change it once): a facilitator in
 * the room and manager A's own person present remotely, so manager A can sign as themselves.
 * Guest A is a guest of another conference of the same case: they must not reach these minutes.
 */
interface Signing {
  conferenceId: string;
  versionId: string;
  facilitatorSeat: string;
}

const built = new WeakMap<AccessWorld, Map<string, Promise<Signing>>>();
const managerLinked = new WeakMap<AccessWorld, Promise<string>>();

/** Gives manager A's account a person once (admin's updateAccount), so it can hold a seat. */
function managerPerson(w: AccessWorld): Promise<string> {
  let person = managerLinked.get(w);
  if (!person) {
    person = (async () => {
      const { createPerson } = await w.managerA.gql<{ createPerson: { id: string } }>(
        `mutation { createPerson(input: { kind: PROFESSIONAL, fullName: "Manager A in person" }) { id } }`,
      );
      await w.admin.gql(`mutation ($id: ID!, $p: ID) { updateAccount(id: $id, input: { personId: $p }) { id } }`, {
        id: w.managerA.accountId,
        p: createPerson.id,
      });
      return createPerson.id;
    })();
    managerLinked.set(w, person);
  }
  return person;
}

function signing(w: AccessWorld, operation: string): Promise<Signing> {
  let byOperation = built.get(w);
  if (!byOperation) built.set(w, (byOperation = new Map()));
  let found = byOperation.get(operation);
  if (!found) {
    found = (async () => {
      const meeting = await liveMeeting(
        w.managerA,
        {
          facilitator: { role: "FACILITATOR", attendance: "IN_ROOM" },
          other: { role: "PROFESSIONAL", attendance: "REMOTE" },
        },
        { caseId: w.A.case.id },
      );
      const personId = await managerPerson(w);
      const { addParticipant } = await w.managerA.gql<{ addParticipant: { id: string } }>(
        `mutation ($c: ID!, $p: ID!) { addParticipant(conferenceId: $c, input: { personId: $p, role: PROFESSIONAL }) { id } }`,
        { c: meeting.conference.id, p: personId },
      );
      await w.managerA.gql(`mutation ($id: ID!) { updateParticipant(id: $id, input: { attendance: REMOTE }) { id } }`, {
        id: addParticipant.id,
      });
      await transition(w.managerA, meeting.conference.id, "SIGNING");
      const minutes = await minutesOf(w.managerA, meeting.conference.id);
      if (!minutes.latestMinutes) throw new Error("closing rendered no minutes");
      return {
        conferenceId: meeting.conference.id,
        versionId: minutes.latestMinutes.id,
        facilitatorSeat: meeting.seats.facilitator.id,
      };
    })();
    byOperation.set(operation, found);
  }
  return found;
}

/** Who may run the signoff operations (see access-operations.ts). */
export const QUERIES: Record<string, OperationCase> = {};
export const MUTATIONS: Record<string, OperationCase> = {
  closeWithMissingSignatures: {
    document: `mutation ($c: ID!) { closeWithMissingSignatures(conferenceId: $c) { status } }`,
    variables: async (w) => ({ c: (await signing(w, "closeWithMissingSignatures")).conferenceId }),
    expect: only("managerA"),
  },
  reopenMinutes: {
    document: `mutation ($c: ID!) { reopenMinutes(conferenceId: $c) { status } }`,
    variables: async (w) => ({ c: (await signing(w, "reopenMinutes")).conferenceId }),
    expect: only("managerA"),
  },
  signInRoom: {
    document: `mutation ($v: ID!, $p: ID!) { signInRoom(versionId: $v, participantId: $p) { number } }`,
    variables: async (w) => {
      const f = await signing(w, "signInRoom");
      return { v: f.versionId, p: f.facilitatorSeat };
    },
    expect: only("managerA"),
  },
  signMinutes: {
    document: `mutation ($v: ID!) { signMinutes(versionId: $v, input: { answer: SIGNED }) { number signatures { outcome } } }`,
    variables: async (w) => ({ v: (await signing(w, "signMinutes")).versionId }),
    expect: only("managerA"),
  },
};
