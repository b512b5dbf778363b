import type { ParticipantRole, Profession } from "@roundtable/shared";
import { In, IsNull, type EntityManager } from "typeorm";
import { Account } from "../auth/account.entity.js";
import { Case } from "../cases/case.entity.js";
import type { Conference } from "../conferences/conference.entity.js";
import { Participant } from "../conferences/participant.entity.js";
import { Institution } from "../institutions/institution.entity.js";
import { Person } from "../persons/person.entity.js";
import type { LetterPerson } from "./letter.js";

/** One participant as the letters see them. */
export interface Seat {
  participant: Participant;
  person: Person;
  institution: string | null;
  /** Has a staff account: joins from the conference page after signing in, needs no guest link. */
  staff: boolean;
  /** Where their mail goes: the person's address, else their account's; null: not reachable by e-mail. */
  email: string | null;
}

/** Who signs the letters: the organiser's seat, else the case manager, else who sent them. */
export interface Organiser {
  name: string;
  profession: Profession | null;
  service: string | null;
  email: string | null;
}

/** What every letter about one conference needs, read once per change. */
export interface InvitationContext {
  conference: Conference;
  reference: string;
  organiser: Organiser;
  seats: Seat[];
}

/** Roles that are the family's whatever the person record says: never named in a letter. */
const FAMILY_ROLES: readonly ParticipantRole[] = ["parent", "child", "relative"];

export function letterPerson(seat: Seat): LetterPerson {
  return {
    name: seat.person.fullName,
    role: seat.participant.role,
    institution: seat.institution,
    family: seat.person.kind === "family" || FAMILY_ROLES.includes(seat.participant.role),
  };
}

export async function loadInvitationContext(
  em: EntityManager,
  conference: Conference,
  sender: { accountId: string } | null,
): Promise<InvitationContext> {
  const kase = await em.getRepository(Case).findOneByOrFail({ id: conference.caseId });
  // In the order the conference page shows: organiser, facilitator, note taker, professionals, family.
  const participants = await em.getRepository(Participant).find({
    where: { conferenceId: conference.id },
    order: { role: "ASC", createdAt: "ASC", id: "ASC" },
  });
  const personIds = [
    ...new Set([...participants.map((p) => p.personId), ...(kase.caseManagerId ? [kase.caseManagerId] : [])]),
  ];
  const persons = personIds.length ? await em.getRepository(Person).findBy({ id: In(personIds) }) : [];
  const institutionIds = [...new Set(persons.flatMap((p) => (p.institutionId ? [p.institutionId] : [])))];
  const institutions = institutionIds.length
    ? await em.getRepository(Institution).findBy({ id: In(institutionIds) })
    : [];
  const accounts = personIds.length
    ? await em.getRepository(Account).findBy({ personId: In(personIds), disabledAt: IsNull() })
    : [];
  const personById = new Map(persons.map((p) => [p.id, p]));
  const institutionName = (person: Person | undefined) =>
    institutions.find((i) => i.id === person?.institutionId)?.name ?? null;
  const accountOf = (personId: string) => accounts.find((a) => a.personId === personId);

  const seats = participants.flatMap((participant): Seat[] => {
    const person = personById.get(participant.personId);
    if (!person) return [];
    const account = accountOf(person.id);
    return [
      {
        participant,
        person,
        institution: institutionName(person),
        staff: account !== undefined,
        email: person.email?.trim() || account?.email || null,
      },
    ];
  });

  const organiserPerson =
    seats.find((s) => s.participant.role === "organiser")?.person ??
    (kase.caseManagerId ? personById.get(kase.caseManagerId) : undefined);
  let organiser: Organiser;
  if (organiserPerson) {
    organiser = {
      name: organiserPerson.fullName,
      profession: organiserPerson.profession,
      service: institutionName(organiserPerson),
      email: organiserPerson.email?.trim() || accountOf(organiserPerson.id)?.email || null,
    };
  } else {
    // No organiser seat and no case manager: the staff member who sent the invitations signs.
    const account = sender ? await em.getRepository(Account).findOneBy({ id: sender.accountId }) : null;
    organiser = {
      name: account?.displayName ?? "Roundtable",
      profession: null,
      service: null,
      email: account?.email ?? null,
    };
  }
  return { conference, reference: kase.reference, organiser, seats };
}
