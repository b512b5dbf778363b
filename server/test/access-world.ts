import { randomBytes } from "node:crypto";
import {
  addAgendaItem,
  addParticipant,
  buildCase,
  buildConference,
  buildPerson,
  buildTask,
  issueGuestLink,
} from "./factories.js";
import type { TestClient, TestServer } from "./server.js";

/** The six callers the access matrix checks every operation for. */
export const ACTORS = ["anonymous", "admin", "managerA", "staffB", "guestA", "guestB"] as const;
export type ActorName = (typeof ACTORS)[number];

const hex = () => randomBytes(4).toString("hex");

/**
 * Two cases, each with a conference and an invited guest, and one caller of each kind. Names
 * carry unique markers so a response can be searched for what its reader must not learn.
 */
export async function buildAccessWorld(s: TestServer) {
  const [admin, managerA, staffB] = await Promise.all([s.staff({ role: "admin" }), s.staff(), s.staff()]);

  async function side(owner: TestClient, letter: "A" | "B") {
    const tag = `${letter}${hex()}`;
    const kase = await buildCase(owner, { familyName: `Family${tag}`, reference: `REF-${tag}` });
    const reporter = `Reporter Rozalia ${tag}`;
    await owner.gql(`mutation ($c: ID!, $r: CaseReporterInput) { setCaseReporter(caseId: $c, input: $r) }`, {
      c: kase.id,
      r: { name: reporter, contact: "+36 1 555 0199" },
    });
    const purpose = `Purpose ${tag}`;
    const conference = await buildConference(owner, { caseId: kase.id, purpose });
    await addParticipant(owner, conference.id, "FACILITATOR");
    const guestSeat = await addParticipant(owner, conference.id, "PROFESSIONAL");
    const spareSeat = await addParticipant(owner, conference.id, "PROFESSIONAL");
    const agendaItem = await addAgendaItem(owner, conference.id, "What is going well");
    const task = await buildTask(owner, {
      caseId: kase.id,
      agreedInId: conference.id,
      ownerParticipantId: guestSeat.id,
    });
    const link = await issueGuestLink(owner, guestSeat.id);
    return {
      case: kase,
      conference,
      guestSeat,
      spareSeat,
      agendaItem,
      task,
      token: link.token,
      markers: { case: [kase.familyName, kase.reference], purpose, reporter },
    };
  }

  const A = await side(managerA, "A");
  const B = await side(staffB, "B");
  const [guestA, guestB] = await Promise.all([s.guest(A.token), s.guest(B.token)]);
  const person = await buildPerson(managerA);
  const institution = await admin.gql<{ createInstitution: { id: string } }>(
    `mutation { createInstitution(input: { name: "Riverside School", kind: SCHOOL }) { id } }`,
  );
  const spare = await s.staff();

  const actors: Record<ActorName, TestClient> = {
    anonymous: s.anonymous(),
    admin,
    managerA,
    staffB,
    guestA,
    guestB,
  };

  /** A new session like the actor's, for operations that end sessions or open new ones. */
  async function fresh(name: ActorName): Promise<TestClient> {
    switch (name) {
      case "anonymous":
        return s.anonymous();
      case "admin":
        return s.staff({ role: "admin" });
      case "managerA":
      case "staffB":
        return s.staff();
      case "guestA":
        return s.guest(A.token);
      case "guestB":
        return s.guest(B.token);
    }
  }

  /** What each caller must never read in any answer. */
  const all = [...A.markers.case, ...B.markers.case, A.markers.purpose, B.markers.purpose];
  const forbidden: Record<ActorName, string[]> = {
    anonymous: [...all, A.markers.reporter, B.markers.reporter],
    admin: [...all, A.markers.reporter, B.markers.reporter],
    managerA: [...B.markers.case, B.markers.purpose, B.markers.reporter],
    staffB: [...A.markers.case, A.markers.purpose, A.markers.reporter],
    guestA: [...A.markers.case, A.markers.reporter, ...B.markers.case, B.markers.purpose, B.markers.reporter],
    guestB: [...B.markers.case, B.markers.reporter, ...A.markers.case, A.markers.purpose, A.markers.reporter],
  };

  return {
    s,
    actors,
    fresh,
    A,
    B,
    admin,
    managerA,
    staffB,
    person,
    institutionId: institution.createInstitution.id,
    spare,
    forbidden,
  };
}

export type AccessWorld = Awaited<ReturnType<typeof buildAccessWorld>>;
