import { randomBytes } from "node:crypto";
import { Api } from "./api";
import { ADMIN } from "./server";

export const STAFF_PASSWORD = "e2e-staff-password-1";

export interface StaffLogin {
  email: string;
  password: string;
  name: string;
}

/** One family's conference, ready to meet: its people, agenda and an invitation link for the guest. */
export interface MeetingWorld {
  caseId: string;
  conferenceId: string;
  purpose: string;
  agenda: string[];
  manager: StaffLogin;
  facilitator: StaffLogin;
  noteTaker: StaffLogin;
  guest: { name: string; participantId: string; joinPath: string };
}

const tag = () => randomBytes(3).toString("hex");
/** `Éva Tóth` → `eva.toth`: e-mail addresses are ASCII. */
const mailbox = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\W+/g, ".");

async function createStaff(admin: Api, name: string, personId: string | null = null): Promise<StaffLogin> {
  const email = `${mailbox(name)}.${tag()}@e2e.example`;
  await admin.gql(`mutation ($i: AccountInput!) { createAccount(input: $i) { id } }`, {
    i: { email, displayName: name, password: STAFF_PASSWORD, role: "STAFF", personId },
  });
  return { email, password: STAFF_PASSWORD, name };
}

async function createPerson(api: Api, fullName: string, profession: string | null = null): Promise<string> {
  const data = await api.gql<{ createPerson: { id: string } }>(
    `mutation ($i: PersonInput!) { createPerson(input: $i) { id } }`,
    { i: { fullName, kind: "PROFESSIONAL", profession, email: `${mailbox(fullName)}.${tag()}@e2e.example` } },
  );
  return data.createPerson.id;
}

/**
 * Through the API, as the service would: an administrator creates the staff accounts; the case
 * manager opens a case, plans a conference with a facilitator, a note taker and a school
 * counsellor (who joins remotely by invitation link), prepares a three-item agenda and sends the
 * invitations.
 */
export async function buildMeeting(url: string, family = "Kovács"): Promise<MeetingWorld> {
  const admin = await new Api(url).signIn(ADMIN.email, ADMIN.password);
  const manager = await createStaff(admin, `Anna Szabó ${tag()}`);
  const api = await new Api(url).signIn(manager.email, manager.password);

  const facilitatorPerson = await createPerson(api, "Éva Tóth");
  const noteTakerPerson = await createPerson(api, "Petra Molnár");
  const guestName = `Gábor Kiss ${tag()}`;
  const guestPerson = await createPerson(api, guestName, "SCHOOL_COUNSELLOR");
  const facilitator = await createStaff(admin, "Éva Tóth", facilitatorPerson);
  const noteTaker = await createStaff(admin, "Petra Molnár", noteTakerPerson);

  const kase = await api.gql<{ createCase: { id: string } }>(
    `mutation ($i: CaseInput!) { createCase(input: $i) { id } }`,
    {
      i: { familyName: family, reference: `E2E-${tag()}`, children: [{ fullName: "Bence", birthDate: "2016-04-02" }] },
    },
  );
  const purpose = `Agree how ${family} family's children can be supported at school`;
  const conference = await api.gql<{ createConference: { id: string } }>(
    `mutation ($i: ConferenceInput!) { createConference(input: $i) { id } }`,
    { i: { caseId: kase.createCase.id, purpose, scheduledStart: new Date(Date.now() + 3600_000).toISOString() } },
  );
  const conferenceId = conference.createConference.id;
  const seat = async (personId: string, role: string) =>
    (
      await api.gql<{ addParticipant: { id: string } }>(
        `mutation ($c: ID!, $i: ParticipantInput!) { addParticipant(conferenceId: $c, input: $i) { id } }`,
        { c: conferenceId, i: { personId, role } },
      )
    ).addParticipant.id;
  await seat(facilitatorPerson, "FACILITATOR");
  await seat(noteTakerPerson, "NOTE_TAKER");
  const guestSeat = await seat(guestPerson, "PROFESSIONAL");

  const agenda = ["Welcome and confidentiality", "What is going well", "Next steps"];
  for (const title of agenda) {
    await api.gql(`mutation ($c: ID!, $i: AgendaItemInput!) { addAgendaItem(conferenceId: $c, input: $i) { id } }`, {
      c: conferenceId,
      i: { title, timeboxMinutes: 15 },
    });
  }
  await api.gql(`mutation ($id: ID!) { transitionConference(id: $id, to: INVITED) { id } }`, { id: conferenceId });
  const link = await api.gql<{ issueGuestLink: { url: string } }>(
    `mutation ($p: ID!) { issueGuestLink(participantId: $p) { url } }`,
    { p: guestSeat },
  );
  return {
    caseId: kase.createCase.id,
    conferenceId,
    purpose,
    agenda,
    manager,
    facilitator,
    noteTaker,
    guest: { name: guestName, participantId: guestSeat, joinPath: new URL(link.issueGuestLink.url).pathname },
  };
}
