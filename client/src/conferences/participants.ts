import { PROFESSIONS as SHARED_PROFESSIONS } from "@roundtable/shared";
import { toApi, type ParticipantRole } from "../graphql/enums";
import type { PersonKind } from "../graphql/generated/graphql";

/** Every profession, as the API spells them, in shared's order. */
export const PROFESSIONS = SHARED_PROFESSIONS.map(toApi);

/** The roles in the order a meeting is organised: who leads and writes first, then the family. */
export const ROLES: readonly ParticipantRole[] = [
  "ORGANISER",
  "FACILITATOR",
  "NOTE_TAKER",
  "PROFESSIONAL",
  "PARENT",
  "CHILD",
  "RELATIVE",
  "SUPPORTER",
  "OBSERVER",
];

/** The role a person most likely has when added: a professional represents their institution. */
export function defaultRoleFor(kind: PersonKind): ParticipantRole {
  return kind === "PROFESSIONAL" ? "PROFESSIONAL" : "PARENT";
}

interface Seat {
  role: ParticipantRole;
  person: { fullName: string };
}

/** Participants by role (in ROLES order), then by name. */
export function sortParticipants<T extends Seat>(participants: readonly T[], locale: string): T[] {
  const rank = (role: ParticipantRole) => ROLES.indexOf(role);
  return [...participants].sort(
    (a, b) => rank(a.role) - rank(b.role) || a.person.fullName.localeCompare(b.person.fullName, locale),
  );
}

/** Persons already seated are not offered again: the API would refuse them as duplicates. */
export function notYetInvited<P extends { id: string }>(
  persons: readonly P[],
  participants: readonly { person: { id: string } }[],
): P[] {
  const seated = new Set(participants.map((p) => p.person.id));
  return persons.filter((p) => !seated.has(p.id));
}
