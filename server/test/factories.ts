import { randomBytes } from "node:crypto";
import type { TestClient } from "./server.js";

/** Any signed-in client; factories act as whoever calls them. */
type Api = Pick<TestClient, "gql" | "request">;

/** Small factories over the real GraphQL API: each returns the created record's id and fields. */
const unique = () => randomBytes(4).toString("hex");

export async function buildPerson(
  s: Api,
  input: Partial<{
    kind: string;
    fullName: string;
    profession: string | null;
    institutionId: string;
    email: string;
  }> = {},
) {
  const data = await s.gql<{ createPerson: { id: string; fullName: string } }>(
    `mutation ($input: PersonInput!) { createPerson(input: $input) { id fullName } }`,
    { input: { kind: "PROFESSIONAL", fullName: `Person ${unique()}`, ...input } },
  );
  return data.createPerson;
}

export async function buildCase(
  s: Api,
  input: Partial<{
    reference: string;
    familyName: string;
    flags: string[];
    caseManagerId: string;
    status: string;
  }> = {},
) {
  const data = await s.gql<{ createCase: { id: string; reference: string; familyName: string } }>(
    `mutation ($input: CaseInput!) { createCase(input: $input) { id reference familyName } }`,
    { input: { reference: `RT-${unique()}`, familyName: `Family ${unique()}`, ...input } },
  );
  return data.createCase;
}

export async function buildConference(
  s: Api,
  input: Partial<{
    caseId: string;
    purpose: string;
    scheduledStart: string | null;
    kind: string;
    language: string;
  }> = {},
) {
  const caseId = input.caseId ?? (await buildCase(s)).id;
  const data = await s.gql<{ createConference: { id: string; status: string; seriesIndex: number } }>(
    `mutation ($input: ConferenceInput!) { createConference(input: $input) { id status seriesIndex } }`,
    {
      input: {
        purpose: "Agree how the family can be supported",
        scheduledStart: "2027-01-12T09:00:00.000Z",
        ...input,
        caseId,
      },
    },
  );
  return { ...data.createConference, caseId };
}

export async function addParticipant(s: Api, conferenceId: string, role: string, personId?: string) {
  const pid = personId ?? (await buildPerson(s)).id;
  const data = await s.gql<{ addParticipant: { id: string } }>(
    `mutation ($c: ID!, $input: ParticipantInput!) { addParticipant(conferenceId: $c, input: $input) { id } }`,
    { c: conferenceId, input: { personId: pid, role } },
  );
  return { id: data.addParticipant.id, personId: pid };
}

/** A conference that meets every condition for leaving draft: facilitator and participants. */
export async function buildReadyConference(s: Api, input: Parameters<typeof buildConference>[1] = {}) {
  const conference = await buildConference(s, input);
  await addParticipant(s, conference.id, "FACILITATOR");
  await addParticipant(s, conference.id, "PROFESSIONAL");
  return conference;
}

export async function transition(s: Api, id: string, to: string) {
  return s.request<{ transitionConference: { status: string } }>(
    `mutation ($id: ID!, $to: ConferenceStatus!) { transitionConference(id: $id, to: $to) { status } }`,
    { id, to },
  );
}

export async function buildTask(
  s: Api,
  input: { caseId: string } & Partial<{
    title: string;
    ownerPersonId: string;
    ownerParticipantId: string;
    agreedInId: string;
    dueDate: string;
    successIndicator: string;
  }>,
) {
  const data = await s.gql<{ createTask: { id: string; status: string } }>(
    `mutation ($input: TaskInput!) { createTask(input: $input) { id status } }`,
    { input: { title: `Task ${unique()}`, ...input } },
  );
  return data.createTask;
}

export async function setTaskStatus(s: Api, id: string, status: string, note?: string) {
  const data = await s.gql<{ setTaskStatus: { id: string; status: string } }>(
    `mutation ($id: ID!, $s: TaskStatus!, $n: String) { setTaskStatus(id: $id, status: $s, note: $n) { id status } }`,
    { id, s: status, n: note ?? null },
  );
  return data.setTaskStatus;
}

export async function addAgendaItem(s: Api, conferenceId: string, title: string, timeboxMinutes = 10) {
  const data = await s.gql<{ addAgendaItem: { id: string; position: number } }>(
    `mutation ($c: ID!, $i: AgendaItemInput!) { addAgendaItem(conferenceId: $c, input: $i) { id position } }`,
    { c: conferenceId, i: { title, timeboxMinutes } },
  );
  return data.addAgendaItem;
}

/** A personal invitation link for a participant; the token is the last part of its address. */
export async function issueGuestLink(s: Api, participantId: string, expiresAt?: string) {
  const data = await s.gql<{ issueGuestLink: { url: string; expiresAt: string } }>(
    `mutation ($p: ID!, $e: DateTimeISO) { issueGuestLink(participantId: $p, expiresAt: $e) { url expiresAt } }`,
    { p: participantId, e: expiresAt ?? null },
  );
  const token = data.issueGuestLink.url.split("/join/")[1] ?? "";
  return { ...data.issueGuestLink, token };
}
