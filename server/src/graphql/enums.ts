import {
  ATTENDANCES,
  CASE_FLAGS,
  CASE_STATUSES,
  CONFERENCE_KINDS,
  CONFERENCE_STATUSES,
  INSTITUTION_KINDS,
  INVITATION_STATES,
  LANGUAGES,
  PARTICIPANT_ROLES,
  PERSON_KINDS,
  PROFESSIONS,
  READINESS_PROBLEMS,
  TASK_STATUSES,
} from "@roundtable/shared";
import { registerEnumType } from "type-graphql";
import { AUDIT_OUTCOMES } from "../audit/audit-entry.entity.js";
import { ACCOUNT_ROLES } from "../auth/account.entity.js";

/** GraphQL enums from the shared vocabularies: names in UPPER_CASE on the wire, values as stored. */
function gqlEnum<const V extends string>(values: readonly V[], name: string, description: string) {
  const e = Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as { [K in V as Uppercase<K>]: K };
  registerEnumType(e, { name, description });
  return e;
}

export const GqlConferenceKind = gqlEnum(
  CONFERENCE_KINDS,
  "ConferenceKind",
  "Case conference, case consultation (professionals only) or inter-professional meeting.",
);
export const GqlConferenceStatus = gqlEnum(
  CONFERENCE_STATUSES,
  "ConferenceStatus",
  "draft → invited → live → signing → closed; cancelled from draft or invited.",
);
export const GqlLanguage = gqlEnum(LANGUAGES, "Language", "The language of a conference's letters, minutes and PDF.");
export const GqlParticipantRole = gqlEnum(
  PARTICIPANT_ROLES,
  "ParticipantRole",
  "What a person does in one conference.",
);
export const GqlInvitationState = gqlEnum(
  INVITATION_STATES,
  "InvitationState",
  "Where a participant's invitation stands.",
);
export const GqlAttendance = gqlEnum(
  ATTENDANCES,
  "Attendance",
  "How a participant took part: in the room, remote, absent or excused.",
);
export const GqlTaskStatus = gqlEnum(
  TASK_STATUSES,
  "TaskStatus",
  "A task of the cooperation plan: open, in progress, done or dropped.",
);
export const GqlCaseStatus = gqlEnum(CASE_STATUSES, "CaseStatus", "Whether case work goes on.");
export const GqlCaseFlag = gqlEnum(CASE_FLAGS, "CaseFlag", "Facts about a case that decide who must be invited.");
export const GqlPersonKind = gqlEnum(PERSON_KINDS, "PersonKind", "A professional or a member of the family.");
export const GqlProfession = gqlEnum(
  PROFESSIONS,
  "Profession",
  "What a professional does; the invitee rules match on it.",
);
export const GqlInstitutionKind = gqlEnum(
  INSTITUTION_KINDS,
  "InstitutionKind",
  "The kind of institution a professional works for.",
);
export const GqlReadinessProblem = gqlEnum(
  READINESS_PROBLEMS,
  "ReadinessProblem",
  "Why a draft conference cannot be sent out yet.",
);

export const GqlAccountRole = gqlEnum(
  ACCOUNT_ROLES,
  "AccountRole",
  "Administrators manage accounts and institutions; staff work on their cases.",
);
export const GqlAuditOutcome = gqlEnum(AUDIT_OUTCOMES, "AuditOutcome", "Whether the action went through.");
