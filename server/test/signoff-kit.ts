import { randomBytes } from "node:crypto";
import {
  addAgendaItem,
  addParticipant,
  buildCase,
  buildConference,
  buildPerson,
  issueGuestLink,
  transition,
} from "./factories.js";
import type { TestClient } from "./server.js";

/** Sign-off test helpers over the real API: a meeting with seats, closing it, answering its minutes. */

type Api = Pick<TestClient, "gql" | "request">;

const unique = () => randomBytes(3).toString("hex");

export interface SeatSpec {
  role: string;
  /** IN_ROOM, REMOTE, ABSENT, EXCUSED, or null for no mark. */
  attendance: string | null;
  /** Default: an address of its own. */
  email?: string | null;
  fullName?: string;
}

export interface Seat {
  id: string;
  personId: string;
  fullName: string;
  email: string | null;
  /** The personal invitation link's token. */
  token: string;
}

/**
 * A conference in case `caseId` (or a new case) with these seats, one agenda item, invited and
 * live, and the attendance marked through the API; not closed yet.
 */
export async function liveMeeting<K extends string>(
  s: Api,
  seats: Record<K, SeatSpec>,
  options: { caseId?: string; language?: string; familyName?: string } = {},
) {
  const caseId = options.caseId ?? (await buildCase(s, { familyName: options.familyName ?? `Family ${unique()}` })).id;
  const conference = await buildConference(s, { caseId, language: options.language ?? "EN" });
  const item = await addAgendaItem(s, conference.id, "The family's situation and strengths", 30);
  const built = {} as Record<K, Seat>;
  for (const [key, spec] of Object.entries(seats) as [K, SeatSpec][]) {
    const fullName = spec.fullName ?? `${key} ${unique()}`;
    const email = spec.email === undefined ? `${key.toLowerCase()}-${unique()}@test.example` : spec.email;
    const person = await buildPerson(s, {
      kind: ["PARENT", "CHILD", "RELATIVE", "SUPPORTER"].includes(spec.role) ? "FAMILY" : "PROFESSIONAL",
      fullName,
      ...(email ? { email } : {}),
    });
    const seat = await addParticipant(s, conference.id, spec.role, person.id);
    built[key] = { id: seat.id, personId: person.id, fullName, email, token: "" };
  }
  expect200(await transition(s, conference.id, "INVITED"));
  expect200(await transition(s, conference.id, "LIVE"));
  for (const [key, spec] of Object.entries(seats) as [K, SeatSpec][]) {
    // Issued now: sending the invitations may have replaced any link issued before.
    built[key].token = (await issueGuestLink(s, built[key].id)).token;
    if (spec.attendance === null) continue;
    await s.gql(
      `mutation ($id: ID!, $a: Attendance) { updateParticipant(id: $id, input: { attendance: $a }) { id } }`,
      {
        id: built[key].id,
        a: spec.attendance,
      },
    );
  }
  return { caseId, conference, agendaItemId: item.id, seats: built };
}

function expect200(res: { errors?: unknown[] }) {
  if (res.errors?.length) throw new Error(`transition failed: ${JSON.stringify(res.errors)}`);
}

export const MINUTES = `query ($id: ID!) { conference(id: $id) {
  status
  latestMinutes { id number sha256 createdAt content pdfPath
    signatures { participantId name role outcome at inRoom note confirmedBy } }
  minutesVersions { id number sha256 signatures { participantId outcome inRoom } }
} }`;

export interface SignatureView {
  participantId: string;
  name: string;
  role: string;
  outcome: string | null;
  at: string | null;
  inRoom: boolean;
  note: string | null;
  confirmedBy: string | null;
}

export interface MinutesView {
  conference: {
    status: string;
    latestMinutes: {
      id: string;
      number: number;
      sha256: string;
      createdAt: string;
      content: {
        attendance: { participantId: string; name: string; attendance: string | null }[];
        agenda: { title: string; minutes: { type: string; text?: string; items?: string[] }[] }[];
        tasks: { title: string; ownerName: string | null }[];
        conference: { caseReference: string; children: string[] };
      };
      pdfPath: string;
      signatures: SignatureView[];
    } | null;
    minutesVersions: {
      id: string;
      number: number;
      sha256: string;
      signatures: { participantId: string; outcome: string | null; inRoom: boolean }[];
    }[];
  };
}

export async function minutesOf(client: Api, conferenceId: string): Promise<MinutesView["conference"]> {
  return (await client.gql<MinutesView>(MINUTES, { id: conferenceId })).conference;
}

export const SIGN = `mutation ($v: ID!, $i: MinutesAnswerInput) { signMinutes(versionId: $v, input: $i) { id number } }`;
export const SIGN_IN_ROOM = `mutation ($v: ID!, $p: ID!, $i: MinutesAnswerInput) { signInRoom(versionId: $v, participantId: $p, input: $i) { id } }`;
export const REOPEN = `mutation ($c: ID!) { reopenMinutes(conferenceId: $c) { status } }`;
export const CLOSE_UNSIGNED = `mutation ($c: ID!) { closeWithMissingSignatures(conferenceId: $c) { status } }`;

export function sign(client: Api, versionId: string, answer?: { answer: string; note?: string }) {
  return client.request<{ signMinutes: { id: string } }>(SIGN, { v: versionId, i: answer ?? null });
}

export function signInRoom(
  client: Api,
  versionId: string,
  participantId: string,
  answer?: { answer: string; note?: string },
) {
  return client.request<{ signInRoom: { id: string } }>(SIGN_IN_ROOM, {
    v: versionId,
    p: participantId,
    i: answer ?? null,
  });
}
