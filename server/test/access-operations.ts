import { randomBytes } from "node:crypto";
import { addAgendaItem, addParticipant, buildPerson, buildReadyConference } from "./factories.js";
import { TEST_PASSWORD } from "./server.js";
import type { AccessWorld } from "./access-world.js";
import {
  caseworkers,
  everyone,
  only,
  signedIn,
  staffAccounts,
  teamA,
  type OperationCase,
} from "./access-expectations.js";
import { FEATURE_MUTATIONS, FEATURE_QUERIES } from "./access-features/index.js";

const hex = () => randomBytes(4).toString("hex");

/**
 * Every query and mutation of the schema, with arguments aimed at case A, and who may run it
 * (later features keep theirs in access-features/). The access matrix test fails for an
 * operation missing here, so a new one needs a rule.
 */
export const QUERIES: Record<string, OperationCase> = {
  ...FEATURE_QUERIES,
  account: {
    document: `query ($id: ID!) { account(id: $id) { id } }`,
    variables: (w) => ({ id: w.spare.accountId }),
    expect: only("admin"),
  },
  accounts: { document: `{ accounts { totalCount } }`, variables: () => ({}), expect: only("admin") },
  auditLog: { document: `{ auditLog(first: 5) { nodes { action } } }`, variables: () => ({}), expect: only("admin") },
  case: {
    document: `query ($id: ID!) { case(id: $id) { familyName reporter { name } } }`,
    variables: (w) => ({ id: w.A.case.id }),
    expect: teamA,
  },
  cases: { document: `{ cases { nodes { familyName reference } } }`, variables: () => ({}), expect: signedIn },
  conference: {
    document: `query ($id: ID!) { conference(id: $id) { purpose case { familyName } participants { role person { fullName email } } agenda { title } agreedTasks { title } } }`,
    variables: (w) => ({ id: w.A.conference.id }),
    expect: only("managerA", "guestA"),
  },
  conferences: { document: `{ conferences { nodes { purpose } } }`, variables: () => ({}), expect: signedIn },
  institutions: {
    document: `{ institutions { nodes { name } } }`,
    variables: () => ({}),
    expect: only("admin", "managerA", "staffB"),
  },
  me: { document: `{ me { conferenceId account { email } } }`, variables: () => ({}), expect: everyone },
  person: {
    document: `query ($id: ID!) { person(id: $id) { fullName } }`,
    variables: (w) => ({ id: w.person.id }),
    expect: caseworkers,
  },
  persons: { document: `{ persons { nodes { fullName } } }`, variables: () => ({}), expect: caseworkers },
  staffMembers: { document: `{ staffMembers { nodes { displayName } } }`, variables: () => ({}), expect: caseworkers },
  task: {
    document: `query ($id: ID!) { task(id: $id) { title case { familyName } agreedIn { purpose } } }`,
    variables: (w) => ({ id: w.A.task.id }),
    expect: only("managerA", "guestA"),
  },
  tasks: { document: `{ tasks { nodes { title case { familyName } } } }`, variables: () => ({}), expect: signedIn },
};

export const MUTATIONS: Record<string, OperationCase> = {
  ...FEATURE_MUTATIONS,
  acknowledgeConfidentiality: {
    document: `mutation ($p: ID!) { acknowledgeConfidentiality(participantId: $p) { id } }`,
    variables: (w) => ({ p: w.A.guestSeat.id }),
    expect: only("managerA", "guestA"),
  },
  addAgendaItem: {
    document: `mutation ($c: ID!) { addAgendaItem(conferenceId: $c, input: { title: "Next steps", timeboxMinutes: 15 }) { id } }`,
    variables: (w) => ({ c: w.A.conference.id }),
    expect: teamA,
  },
  addCaseTeamMember: {
    document: `mutation ($c: ID!, $a: ID!) { addCaseTeamMember(caseId: $c, accountId: $a) { id } }`,
    variables: (w) => ({ c: w.A.case.id, a: w.spare.accountId }),
    expect: teamA,
  },
  addParticipant: {
    document: `mutation ($c: ID!, $p: ID!) { addParticipant(conferenceId: $c, input: { personId: $p, role: PROFESSIONAL }) { id } }`,
    variables: async (w) => ({ c: w.A.conference.id, p: (await buildPerson(w.managerA)).id }),
    expect: teamA,
  },
  changePassword: {
    document: `mutation ($p: String!) { changePassword(currentPassword: $p, newPassword: $p) }`,
    variables: () => ({ p: TEST_PASSWORD }),
    expect: staffAccounts,
    changesSession: true,
  },
  createAccount: {
    document: `mutation ($i: AccountInput!) { createAccount(input: $i) { id } }`,
    variables: () => ({
      i: { email: `new-${hex()}@test.example`, displayName: "New", role: "STAFF", password: TEST_PASSWORD },
    }),
    expect: only("admin"),
  },
  createCase: {
    document: `mutation ($r: String!) { createCase(input: { reference: $r, familyName: "New family" }) { id } }`,
    variables: () => ({ r: `NEW-${hex()}` }),
    expect: caseworkers,
  },
  createConference: {
    document: `mutation ($c: ID!) { createConference(input: { caseId: $c, purpose: "Review the plan" }) { id } }`,
    variables: (w) => ({ c: w.A.case.id }),
    expect: teamA,
  },
  createInstitution: {
    document: `mutation { createInstitution(input: { name: "Health centre", kind: HEALTH_VISITOR_SERVICE }) { id } }`,
    variables: () => ({}),
    expect: only("admin", "managerA", "staffB"),
  },
  createPerson: {
    document: `mutation { createPerson(input: { kind: PROFESSIONAL, fullName: "Dr. New" }) { id } }`,
    variables: () => ({}),
    expect: caseworkers,
  },
  createTask: {
    document: `mutation ($c: ID!) { createTask(input: { caseId: $c, title: "Call the school" }) { id } }`,
    variables: (w) => ({ c: w.A.case.id }),
    expect: teamA,
  },
  issueGuestLink: {
    document: `mutation ($p: ID!) { issueGuestLink(participantId: $p) { expiresAt } }`,
    variables: (w) => ({ p: w.A.spareSeat.id }),
    expect: teamA,
  },
  moveAgendaItem: {
    document: `mutation ($id: ID!) { moveAgendaItem(id: $id, position: 0) { id } }`,
    variables: (w) => ({ id: w.A.agendaItem.id }),
    expect: teamA,
  },
  planNextConference: {
    document: `mutation ($c: ID!) { planNextConference(caseId: $c) { id } }`,
    variables: (w) => ({ c: w.A.case.id }),
    expect: teamA,
  },
  redeemGuestLink: {
    document: `mutation ($t: String!) { redeemGuestLink(token: $t) { conferenceId } }`,
    variables: (w) => ({ t: w.A.token }),
    expect: everyone,
    changesSession: true,
  },
  removeAgendaItem: {
    document: `mutation ($id: ID!) { removeAgendaItem(id: $id) { id } }`,
    variables: async (w) => ({ id: (await addAgendaItem(w.managerA, w.A.conference.id, "Spare item")).id }),
    expect: teamA,
  },
  removeCaseTeamMember: {
    document: `mutation ($c: ID!, $a: ID!) { removeCaseTeamMember(caseId: $c, accountId: $a) { id } }`,
    variables: (w) => ({ c: w.A.case.id, a: w.spare.accountId }),
    expect: teamA,
  },
  removeParticipant: {
    document: `mutation ($id: ID!) { removeParticipant(id: $id) }`,
    variables: async (w) => ({ id: (await addParticipant(w.managerA, w.A.conference.id, "PROFESSIONAL")).id }),
    expect: teamA,
  },
  revokeGuestLink: {
    document: `mutation ($p: ID!) { revokeGuestLink(participantId: $p) }`,
    variables: (w) => ({ p: w.A.spareSeat.id }),
    expect: teamA,
  },
  setAccountPassword: {
    document: `mutation ($id: ID!, $p: String!) { setAccountPassword(id: $id, password: $p) }`,
    variables: (w) => ({ id: w.spare.accountId, p: TEST_PASSWORD }),
    expect: only("admin"),
  },
  setCaseReporter: {
    document: `mutation ($c: ID!, $r: CaseReporterInput) { setCaseReporter(caseId: $c, input: $r) }`,
    variables: (w) => ({ c: w.A.case.id, r: { name: w.A.markers.reporter } }),
    expect: teamA,
  },
  setTaskStatus: {
    document: `mutation ($id: ID!) { setTaskStatus(id: $id, status: IN_PROGRESS, note: "started") { status } }`,
    variables: (w) => ({ id: w.A.task.id }),
    expect: only("managerA", "guestA"),
  },
  signIn: {
    document: `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`,
    variables: (w) => ({ e: w.spare.email, p: TEST_PASSWORD }),
    expect: everyone,
    changesSession: true,
  },
  signOut: { document: `mutation { signOut }`, variables: () => ({}), expect: signedIn, changesSession: true },
  signOutEverywhere: {
    document: `mutation { signOutEverywhere }`,
    variables: () => ({}),
    expect: staffAccounts,
    changesSession: true,
  },
  transitionConference: {
    document: `mutation ($id: ID!) { transitionConference(id: $id, to: INVITED) { status } }`,
    variables: async (w) => ({ id: (await buildReadyConference(w.managerA, { caseId: w.A.case.id })).id }),
    expect: teamA,
  },
  updateAccount: {
    document: `mutation ($id: ID!) { updateAccount(id: $id, input: { displayName: "Renamed" }) { id } }`,
    variables: (w) => ({ id: w.spare.accountId }),
    expect: only("admin"),
  },
  updateAgendaItem: {
    document: `mutation ($id: ID!) { updateAgendaItem(id: $id, input: { timeboxMinutes: 20 }) { id } }`,
    variables: (w) => ({ id: w.A.agendaItem.id }),
    expect: teamA,
  },
  updateCase: {
    document: `mutation ($id: ID!) { updateCase(id: $id, input: { flags: [] }) { id } }`,
    variables: (w) => ({ id: w.A.case.id }),
    expect: teamA,
  },
  updateConference: {
    document: `mutation ($id: ID!) { updateConference(id: $id, input: { place: "Room 2" }) { id } }`,
    variables: (w) => ({ id: w.A.conference.id }),
    expect: teamA,
  },
  updateInstitution: {
    document: `mutation ($id: ID!) { updateInstitution(id: $id, input: { name: "Riverside School", kind: SCHOOL }) { id } }`,
    variables: (w) => ({ id: w.institutionId }),
    expect: only("admin", "managerA", "staffB"),
  },
  updateParticipant: {
    document: `mutation ($id: ID!) { updateParticipant(id: $id, input: { attendance: REMOTE }) { id } }`,
    variables: (w) => ({ id: w.A.guestSeat.id }),
    expect: teamA,
  },
  updatePerson: {
    document: `mutation ($id: ID!) { updatePerson(id: $id, input: { kind: PROFESSIONAL, fullName: "Dr. Renamed" }) { id } }`,
    variables: (w) => ({ id: w.person.id }),
    expect: caseworkers,
  },
  updateTask: {
    document: `mutation ($id: ID!) { updateTask(id: $id, input: { dueDate: "2027-03-01" }) { id } }`,
    variables: (w) => ({ id: w.A.task.id }),
    expect: teamA,
  },
};

/** Subscriptions start (or are refused) with arguments aimed at case A; `trigger` makes an event. */
export const SUBSCRIPTIONS: Record<string, OperationCase & { trigger(w: AccessWorld): Promise<unknown> }> = {
  conferenceChanged: {
    document: `subscription ($id: ID) { conferenceChanged(id: $id) { purpose } }`,
    variables: (w) => ({ id: w.A.conference.id }),
    expect: only("managerA", "guestA"),
    trigger: (w) =>
      w.managerA.gql(`mutation ($id: ID!) { updateConference(id: $id, input: { place: "Room ${hex()}" }) { id } }`, {
        id: w.A.conference.id,
      }),
  },
  participantChanged: {
    document: `subscription ($c: ID!) { participantChanged(conferenceId: $c) { id } }`,
    variables: (w) => ({ c: w.A.conference.id }),
    expect: only("managerA", "guestA"),
    trigger: (w) => addParticipant(w.managerA, w.A.conference.id, "PROFESSIONAL"),
  },
  taskChanged: {
    document: `subscription ($c: ID) { taskChanged(caseId: $c) { title } }`,
    variables: (w) => ({ c: w.A.case.id }),
    expect: teamA,
    trigger: (w) =>
      w.managerA.gql(`mutation ($id: ID!) { updateTask(id: $id, input: { title: "Task ${hex()}" }) { id } }`, {
        id: w.A.task.id,
      }),
  },
};
