import { enqueueMail } from "../../src/mail/outbox.js";
import type { AccessWorld } from "../access-world.js";
import { only, type OperationCase } from "../access-expectations.js";

/** A message about case A's conference, queued through the service as a feature would. */
async function messageOfA(w: AccessWorld): Promise<string> {
  return enqueueMail(w.s.db.dataSource.manager, {
    kind: "invitation",
    conferenceId: w.A.conference.id,
    participantId: w.A.guestSeat.id,
    to: { name: "Guest of A", address: "guest-a@test.example" },
    subject: "Invitation to a conference",
    text: "You are invited.",
  });
}

/** Who may run the mail operations (see access-operations.ts). */
export const QUERIES: Record<string, OperationCase> = {
  mailOutbox: {
    document: `{ mailOutbox(first: 5) { totalCount nodes { kind status recipientAddress recipientName subject } } }`,
    variables: () => ({}),
    expect: only("admin"),
  },
};

export const MUTATIONS: Record<string, OperationCase> = {
  resendMail: {
    document: `mutation ($id: ID!) { resendMail(id: $id) { id status subject } }`,
    variables: async (w) => ({ id: await messageOfA(w) }),
    // The organiser (who prepares the conference) and the administrators who run the outbox.
    expect: only("admin", "managerA"),
  },
};
