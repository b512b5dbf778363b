import type {
  Attendance,
  ConferenceKind,
  ConferenceStatus,
  InvitationState,
  Language,
  ParticipantRole,
  Profession,
} from "@roundtable/shared";
import { IsOptional, IsUrl, IsUUID, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import {
  GqlAttendance,
  GqlConferenceKind,
  GqlConferenceStatus,
  GqlInvitationState,
  GqlLanguage,
  GqlParticipantRole,
  GqlProfession,
} from "../graphql/enums.js";
import { Connection } from "../graphql/pagination.js";
import { LONG_TEXT, NotBlank, SHORT_TEXT } from "../graphql/validation.js";

@ObjectType("Conference")
export class ConferenceType {
  @Field(() => ID)
  id: string;

  @Field(() => GqlConferenceKind)
  kind: ConferenceKind;

  @Field(() => String, { description: "What the meeting is for, stated positively." })
  purpose: string;

  @Field(() => Date, { nullable: true })
  scheduledStart: Date | null;

  @Field(() => Int)
  plannedDurationMinutes: number;

  @Field(() => String, { nullable: true })
  place: string | null;

  @Field(() => String, { nullable: true })
  onlineLink: string | null;

  @Field(() => Int, { description: "1 for the case's first conference, then 2, 3, …" })
  seriesIndex: number;

  @Field(() => GqlLanguage)
  language: Language;

  @Field(() => GqlConferenceStatus)
  status: ConferenceStatus;

  @Field(() => Date)
  statusChangedAt: Date;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  caseId: string;
}

@ObjectType()
export class ConferenceConnection extends Connection(ConferenceType, "Conference") {}

@ObjectType("Participant")
export class ParticipantType {
  @Field(() => ID)
  id: string;

  @Field(() => GqlParticipantRole)
  role: ParticipantRole;

  @Field(() => GqlInvitationState)
  invitationState: InvitationState;

  @Field(() => GqlAttendance, { nullable: true, description: "Null until attendance is taken." })
  attendance: Attendance | null;

  @Field(() => Date, { nullable: true })
  joinedAt: Date | null;

  @Field(() => Date, { nullable: true })
  leftAt: Date | null;

  @Field(() => Date, { nullable: true })
  confidentialityAcknowledgedAt: Date | null;

  @Field(() => Date, { nullable: true })
  signedAt: Date | null;

  conferenceId: string;
  personId: string;
}

@ObjectType("AgendaItem")
export class AgendaItemType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => Int)
  timeboxMinutes: number;

  @Field(() => Int, { description: "0-based order." })
  position: number;

  @Field(() => ID, {
    nullable: true,
    description: "The task this item reviews, for items planned from the last meeting.",
  })
  reviewsTaskId: string | null;
}

@ObjectType("InviteeRequirement")
export class InviteeRequirementType {
  @Field(() => String, {
    description: "preventive_probation_officer, probation_service or signalling_advisor_or_case_manager.",
  })
  code: string;

  @Field(() => [GqlProfession], { description: "Any one of these professions meets it." })
  professions: readonly Profession[];
}

@ObjectType("ConferenceAccess", { description: "What the caller may do with this conference, as the policy decides." })
export class ConferenceAccessType {
  @Field(() => ID, { nullable: true, description: "The caller's own seat at this conference, if they have one." })
  participantId: string | null;

  @Field(() => GqlParticipantRole, { nullable: true })
  role: ParticipantRole | null;

  @Field(() => Boolean, { description: "May change the conference's preparation: time, place, people, agenda." })
  canPrepare: boolean;

  @Field(() => Boolean, { description: "May run the meeting: start, move on, close, mark attendance." })
  canRun: boolean;

  @Field(() => Boolean, {
    description: "May write in the live meeting document now (it is open and the caller is not an observer).",
  })
  canEditLive: boolean;
}

@ObjectType("InviteeHints", { description: "Warnings for the organiser; they do not block sending invitations." })
export class InviteeHintsType {
  @Field(() => [InviteeRequirementType], { description: "Required by the case's flags but not yet invited." })
  missing: InviteeRequirementType[];

  @Field(() => Int)
  professionalCount: number;

  @Field(() => Int)
  minimumProfessionals: number;

  @Field(() => Boolean, { description: "At least three professionals, for a case conference." })
  meetsProfessionalMinimum: boolean;
}

const DURATION = { min: 15, max: 8 * 60 };
const URL_RULE = { protocols: ["https", "http"], require_protocol: true };

@InputType()
export class ConferenceInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be a case id" })
  caseId: string;

  @Field(() => GqlConferenceKind, { nullable: true })
  kind?: ConferenceKind;

  @Field(() => String)
  @NotBlank()
  @MaxLength(LONG_TEXT)
  purpose: string;

  @Field(() => Date, { nullable: true })
  scheduledStart?: Date | null;

  @Field(() => Int, { nullable: true, description: "Minutes; 180 (three hours) unless said." })
  @IsOptional()
  @Min(DURATION.min)
  @Max(DURATION.max)
  plannedDurationMinutes?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHORT_TEXT)
  place?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(URL_RULE, { message: "must be a web address (https://…)" })
  @MaxLength(1000)
  onlineLink?: string | null;

  @Field(() => GqlLanguage, { nullable: true })
  language?: Language;
}

@InputType()
export class ConferencePatch {
  @Field(() => GqlConferenceKind, { nullable: true })
  kind?: ConferenceKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(LONG_TEXT)
  purpose?: string;

  @Field(() => Date, { nullable: true })
  scheduledStart?: Date | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(DURATION.min)
  @Max(DURATION.max)
  plannedDurationMinutes?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHORT_TEXT)
  place?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(URL_RULE, { message: "must be a web address (https://…)" })
  @MaxLength(1000)
  onlineLink?: string | null;

  @Field(() => GqlLanguage, { nullable: true })
  language?: Language;
}

@InputType()
export class ConferenceFilter {
  @Field(() => Date, { nullable: true, description: "Scheduled at or after." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Scheduled before." })
  to?: Date | null;

  @Field(() => GqlConferenceStatus, { nullable: true })
  status?: ConferenceStatus | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "must be a case id" })
  caseId?: string | null;
}

@InputType()
export class ParticipantInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be a person id" })
  personId: string;

  @Field(() => GqlParticipantRole)
  role: ParticipantRole;
}

@InputType()
export class ParticipantPatch {
  @Field(() => GqlParticipantRole, { nullable: true })
  role?: ParticipantRole;

  @Field(() => GqlInvitationState, { nullable: true })
  invitationState?: InvitationState;

  @Field(() => GqlAttendance, { nullable: true })
  attendance?: Attendance | null;

  @Field(() => Date, { nullable: true })
  joinedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  leftAt?: Date | null;
}

@InputType()
export class AgendaItemInput {
  @Field(() => String)
  @NotBlank()
  @MaxLength(SHORT_TEXT)
  title: string;

  @Field(() => Int)
  @Min(1)
  @Max(240)
  timeboxMinutes: number;
}

@InputType()
export class AgendaItemPatch {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(SHORT_TEXT)
  title?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(240)
  timeboxMinutes?: number;
}
