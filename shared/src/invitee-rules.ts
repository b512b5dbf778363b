import type { CaseFlag, ConferenceKind, PersonKind, Profession } from "./enums.js";

/**
 * Who must be invited, from the case's flags (DOMAIN.md: 003 § 9 (3), 002 § 5).
 * A requirement is met by any invited participant with one of its professions.
 */
export interface InviteeRequirement {
  code: "preventive_probation_officer" | "probation_service" | "signalling_advisor_or_case_manager";
  professions: readonly Profession[];
}

const PREVENTIVE_PROBATION: InviteeRequirement = {
  code: "preventive_probation_officer",
  professions: ["preventive_probation_officer"],
};
const PROBATION_SERVICE: InviteeRequirement = {
  code: "probation_service",
  professions: ["probation_officer"],
};
const SIGNALLING_ADVISOR_OR_CASE_MANAGER: InviteeRequirement = {
  code: "signalling_advisor_or_case_manager",
  professions: ["signalling_system_advisor", "case_manager"],
};

export function requiredInvitees(flags: readonly CaseFlag[]): InviteeRequirement[] {
  const required = [SIGNALLING_ADVISOR_OR_CASE_MANAGER];
  if (flags.includes("preventive_probation")) required.push(PREVENTIVE_PROBATION);
  if (flags.includes("juvenile_probation") || flags.includes("crime_prevention_risk_medium_or_higher")) {
    required.push(PROBATION_SERVICE);
  }
  return required;
}

export interface InvitedPerson {
  kind: PersonKind;
  profession: Profession | null;
}

export function missingInvitees(flags: readonly CaseFlag[], invited: readonly InvitedPerson[]): InviteeRequirement[] {
  const professions = new Set(invited.map((p) => p.profession));
  return requiredInvitees(flags).filter((r) => !r.professions.some((p) => professions.has(p)));
}

/** A case conference brings the family together with at least three professionals (DOMAIN.md). */
export const MIN_PROFESSIONALS = 3;

export function professionalCount(invited: readonly InvitedPerson[]): number {
  return invited.filter((p) => p.kind === "professional").length;
}

export function meetsProfessionalMinimum(kind: ConferenceKind, invited: readonly InvitedPerson[]): boolean {
  // Only the family-inclusive case conference carries the rule of three.
  return kind !== "conference" || professionalCount(invited) >= MIN_PROFESSIONALS;
}
