/**
 * The domain's closed vocabularies, shared by server (GraphQL enums, DB checks) and client.
 * Values are stable wire and storage identifiers: never rename one, add a new one.
 */

export const CONFERENCE_KINDS = ["conference", "consultation", "inter_professional"] as const;
export type ConferenceKind = (typeof CONFERENCE_KINDS)[number];

export const CONFERENCE_STATUSES = ["draft", "invited", "live", "signing", "closed", "cancelled"] as const;
export type ConferenceStatus = (typeof CONFERENCE_STATUSES)[number];

export const LANGUAGES = ["en", "hu", "cs"] as const;
export type Language = (typeof LANGUAGES)[number];

export const PARTICIPANT_ROLES = [
  "organiser",
  "facilitator",
  "note_taker",
  "professional",
  "parent",
  "child",
  "relative",
  "supporter",
  "observer",
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const INVITATION_STATES = ["not_sent", "sent", "accepted", "declined"] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

export const ATTENDANCES = ["in_room", "remote", "absent", "excused"] as const;
export type Attendance = (typeof ATTENDANCES)[number];

export const TASK_STATUSES = ["open", "in_progress", "done", "dropped"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
/** Tasks still to be followed up: reviewed at the next conference of the series. */
export const OPEN_TASK_STATUSES: readonly TaskStatus[] = ["open", "in_progress"];

export const CASE_STATUSES = ["open", "closed"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Facts about a case that change who must be invited (DOMAIN.md, "Mandatory invitees"). */
export const CASE_FLAGS = [
  "preventive_probation",
  "juvenile_probation",
  "crime_prevention_risk_medium_or_higher",
] as const;
export type CaseFlag = (typeof CASE_FLAGS)[number];

export const PERSON_KINDS = ["professional", "family"] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

/** What a professional does; the invitee rules match on it. */
export const PROFESSIONS = [
  "case_manager",
  "family_support_worker",
  "signalling_system_advisor",
  "health_visitor",
  "nursery_worker",
  "kindergarten_teacher",
  "school_child_protection_officer",
  "school_counsellor",
  "teacher",
  "educational_counsellor",
  "paediatrician",
  "general_practitioner",
  "psychologist",
  "psychiatrist",
  "preventive_probation_officer",
  "probation_officer",
  "youth_curator",
  "facilitator",
  "other",
] as const;
export type Profession = (typeof PROFESSIONS)[number];

export const INSTITUTION_KINDS = [
  "family_child_welfare_service",
  "family_child_welfare_centre",
  "child_protection_authority",
  "health_visitor_service",
  "nursery",
  "kindergarten",
  "school",
  "educational_counselling",
  "health_care",
  "probation_service",
  "police",
  "leisure_centre",
  "other",
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];
