/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Administrators manage accounts and institutions; staff work on their cases. */
export type AccountRole =
  | 'ADMIN'
  | 'STAFF';

/** CONFERENCE: the meeting itself (dated when it was held, or when it is scheduled). INVITATIONS_SENT, INVITATION_UPDATE_SENT, MINUTES_REOPENED, MINUTES_CLOSED, MINUTES_SENT, CANCELLED: what followed from it. */
export type ActivityKind =
  | 'CANCELLED'
  | 'CONFERENCE'
  | 'INVITATIONS_SENT'
  | 'INVITATION_UPDATE_SENT'
  | 'MINUTES_CLOSED'
  | 'MINUTES_REOPENED'
  | 'MINUTES_SENT';

export type AgendaItemInput = {
  timeboxMinutes: number;
  title: string;
};

export type AgendaItemPatch = {
  timeboxMinutes?: number | null | undefined;
  title?: string | null | undefined;
};

/** How a participant took part: in the room, remote, absent or excused. */
export type Attendance =
  | 'ABSENT'
  | 'EXCUSED'
  | 'IN_ROOM'
  | 'REMOTE';

export type CaseFilter = {
  /** Matches any part of the reference or the family name. */
  search?: string | null | undefined;
  status?: CaseStatus | null | undefined;
};

/** Whether case work goes on. */
export type CaseStatus =
  | 'CLOSED'
  | 'OPEN';

export type ConferenceInput = {
  caseId: string | number;
  kind?: ConferenceKind | null | undefined;
  language?: Language | null | undefined;
  onlineLink?: string | null | undefined;
  place?: string | null | undefined;
  /** Minutes; 180 (three hours) unless said. */
  plannedDurationMinutes?: number | null | undefined;
  purpose: string;
  scheduledStart?: string | null | undefined;
};

/** Case conference, case consultation (professionals only) or inter-professional meeting. */
export type ConferenceKind =
  | 'CONFERENCE'
  | 'CONSULTATION'
  | 'INTER_PROFESSIONAL';

export type ConferencePatch = {
  kind?: ConferenceKind | null | undefined;
  language?: Language | null | undefined;
  onlineLink?: string | null | undefined;
  place?: string | null | undefined;
  plannedDurationMinutes?: number | null | undefined;
  purpose?: string | null | undefined;
  scheduledStart?: string | null | undefined;
};

/** draft → invited → live → signing → closed; cancelled from draft or invited. */
export type ConferenceStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'DRAFT'
  | 'INVITED'
  | 'LIVE'
  | 'SIGNING';

/** TASK: an open task's due date. MINUTES: the minutes of an ended meeting, due MINUTES_DUE_WORKING_DAYS working days after it (met when closed). NEXT_CONFERENCE: the next meeting of the series, due NEXT_CONFERENCE_WEEKS after the last one held. EVALUATION: case work evaluated with the family, EVALUATION_MONTHS after the case opened or the last case conference the family took part in. */
export type DeadlineKind =
  | 'EVALUATION'
  | 'MINUTES'
  | 'NEXT_CONFERENCE'
  | 'TASK';

/** The kind of institution a professional works for. */
export type InstitutionKind =
  | 'CHILD_PROTECTION_AUTHORITY'
  | 'EDUCATIONAL_COUNSELLING'
  | 'FAMILY_CHILD_WELFARE_CENTRE'
  | 'FAMILY_CHILD_WELFARE_SERVICE'
  | 'HEALTH_CARE'
  | 'HEALTH_VISITOR_SERVICE'
  | 'KINDERGARTEN'
  | 'LEISURE_CENTRE'
  | 'NURSERY'
  | 'OTHER'
  | 'POLICE'
  | 'PROBATION_SERVICE'
  | 'SCHOOL';

/** The invitation, an update of its time or place, or the cancellation. */
export type InvitationLetter =
  | 'INVITATION'
  | 'INVITATION_CANCELLATION'
  | 'INVITATION_UPDATE';

/** Where a participant's invitation stands. */
export type InvitationState =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'NOT_SENT'
  | 'SENT';

/** The language of a conference's letters, minutes and PDF. */
export type Language =
  | 'CS'
  | 'EN'
  | 'HU';

/** What a message is: an invitation, the minutes, a reminder… */
export type MailKind =
  | 'DEADLINE_REMINDER'
  | 'INVITATION'
  | 'INVITATION_CANCELLATION'
  | 'INVITATION_UPDATE'
  | 'MINUTES'
  | 'TASK_REMINDER';

export type MailOutboxFilter = {
  kind?: MailKind | null | undefined;
  status?: MailStatus | null | undefined;
};

/** queued (waiting, or waiting to be tried again) → sending → sent; failed: given up after the last attempt. */
export type MailStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'SENDING'
  | 'SENT';

/** Sign the minutes, or instead record a dissent or ask for a correction (both with a note). */
export type MinutesAnswer =
  | 'CORRECTION_REQUESTED'
  | 'DISSENT'
  | 'SIGNED';

export type MinutesAnswerInput = {
  /** SIGNED unless said. */
  answer?: MinutesAnswer | null | undefined;
  /** Required for a dissent or a correction request. */
  note?: string | null | undefined;
};

export type ParticipantInput = {
  personId: string | number;
  role: ParticipantRole;
};

export type ParticipantPatch = {
  attendance?: Attendance | null | undefined;
  invitationState?: InvitationState | null | undefined;
  joinedAt?: string | null | undefined;
  leftAt?: string | null | undefined;
  role?: ParticipantRole | null | undefined;
};

/** What a person does in one conference. */
export type ParticipantRole =
  | 'CHILD'
  | 'FACILITATOR'
  | 'NOTE_TAKER'
  | 'OBSERVER'
  | 'ORGANISER'
  | 'PARENT'
  | 'PROFESSIONAL'
  | 'RELATIVE'
  | 'SUPPORTER';

export type PersonInput = {
  email?: string | null | undefined;
  fullName: string;
  institutionId?: string | number | null | undefined;
  kind: PersonKind;
  phone?: string | null | undefined;
  profession?: Profession | null | undefined;
  relationship?: string | null | undefined;
};

/** A professional or a member of the family. */
export type PersonKind =
  | 'FAMILY'
  | 'PROFESSIONAL';

/** What a professional does; the invitee rules match on it. */
export type Profession =
  | 'CASE_MANAGER'
  | 'EDUCATIONAL_COUNSELLOR'
  | 'FACILITATOR'
  | 'FAMILY_SUPPORT_WORKER'
  | 'GENERAL_PRACTITIONER'
  | 'HEALTH_VISITOR'
  | 'KINDERGARTEN_TEACHER'
  | 'NURSERY_WORKER'
  | 'OTHER'
  | 'PAEDIATRICIAN'
  | 'PREVENTIVE_PROBATION_OFFICER'
  | 'PROBATION_OFFICER'
  | 'PSYCHIATRIST'
  | 'PSYCHOLOGIST'
  | 'SCHOOL_CHILD_PROTECTION_OFFICER'
  | 'SCHOOL_COUNSELLOR'
  | 'SIGNALLING_SYSTEM_ADVISOR'
  | 'TEACHER'
  | 'YOUTH_CURATOR';

/** Why a draft conference cannot be sent out yet. */
export type ReadinessProblem =
  | 'FACILITATOR_MISSING'
  | 'NO_PARTICIPANTS'
  | 'PURPOSE_MISSING'
  | 'TIME_MISSING';

/** QUEUED to the mail queue, or NO_ADDRESS: the owner has no e-mail address, so nobody was reminded. */
export type ReminderOutcome =
  | 'NO_ADDRESS'
  | 'QUEUED';

/** Before the due date, or overdue. */
export type ReminderTiming =
  | 'BEFORE_DUE'
  | 'OVERDUE';

/** A present participant's answer to a minutes version; MISSING when it was closed without one. */
export type SignatureOutcome =
  | 'CORRECTION_REQUESTED'
  | 'DISSENT'
  | 'MISSING'
  | 'SIGNED';

/** My tasks: ownerPersonId. Overdue: statuses OPEN and IN_PROGRESS, dueBefore today. */
export type TaskFilter = {
  caseId?: string | number | null | undefined;
  /** Due strictly before this date. */
  dueBefore?: string | null | undefined;
  ownerPersonId?: string | number | null | undefined;
  statuses?: Array<TaskStatus> | null | undefined;
};

/** A task of the cooperation plan: open, in progress, done or dropped. */
export type TaskStatus =
  | 'DONE'
  | 'DROPPED'
  | 'IN_PROGRESS'
  | 'OPEN';

export type CaseListCasesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: CaseFilter | null | undefined;
}>;


export type CaseListCasesQuery = { cases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, reference: string, familyName: string, status: CaseStatus, caseManager: { id: string, fullName: string } | null, children: Array<{ id: string }>, conferences: Array<{ id: string, seriesIndex: number, kind: ConferenceKind, status: ConferenceStatus, scheduledStart: string | null }>, openTasks: Array<{ id: string }> }> } };

export type CasePageCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CasePageCaseQuery = { case: { id: string, reference: string, familyName: string, status: CaseStatus, caseManager: { id: string, fullName: string, profession: Profession | null, institution: { id: string, name: string } | null } | null, children: Array<{ id: string, fullName: string, birthDate: string }>, team: Array<{ id: string, displayName: string }>, professionals: Array<{ id: string, fullName: string, profession: Profession | null, institution: { id: string, name: string, kind: InstitutionKind } | null }>, conferences: Array<{ id: string, seriesIndex: number, kind: ConferenceKind, status: ConferenceStatus, scheduledStart: string | null, purpose: string }>, openTasks: Array<{ id: string, title: string, dueDate: string | null, overdue: boolean, status: TaskStatus, ownerPerson: { id: string, fullName: string } | null, agreedIn: { id: string, seriesIndex: number } | null }> } };

export type CasePageReporterQueryVariables = Exact<{
  id: string | number;
}>;


export type CasePageReporterQuery = { case: { id: string, reporter: { name: string, contact: string | null, note: string | null, reportedOn: string | null } | null } };

export type CasePageStaffMembersQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type CasePageStaffMembersQuery = { staffMembers: { nodes: Array<{ id: string, displayName: string }> } };

export type CasePageAddTeamMemberMutationVariables = Exact<{
  caseId: string | number;
  accountId: string | number;
}>;


export type CasePageAddTeamMemberMutation = { addCaseTeamMember: Array<{ id: string, displayName: string }> };

export type CasePageRemoveTeamMemberMutationVariables = Exact<{
  caseId: string | number;
  accountId: string | number;
}>;


export type CasePageRemoveTeamMemberMutation = { removeCaseTeamMember: Array<{ id: string, displayName: string }> };

export type CasePagePlanNextMutationVariables = Exact<{
  caseId: string | number;
}>;


export type CasePagePlanNextMutation = { planNextConference: { id: string } };

export type CasePageConferenceChangedSubscriptionVariables = Exact<{
  caseId: string | number;
}>;


export type CasePageConferenceChangedSubscription = { conferenceChanged: { id: string } };

export type CasePageTaskChangedSubscriptionVariables = Exact<{
  caseId: string | number;
}>;


export type CasePageTaskChangedSubscription = { taskChanged: { id: string } };

export type ConferenceNewCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type ConferenceNewCaseQuery = { case: { id: string, familyName: string, reference: string } };

export type ConferenceCreateMutationVariables = Exact<{
  input: ConferenceInput;
}>;


export type ConferenceCreateMutation = { createConference: { id: string } };

export type ConferencePersonFragment = { id: string, fullName: string, kind: PersonKind, profession: Profession | null, relationship: string | null, institution: { id: string, name: string } | null };

export type ConferenceMeetingFragment = { kind: ConferenceKind, purpose: string, scheduledStart: string | null, scheduledEnd: string | null, plannedDurationMinutes: number, place: string | null, onlineLink: string | null };

export type ConferencePageQueryVariables = Exact<{
  id: string | number;
}>;


export type ConferencePageQuery = { conference: { id: string, seriesIndex: number, language: Language, status: ConferenceStatus, nextStatuses: Array<ConferenceStatus>, readinessProblems: Array<ReadinessProblem>, kind: ConferenceKind, purpose: string, scheduledStart: string | null, scheduledEnd: string | null, plannedDurationMinutes: number, place: string | null, onlineLink: string | null, case: { id: string, familyName: string, reference: string } | null, inviteeHints: { professionalCount: number, minimumProfessionals: number, meetsProfessionalMinimum: boolean, missing: Array<{ code: string, professions: Array<Profession> }> } | null, viewerAccess: { participantId: string | null, role: ParticipantRole | null, canPrepare: boolean, canRun: boolean, canEditLive: boolean }, participants: Array<{ id: string, role: ParticipantRole, invitationState: InvitationState, attendance: Attendance | null, invitationLink: { createdAt: string, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null } | null, person: { id: string, fullName: string, kind: PersonKind, profession: Profession | null, relationship: string | null, institution: { id: string, name: string } | null } }>, agenda: Array<{ id: string, title: string, timeboxMinutes: number, position: number }>, agreedTasks: Array<{ id: string, title: string, dueDate: string | null, status: TaskStatus, overdue: boolean, successIndicator: string | null, ownerPerson: { id: string, fullName: string } | null }> } };

export type ConferenceUpdateMutationVariables = Exact<{
  id: string | number;
  input: ConferencePatch;
}>;


export type ConferenceUpdateMutation = { updateConference: { id: string } };

export type ConferenceTransitionMutationVariables = Exact<{
  id: string | number;
  to: ConferenceStatus;
}>;


export type ConferenceTransitionMutation = { transitionConference: { id: string, status: ConferenceStatus } };

export type ConferencePersonsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ConferencePersonsQuery = { persons: { nodes: Array<{ id: string, fullName: string, kind: PersonKind, profession: Profession | null, relationship: string | null, institution: { id: string, name: string } | null }> } };

export type ConferenceInstitutionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ConferenceInstitutionsQuery = { institutions: { nodes: Array<{ id: string, name: string }> } };

export type ConferenceCreatePersonMutationVariables = Exact<{
  input: PersonInput;
}>;


export type ConferenceCreatePersonMutation = { createPerson: { id: string } };

export type ConferenceAddParticipantMutationVariables = Exact<{
  conferenceId: string | number;
  input: ParticipantInput;
}>;


export type ConferenceAddParticipantMutation = { addParticipant: { id: string } };

export type ConferenceUpdateParticipantMutationVariables = Exact<{
  id: string | number;
  input: ParticipantPatch;
}>;


export type ConferenceUpdateParticipantMutation = { updateParticipant: { id: string, role: ParticipantRole } };

export type ConferenceRemoveParticipantMutationVariables = Exact<{
  id: string | number;
}>;


export type ConferenceRemoveParticipantMutation = { removeParticipant: boolean };

export type ConferenceIssueGuestLinkMutationVariables = Exact<{
  participantId: string | number;
}>;


export type ConferenceIssueGuestLinkMutation = { issueGuestLink: { url: string, expiresAt: string } };

export type ConferenceAddAgendaItemMutationVariables = Exact<{
  conferenceId: string | number;
  input: AgendaItemInput;
}>;


export type ConferenceAddAgendaItemMutation = { addAgendaItem: { id: string } };

export type ConferenceUpdateAgendaItemMutationVariables = Exact<{
  id: string | number;
  input: AgendaItemPatch;
}>;


export type ConferenceUpdateAgendaItemMutation = { updateAgendaItem: { id: string } };

export type ConferenceMoveAgendaItemMutationVariables = Exact<{
  id: string | number;
  position: number;
}>;


export type ConferenceMoveAgendaItemMutation = { moveAgendaItem: Array<{ id: string }> };

export type ConferenceRemoveAgendaItemMutationVariables = Exact<{
  id: string | number;
}>;


export type ConferenceRemoveAgendaItemMutation = { removeAgendaItem: Array<{ id: string }> };

export type ConferenceChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ConferenceChangedSubscription = { conferenceChanged: { id: string } };

export type ConferenceParticipantChangedSubscriptionVariables = Exact<{
  conferenceId: string | number;
}>;


export type ConferenceParticipantChangedSubscription = { participantChanged: { id: string } | null };

export type FollowupDeadlineFragment = { id: string, kind: DeadlineKind, dueDate: string, windowStart: string | null, since: string | null, overdue: boolean, daysLeft: number, met: boolean, metAt: string | null, lastReminder: { timing: ReminderTiming, outcome: ReminderOutcome, at: string } | null, conference: { id: string, seriesIndex: number, kind: ConferenceKind } | null, plannedConference: { id: string, seriesIndex: number, kind: ConferenceKind, scheduledStart: string | null } | null, task: { id: string, title: string, ownerPerson: { id: string, fullName: string } | null } | null };

export type FollowupCaseDeadlinesQueryVariables = Exact<{
  id: string | number;
}>;


export type FollowupCaseDeadlinesQuery = { case: { id: string, deadlines: Array<{ id: string, kind: DeadlineKind, dueDate: string, windowStart: string | null, since: string | null, overdue: boolean, daysLeft: number, met: boolean, metAt: string | null, lastReminder: { timing: ReminderTiming, outcome: ReminderOutcome, at: string } | null, conference: { id: string, seriesIndex: number, kind: ConferenceKind } | null, plannedConference: { id: string, seriesIndex: number, kind: ConferenceKind, scheduledStart: string | null } | null, task: { id: string, title: string, ownerPerson: { id: string, fullName: string } | null } | null }> | null } };

export type FollowupMyDeadlinesQueryVariables = Exact<{
  withinDays: number;
}>;


export type FollowupMyDeadlinesQuery = { myDeadlines: Array<{ id: string, kind: DeadlineKind, dueDate: string, windowStart: string | null, since: string | null, overdue: boolean, daysLeft: number, met: boolean, metAt: string | null, case: { id: string, reference: string, familyName: string }, lastReminder: { timing: ReminderTiming, outcome: ReminderOutcome, at: string } | null, conference: { id: string, seriesIndex: number, kind: ConferenceKind } | null, plannedConference: { id: string, seriesIndex: number, kind: ConferenceKind, scheduledStart: string | null } | null, task: { id: string, title: string, ownerPerson: { id: string, fullName: string } | null } | null }> };

export type FollowupCaseActivityQueryVariables = Exact<{
  id: string | number;
}>;


export type FollowupCaseActivityQuery = { case: { id: string, activityLog: Array<{ id: string, at: string, kind: ActivityKind, seriesIndex: number, conferenceKind: ConferenceKind, status: ConferenceStatus, conference: { id: string }, participants: Array<{ name: string }> | null, attendance: { inRoom: number, remote: number, absent: number, excused: number, unknown: number } | null, messages: { count: number, delivered: number } | null, signatures: { signed: number, present: number } | null }> | null } };

export type FollowupConferenceChangedSubscriptionVariables = Exact<{
  caseId: string | number;
}>;


export type FollowupConferenceChangedSubscription = { conferenceChanged: { id: string } };

export type FollowupTaskChangedSubscriptionVariables = Exact<{
  caseId: string | number;
}>;


export type FollowupTaskChangedSubscription = { taskChanged: { id: string } };

export type InvitationViewQueryVariables = Exact<{
  id: string | number;
}>;


export type InvitationViewQuery = { conference: { id: string, status: ConferenceStatus, kind: ConferenceKind, purpose: string, scheduledStart: string | null, scheduledEnd: string | null, plannedDurationMinutes: number, place: string | null, onlineLink: string | null, viewerAccess: { participantId: string | null, role: ParticipantRole | null }, participants: Array<{ id: string, role: ParticipantRole, invitationState: InvitationState, invitation: { lastLetter: InvitationLetter | null, lastSentAt: string | null, answeredAt: string | null, answerNote: string | null } | null, person: { id: string, fullName: string, profession: Profession | null, institution: { id: string, name: string } | null } }> } };

export type InvitationRespondMutationVariables = Exact<{
  participantId: string | number;
  accept: boolean;
  note?: string | null | undefined;
}>;


export type InvitationRespondMutation = { respondToInvitation: { id: string, invitationState: InvitationState, invitation: { answeredAt: string | null, answerNote: string | null } | null } };

export type InvitationOverviewQueryVariables = Exact<{
  id: string | number;
}>;


export type InvitationOverviewQuery = { conference: { id: string, status: ConferenceStatus, notReachableByEmail: Array<{ id: string }> | null, participants: Array<{ id: string, invitationState: InvitationState, invitation: { lastLetter: InvitationLetter | null, firstSentAt: string | null, lastSentAt: string | null, answeredAt: string | null, answerNote: string | null } | null }> } };

export type InvitationSendMutationVariables = Exact<{
  participantId: string | number;
}>;


export type InvitationSendMutation = { sendInvitation: { id: string, invitationState: InvitationState } };

export type MailDeliveryFieldsFragment = { id: string, kind: MailKind, status: MailStatus, recipientName: string | null, recipientAddress: string, subject: string | null, attempts: number, lastError: string | null, lastAttemptAt: string | null, nextAttemptAt: string | null, sentAt: string | null, createdAt: string, conferenceId: string | null };

export type ConferenceMailQueryVariables = Exact<{
  id: string | number;
}>;


export type ConferenceMailQuery = { conference: { id: string, mailDeliveries: Array<{ id: string, kind: MailKind, status: MailStatus, recipientName: string | null, recipientAddress: string, subject: string | null, attempts: number, lastError: string | null, lastAttemptAt: string | null, nextAttemptAt: string | null, sentAt: string | null, createdAt: string, conferenceId: string | null }> | null } };

export type MailOutboxQueryVariables = Exact<{
  filter?: MailOutboxFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type MailOutboxQuery = { mailOutbox: { totalCount: number, nodes: Array<{ id: string, kind: MailKind, status: MailStatus, recipientName: string | null, recipientAddress: string, subject: string | null, attempts: number, lastError: string | null, lastAttemptAt: string | null, nextAttemptAt: string | null, sentAt: string | null, createdAt: string, conferenceId: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ResendMailMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendMailMutation = { resendMail: { id: string, kind: MailKind, status: MailStatus, recipientName: string | null, recipientAddress: string, subject: string | null, attempts: number, lastError: string | null, lastAttemptAt: string | null, nextAttemptAt: string | null, sentAt: string | null, createdAt: string, conferenceId: string | null } };

export type DisplayConferenceQueryVariables = Exact<{
  id: string | number;
}>;


export type DisplayConferenceQuery = { conference: { id: string, participants: Array<{ id: string, role: ParticipantRole, person: { id: string, fullName: string, institution: { id: string, name: string } | null } }> } };

export type RoomParticipantFieldsFragment = { id: string, role: ParticipantRole, person: { id: string, fullName: string, institution: { id: string, name: string } | null } };

export type RoomConferenceQueryVariables = Exact<{
  id: string | number;
}>;


export type RoomConferenceQuery = { conference: { id: string, status: ConferenceStatus, purpose: string, kind: ConferenceKind, scheduledStart: string | null, scheduledEnd: string | null, plannedDurationMinutes: number, place: string | null, onlineLink: string | null, participants: Array<{ attendance: Attendance | null, confidentialityAcknowledgedAt: string | null, id: string, role: ParticipantRole, person: { id: string, fullName: string, institution: { id: string, name: string } | null } }>, viewerAccess: { participantId: string | null, role: ParticipantRole | null, canEditLive: boolean, canRun: boolean } } };

export type RoomAccessQueryVariables = Exact<{
  id: string | number;
}>;


export type RoomAccessQuery = { conference: { id: string } };

export type RoomConferenceChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type RoomConferenceChangedSubscription = { conferenceChanged: { id: string, status: ConferenceStatus } };

export type RoomParticipantChangedSubscriptionVariables = Exact<{
  conferenceId: string | number;
}>;


export type RoomParticipantChangedSubscription = { participantChanged: { id: string } | null };

export type RoomAcknowledgeConfidentialityMutationVariables = Exact<{
  participantId: string | number;
}>;


export type RoomAcknowledgeConfidentialityMutation = { acknowledgeConfidentiality: { id: string, confidentialityAcknowledgedAt: string | null } };

export type RoomTransitionConferenceMutationVariables = Exact<{
  id: string | number;
  to: ConferenceStatus;
}>;


export type RoomTransitionConferenceMutation = { transitionConference: { id: string, status: ConferenceStatus } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { conferenceId: string | null, participantId: string | null, account: { id: string, displayName: string, email: string, role: AccountRole, personId: string | null } | null } | null };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn: { id: string } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type RedeemGuestLinkMutationVariables = Exact<{
  token: string;
}>;


export type RedeemGuestLinkMutation = { redeemGuestLink: { conferenceId: string | null, participantId: string | null } };

export type SignoffVersionFragment = { id: string, number: number, sha256: string, createdAt: string, pdfPath: string, content: Record<string, unknown>, signatures: Array<{ participantId: string, name: string, role: ParticipantRole, outcome: SignatureOutcome | null, at: string | null, inRoom: boolean, note: string | null, confirmedBy: string | null }> };

export type SignoffQueryVariables = Exact<{
  id: string | number;
}>;


export type SignoffQuery = { conference: { id: string, status: ConferenceStatus, viewerAccess: { participantId: string | null, role: ParticipantRole | null, canPrepare: boolean, canRun: boolean }, minutesVersions: Array<{ id: string, number: number, sha256: string, createdAt: string, pdfPath: string, content: Record<string, unknown>, signatures: Array<{ participantId: string, name: string, role: ParticipantRole, outcome: SignatureOutcome | null, at: string | null, inRoom: boolean, note: string | null, confirmedBy: string | null }> }> } };

export type SignoffSignMutationVariables = Exact<{
  versionId: string | number;
  input: MinutesAnswerInput;
}>;


export type SignoffSignMutation = { signMinutes: { id: string } };

export type SignoffSignInRoomMutationVariables = Exact<{
  versionId: string | number;
  participantId: string | number;
  input: MinutesAnswerInput;
}>;


export type SignoffSignInRoomMutation = { signInRoom: { id: string } };

export type SignoffReopenMutationVariables = Exact<{
  conferenceId: string | number;
}>;


export type SignoffReopenMutation = { reopenMinutes: { id: string, status: ConferenceStatus } };

export type SignoffCloseMissingMutationVariables = Exact<{
  conferenceId: string | number;
}>;


export type SignoffCloseMissingMutation = { closeWithMissingSignatures: { id: string, status: ConferenceStatus } };

export type MyTasksTaskFragment = { id: string, title: string, dueDate: string | null, overdue: boolean, status: TaskStatus, successIndicator: string | null, updatedAt: string, ownerPerson: { id: string } | null, case: { id: string, reference: string } | null, agreedIn: { id: string, seriesIndex: number, kind: ConferenceKind, scheduledStart: string | null } | null };

export type MyTasksQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: TaskFilter | null | undefined;
}>;


export type MyTasksQuery = { tasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, dueDate: string | null, overdue: boolean, status: TaskStatus, successIndicator: string | null, updatedAt: string, ownerPerson: { id: string } | null, case: { id: string, reference: string } | null, agreedIn: { id: string, seriesIndex: number, kind: ConferenceKind, scheduledStart: string | null } | null }> } };

export type MyTasksSetStatusMutationVariables = Exact<{
  id: string | number;
  status: TaskStatus;
  note?: string | null | undefined;
}>;


export type MyTasksSetStatusMutation = { setTaskStatus: { id: string, title: string, dueDate: string | null, overdue: boolean, status: TaskStatus, successIndicator: string | null, updatedAt: string, ownerPerson: { id: string } | null, case: { id: string, reference: string } | null, agreedIn: { id: string, seriesIndex: number, kind: ConferenceKind, scheduledStart: string | null } | null } };

export type MyTasksTaskChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyTasksTaskChangedSubscription = { taskChanged: { id: string, title: string, dueDate: string | null, overdue: boolean, status: TaskStatus, successIndicator: string | null, updatedAt: string, ownerPerson: { id: string } | null, case: { id: string, reference: string } | null, agreedIn: { id: string, seriesIndex: number, kind: ConferenceKind, scheduledStart: string | null } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ConferencePersonFragmentDoc = new TypedDocumentString(`
    fragment ConferencePerson on Person {
  id
  fullName
  kind
  profession
  relationship
  institution {
    id
    name
  }
}
    `, {"fragmentName":"ConferencePerson"}) as unknown as TypedDocumentString<ConferencePersonFragment, unknown>;
export const ConferenceMeetingFragmentDoc = new TypedDocumentString(`
    fragment ConferenceMeeting on Conference {
  kind
  purpose
  scheduledStart
  scheduledEnd
  plannedDurationMinutes
  place
  onlineLink
}
    `, {"fragmentName":"ConferenceMeeting"}) as unknown as TypedDocumentString<ConferenceMeetingFragment, unknown>;
export const FollowupDeadlineFragmentDoc = new TypedDocumentString(`
    fragment FollowupDeadline on Deadline {
  id
  kind
  dueDate
  windowStart
  since
  overdue
  daysLeft
  met
  metAt
  lastReminder {
    timing
    outcome
    at
  }
  conference {
    id
    seriesIndex
    kind
  }
  plannedConference {
    id
    seriesIndex
    kind
    scheduledStart
  }
  task {
    id
    title
    ownerPerson {
      id
      fullName
    }
  }
}
    `, {"fragmentName":"FollowupDeadline"}) as unknown as TypedDocumentString<FollowupDeadlineFragment, unknown>;
export const MailDeliveryFieldsFragmentDoc = new TypedDocumentString(`
    fragment MailDeliveryFields on MailDelivery {
  id
  kind
  status
  recipientName
  recipientAddress
  subject
  attempts
  lastError
  lastAttemptAt
  nextAttemptAt
  sentAt
  createdAt
  conferenceId
}
    `, {"fragmentName":"MailDeliveryFields"}) as unknown as TypedDocumentString<MailDeliveryFieldsFragment, unknown>;
export const RoomParticipantFieldsFragmentDoc = new TypedDocumentString(`
    fragment RoomParticipantFields on Participant {
  id
  role
  person {
    id
    fullName
    institution {
      id
      name
    }
  }
}
    `, {"fragmentName":"RoomParticipantFields"}) as unknown as TypedDocumentString<RoomParticipantFieldsFragment, unknown>;
export const SignoffVersionFragmentDoc = new TypedDocumentString(`
    fragment SignoffVersion on MinutesVersion {
  id
  number
  sha256
  createdAt
  pdfPath
  content
  signatures {
    participantId
    name
    role
    outcome
    at
    inRoom
    note
    confirmedBy
  }
}
    `, {"fragmentName":"SignoffVersion"}) as unknown as TypedDocumentString<SignoffVersionFragment, unknown>;
export const MyTasksTaskFragmentDoc = new TypedDocumentString(`
    fragment MyTasksTask on Task {
  id
  title
  dueDate
  overdue
  status
  successIndicator
  updatedAt
  ownerPerson {
    id
  }
  case {
    id
    reference
  }
  agreedIn {
    id
    seriesIndex
    kind
    scheduledStart
  }
}
    `, {"fragmentName":"MyTasksTask"}) as unknown as TypedDocumentString<MyTasksTaskFragment, unknown>;
export const CaseListCasesDocument = new TypedDocumentString(`
    query CaseListCases($first: Int!, $after: String, $filter: CaseFilter) {
  cases(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      reference
      familyName
      status
      caseManager {
        id
        fullName
      }
      children {
        id
      }
      conferences {
        id
        seriesIndex
        kind
        status
        scheduledStart
      }
      openTasks {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseListCasesQuery, CaseListCasesQueryVariables>;
export const CasePageCaseDocument = new TypedDocumentString(`
    query CasePageCase($id: ID!) {
  case(id: $id) {
    id
    reference
    familyName
    status
    caseManager {
      id
      fullName
      profession
      institution {
        id
        name
      }
    }
    children {
      id
      fullName
      birthDate
    }
    team {
      id
      displayName
    }
    professionals {
      id
      fullName
      profession
      institution {
        id
        name
        kind
      }
    }
    conferences {
      id
      seriesIndex
      kind
      status
      scheduledStart
      purpose
    }
    openTasks {
      id
      title
      dueDate
      overdue
      status
      ownerPerson {
        id
        fullName
      }
      agreedIn {
        id
        seriesIndex
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CasePageCaseQuery, CasePageCaseQueryVariables>;
export const CasePageReporterDocument = new TypedDocumentString(`
    query CasePageReporter($id: ID!) {
  case(id: $id) {
    id
    reporter {
      name
      contact
      note
      reportedOn
    }
  }
}
    `) as unknown as TypedDocumentString<CasePageReporterQuery, CasePageReporterQueryVariables>;
export const CasePageStaffMembersDocument = new TypedDocumentString(`
    query CasePageStaffMembers($search: String) {
  staffMembers(search: $search, first: 20) {
    nodes {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<CasePageStaffMembersQuery, CasePageStaffMembersQueryVariables>;
export const CasePageAddTeamMemberDocument = new TypedDocumentString(`
    mutation CasePageAddTeamMember($caseId: ID!, $accountId: ID!) {
  addCaseTeamMember(caseId: $caseId, accountId: $accountId) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<CasePageAddTeamMemberMutation, CasePageAddTeamMemberMutationVariables>;
export const CasePageRemoveTeamMemberDocument = new TypedDocumentString(`
    mutation CasePageRemoveTeamMember($caseId: ID!, $accountId: ID!) {
  removeCaseTeamMember(caseId: $caseId, accountId: $accountId) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<CasePageRemoveTeamMemberMutation, CasePageRemoveTeamMemberMutationVariables>;
export const CasePagePlanNextDocument = new TypedDocumentString(`
    mutation CasePagePlanNext($caseId: ID!) {
  planNextConference(caseId: $caseId) {
    id
  }
}
    `) as unknown as TypedDocumentString<CasePagePlanNextMutation, CasePagePlanNextMutationVariables>;
export const CasePageConferenceChangedDocument = new TypedDocumentString(`
    subscription CasePageConferenceChanged($caseId: ID!) {
  conferenceChanged(caseId: $caseId) {
    id
  }
}
    `) as unknown as TypedDocumentString<CasePageConferenceChangedSubscription, CasePageConferenceChangedSubscriptionVariables>;
export const CasePageTaskChangedDocument = new TypedDocumentString(`
    subscription CasePageTaskChanged($caseId: ID!) {
  taskChanged(caseId: $caseId) {
    id
  }
}
    `) as unknown as TypedDocumentString<CasePageTaskChangedSubscription, CasePageTaskChangedSubscriptionVariables>;
export const ConferenceNewCaseDocument = new TypedDocumentString(`
    query ConferenceNewCase($id: ID!) {
  case(id: $id) {
    id
    familyName
    reference
  }
}
    `) as unknown as TypedDocumentString<ConferenceNewCaseQuery, ConferenceNewCaseQueryVariables>;
export const ConferenceCreateDocument = new TypedDocumentString(`
    mutation ConferenceCreate($input: ConferenceInput!) {
  createConference(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConferenceCreateMutation, ConferenceCreateMutationVariables>;
export const ConferencePageDocument = new TypedDocumentString(`
    query ConferencePage($id: ID!) {
  conference(id: $id) {
    id
    ...ConferenceMeeting
    seriesIndex
    language
    status
    nextStatuses
    readinessProblems
    case {
      id
      familyName
      reference
    }
    inviteeHints {
      missing {
        code
        professions
      }
      professionalCount
      minimumProfessionals
      meetsProfessionalMinimum
    }
    viewerAccess {
      participantId
      role
      canPrepare
      canRun
      canEditLive
    }
    participants {
      id
      role
      invitationState
      attendance
      invitationLink {
        createdAt
        expiresAt
        revokedAt
        lastUsedAt
      }
      person {
        ...ConferencePerson
      }
    }
    agenda {
      id
      title
      timeboxMinutes
      position
    }
    agreedTasks {
      id
      title
      dueDate
      status
      overdue
      successIndicator
      ownerPerson {
        id
        fullName
      }
    }
  }
}
    fragment ConferencePerson on Person {
  id
  fullName
  kind
  profession
  relationship
  institution {
    id
    name
  }
}
fragment ConferenceMeeting on Conference {
  kind
  purpose
  scheduledStart
  scheduledEnd
  plannedDurationMinutes
  place
  onlineLink
}`) as unknown as TypedDocumentString<ConferencePageQuery, ConferencePageQueryVariables>;
export const ConferenceUpdateDocument = new TypedDocumentString(`
    mutation ConferenceUpdate($id: ID!, $input: ConferencePatch!) {
  updateConference(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConferenceUpdateMutation, ConferenceUpdateMutationVariables>;
export const ConferenceTransitionDocument = new TypedDocumentString(`
    mutation ConferenceTransition($id: ID!, $to: ConferenceStatus!) {
  transitionConference(id: $id, to: $to) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConferenceTransitionMutation, ConferenceTransitionMutationVariables>;
export const ConferencePersonsDocument = new TypedDocumentString(`
    query ConferencePersons($search: String) {
  persons(search: $search, first: 20) {
    nodes {
      ...ConferencePerson
    }
  }
}
    fragment ConferencePerson on Person {
  id
  fullName
  kind
  profession
  relationship
  institution {
    id
    name
  }
}`) as unknown as TypedDocumentString<ConferencePersonsQuery, ConferencePersonsQueryVariables>;
export const ConferenceInstitutionsDocument = new TypedDocumentString(`
    query ConferenceInstitutions($search: String) {
  institutions(search: $search, first: 20) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConferenceInstitutionsQuery, ConferenceInstitutionsQueryVariables>;
export const ConferenceCreatePersonDocument = new TypedDocumentString(`
    mutation ConferenceCreatePerson($input: PersonInput!) {
  createPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConferenceCreatePersonMutation, ConferenceCreatePersonMutationVariables>;
export const ConferenceAddParticipantDocument = new TypedDocumentString(`
    mutation ConferenceAddParticipant($conferenceId: ID!, $input: ParticipantInput!) {
  addParticipant(conferenceId: $conferenceId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConferenceAddParticipantMutation, ConferenceAddParticipantMutationVariables>;
export const ConferenceUpdateParticipantDocument = new TypedDocumentString(`
    mutation ConferenceUpdateParticipant($id: ID!, $input: ParticipantPatch!) {
  updateParticipant(id: $id, input: $input) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<ConferenceUpdateParticipantMutation, ConferenceUpdateParticipantMutationVariables>;
export const ConferenceRemoveParticipantDocument = new TypedDocumentString(`
    mutation ConferenceRemoveParticipant($id: ID!) {
  removeParticipant(id: $id)
}
    `) as unknown as TypedDocumentString<ConferenceRemoveParticipantMutation, ConferenceRemoveParticipantMutationVariables>;
export const ConferenceIssueGuestLinkDocument = new TypedDocumentString(`
    mutation ConferenceIssueGuestLink($participantId: ID!) {
  issueGuestLink(participantId: $participantId) {
    url
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<ConferenceIssueGuestLinkMutation, ConferenceIssueGuestLinkMutationVariables>;
export const ConferenceAddAgendaItemDocument = new TypedDocumentString(`
    mutation ConferenceAddAgendaItem($conferenceId: ID!, $input: AgendaItemInput!) {
  addAgendaItem(conferenceId: $conferenceId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConferenceAddAgendaItemMutation, ConferenceAddAgendaItemMutationVariables>;
export const ConferenceUpdateAgendaItemDocument = new TypedDocumentString(`
    mutation ConferenceUpdateAgendaItem($id: ID!, $input: AgendaItemPatch!) {
  updateAgendaItem(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConferenceUpdateAgendaItemMutation, ConferenceUpdateAgendaItemMutationVariables>;
export const ConferenceMoveAgendaItemDocument = new TypedDocumentString(`
    mutation ConferenceMoveAgendaItem($id: ID!, $position: Int!) {
  moveAgendaItem(id: $id, position: $position) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConferenceMoveAgendaItemMutation, ConferenceMoveAgendaItemMutationVariables>;
export const ConferenceRemoveAgendaItemDocument = new TypedDocumentString(`
    mutation ConferenceRemoveAgendaItem($id: ID!) {
  removeAgendaItem(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConferenceRemoveAgendaItemMutation, ConferenceRemoveAgendaItemMutationVariables>;
export const ConferenceChangedDocument = new TypedDocumentString(`
    subscription ConferenceChanged($id: ID!) {
  conferenceChanged(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConferenceChangedSubscription, ConferenceChangedSubscriptionVariables>;
export const ConferenceParticipantChangedDocument = new TypedDocumentString(`
    subscription ConferenceParticipantChanged($conferenceId: ID!) {
  participantChanged(conferenceId: $conferenceId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConferenceParticipantChangedSubscription, ConferenceParticipantChangedSubscriptionVariables>;
export const FollowupCaseDeadlinesDocument = new TypedDocumentString(`
    query FollowupCaseDeadlines($id: ID!) {
  case(id: $id) {
    id
    deadlines {
      ...FollowupDeadline
    }
  }
}
    fragment FollowupDeadline on Deadline {
  id
  kind
  dueDate
  windowStart
  since
  overdue
  daysLeft
  met
  metAt
  lastReminder {
    timing
    outcome
    at
  }
  conference {
    id
    seriesIndex
    kind
  }
  plannedConference {
    id
    seriesIndex
    kind
    scheduledStart
  }
  task {
    id
    title
    ownerPerson {
      id
      fullName
    }
  }
}`) as unknown as TypedDocumentString<FollowupCaseDeadlinesQuery, FollowupCaseDeadlinesQueryVariables>;
export const FollowupMyDeadlinesDocument = new TypedDocumentString(`
    query FollowupMyDeadlines($withinDays: Int!) {
  myDeadlines(withinDays: $withinDays) {
    ...FollowupDeadline
    case {
      id
      reference
      familyName
    }
  }
}
    fragment FollowupDeadline on Deadline {
  id
  kind
  dueDate
  windowStart
  since
  overdue
  daysLeft
  met
  metAt
  lastReminder {
    timing
    outcome
    at
  }
  conference {
    id
    seriesIndex
    kind
  }
  plannedConference {
    id
    seriesIndex
    kind
    scheduledStart
  }
  task {
    id
    title
    ownerPerson {
      id
      fullName
    }
  }
}`) as unknown as TypedDocumentString<FollowupMyDeadlinesQuery, FollowupMyDeadlinesQueryVariables>;
export const FollowupCaseActivityDocument = new TypedDocumentString(`
    query FollowupCaseActivity($id: ID!) {
  case(id: $id) {
    id
    activityLog {
      id
      at
      kind
      seriesIndex
      conferenceKind
      status
      conference {
        id
      }
      participants {
        name
      }
      attendance {
        inRoom
        remote
        absent
        excused
        unknown
      }
      messages {
        count
        delivered
      }
      signatures {
        signed
        present
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowupCaseActivityQuery, FollowupCaseActivityQueryVariables>;
export const FollowupConferenceChangedDocument = new TypedDocumentString(`
    subscription FollowupConferenceChanged($caseId: ID!) {
  conferenceChanged(caseId: $caseId) {
    id
  }
}
    `) as unknown as TypedDocumentString<FollowupConferenceChangedSubscription, FollowupConferenceChangedSubscriptionVariables>;
export const FollowupTaskChangedDocument = new TypedDocumentString(`
    subscription FollowupTaskChanged($caseId: ID!) {
  taskChanged(caseId: $caseId) {
    id
  }
}
    `) as unknown as TypedDocumentString<FollowupTaskChangedSubscription, FollowupTaskChangedSubscriptionVariables>;
export const InvitationViewDocument = new TypedDocumentString(`
    query InvitationView($id: ID!) {
  conference(id: $id) {
    id
    status
    ...ConferenceMeeting
    viewerAccess {
      participantId
      role
    }
    participants {
      id
      role
      invitationState
      invitation {
        lastLetter
        lastSentAt
        answeredAt
        answerNote
      }
      person {
        id
        fullName
        profession
        institution {
          id
          name
        }
      }
    }
  }
}
    fragment ConferenceMeeting on Conference {
  kind
  purpose
  scheduledStart
  scheduledEnd
  plannedDurationMinutes
  place
  onlineLink
}`) as unknown as TypedDocumentString<InvitationViewQuery, InvitationViewQueryVariables>;
export const InvitationRespondDocument = new TypedDocumentString(`
    mutation InvitationRespond($participantId: ID!, $accept: Boolean!, $note: String) {
  respondToInvitation(participantId: $participantId, accept: $accept, note: $note) {
    id
    invitationState
    invitation {
      answeredAt
      answerNote
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationRespondMutation, InvitationRespondMutationVariables>;
export const InvitationOverviewDocument = new TypedDocumentString(`
    query InvitationOverview($id: ID!) {
  conference(id: $id) {
    id
    status
    notReachableByEmail {
      id
    }
    participants {
      id
      invitationState
      invitation {
        lastLetter
        firstSentAt
        lastSentAt
        answeredAt
        answerNote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationOverviewQuery, InvitationOverviewQueryVariables>;
export const InvitationSendDocument = new TypedDocumentString(`
    mutation InvitationSend($participantId: ID!) {
  sendInvitation(participantId: $participantId) {
    id
    invitationState
  }
}
    `) as unknown as TypedDocumentString<InvitationSendMutation, InvitationSendMutationVariables>;
export const ConferenceMailDocument = new TypedDocumentString(`
    query ConferenceMail($id: ID!) {
  conference(id: $id) {
    id
    mailDeliveries {
      ...MailDeliveryFields
    }
  }
}
    fragment MailDeliveryFields on MailDelivery {
  id
  kind
  status
  recipientName
  recipientAddress
  subject
  attempts
  lastError
  lastAttemptAt
  nextAttemptAt
  sentAt
  createdAt
  conferenceId
}`) as unknown as TypedDocumentString<ConferenceMailQuery, ConferenceMailQueryVariables>;
export const MailOutboxDocument = new TypedDocumentString(`
    query MailOutbox($filter: MailOutboxFilter, $after: String) {
  mailOutbox(filter: $filter, after: $after, first: 25) {
    nodes {
      ...MailDeliveryFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment MailDeliveryFields on MailDelivery {
  id
  kind
  status
  recipientName
  recipientAddress
  subject
  attempts
  lastError
  lastAttemptAt
  nextAttemptAt
  sentAt
  createdAt
  conferenceId
}`) as unknown as TypedDocumentString<MailOutboxQuery, MailOutboxQueryVariables>;
export const ResendMailDocument = new TypedDocumentString(`
    mutation ResendMail($id: ID!) {
  resendMail(id: $id) {
    ...MailDeliveryFields
  }
}
    fragment MailDeliveryFields on MailDelivery {
  id
  kind
  status
  recipientName
  recipientAddress
  subject
  attempts
  lastError
  lastAttemptAt
  nextAttemptAt
  sentAt
  createdAt
  conferenceId
}`) as unknown as TypedDocumentString<ResendMailMutation, ResendMailMutationVariables>;
export const DisplayConferenceDocument = new TypedDocumentString(`
    query DisplayConference($id: ID!) {
  conference(id: $id) {
    id
    participants {
      ...RoomParticipantFields
    }
  }
}
    fragment RoomParticipantFields on Participant {
  id
  role
  person {
    id
    fullName
    institution {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<DisplayConferenceQuery, DisplayConferenceQueryVariables>;
export const RoomConferenceDocument = new TypedDocumentString(`
    query RoomConference($id: ID!) {
  conference(id: $id) {
    id
    status
    purpose
    kind
    scheduledStart
    scheduledEnd
    plannedDurationMinutes
    place
    onlineLink
    participants {
      ...RoomParticipantFields
      attendance
      confidentialityAcknowledgedAt
    }
    viewerAccess {
      participantId
      role
      canEditLive
      canRun
    }
  }
}
    fragment RoomParticipantFields on Participant {
  id
  role
  person {
    id
    fullName
    institution {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<RoomConferenceQuery, RoomConferenceQueryVariables>;
export const RoomAccessDocument = new TypedDocumentString(`
    query RoomAccess($id: ID!) {
  conference(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RoomAccessQuery, RoomAccessQueryVariables>;
export const RoomConferenceChangedDocument = new TypedDocumentString(`
    subscription RoomConferenceChanged($id: ID!) {
  conferenceChanged(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RoomConferenceChangedSubscription, RoomConferenceChangedSubscriptionVariables>;
export const RoomParticipantChangedDocument = new TypedDocumentString(`
    subscription RoomParticipantChanged($conferenceId: ID!) {
  participantChanged(conferenceId: $conferenceId) {
    id
  }
}
    `) as unknown as TypedDocumentString<RoomParticipantChangedSubscription, RoomParticipantChangedSubscriptionVariables>;
export const RoomAcknowledgeConfidentialityDocument = new TypedDocumentString(`
    mutation RoomAcknowledgeConfidentiality($participantId: ID!) {
  acknowledgeConfidentiality(participantId: $participantId) {
    id
    confidentialityAcknowledgedAt
  }
}
    `) as unknown as TypedDocumentString<RoomAcknowledgeConfidentialityMutation, RoomAcknowledgeConfidentialityMutationVariables>;
export const RoomTransitionConferenceDocument = new TypedDocumentString(`
    mutation RoomTransitionConference($id: ID!, $to: ConferenceStatus!) {
  transitionConference(id: $id, to: $to) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RoomTransitionConferenceMutation, RoomTransitionConferenceMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    conferenceId
    participantId
    account {
      id
      displayName
      email
      role
      personId
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    id
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const RedeemGuestLinkDocument = new TypedDocumentString(`
    mutation RedeemGuestLink($token: String!) {
  redeemGuestLink(token: $token) {
    conferenceId
    participantId
  }
}
    `) as unknown as TypedDocumentString<RedeemGuestLinkMutation, RedeemGuestLinkMutationVariables>;
export const SignoffDocument = new TypedDocumentString(`
    query Signoff($id: ID!) {
  conference(id: $id) {
    id
    status
    viewerAccess {
      participantId
      role
      canPrepare
      canRun
    }
    minutesVersions {
      ...SignoffVersion
    }
  }
}
    fragment SignoffVersion on MinutesVersion {
  id
  number
  sha256
  createdAt
  pdfPath
  content
  signatures {
    participantId
    name
    role
    outcome
    at
    inRoom
    note
    confirmedBy
  }
}`) as unknown as TypedDocumentString<SignoffQuery, SignoffQueryVariables>;
export const SignoffSignDocument = new TypedDocumentString(`
    mutation SignoffSign($versionId: ID!, $input: MinutesAnswerInput!) {
  signMinutes(versionId: $versionId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SignoffSignMutation, SignoffSignMutationVariables>;
export const SignoffSignInRoomDocument = new TypedDocumentString(`
    mutation SignoffSignInRoom($versionId: ID!, $participantId: ID!, $input: MinutesAnswerInput!) {
  signInRoom(versionId: $versionId, participantId: $participantId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SignoffSignInRoomMutation, SignoffSignInRoomMutationVariables>;
export const SignoffReopenDocument = new TypedDocumentString(`
    mutation SignoffReopen($conferenceId: ID!) {
  reopenMinutes(conferenceId: $conferenceId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SignoffReopenMutation, SignoffReopenMutationVariables>;
export const SignoffCloseMissingDocument = new TypedDocumentString(`
    mutation SignoffCloseMissing($conferenceId: ID!) {
  closeWithMissingSignatures(conferenceId: $conferenceId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SignoffCloseMissingMutation, SignoffCloseMissingMutationVariables>;
export const MyTasksDocument = new TypedDocumentString(`
    query MyTasks($first: Int!, $after: String, $filter: TaskFilter) {
  tasks(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...MyTasksTask
    }
  }
}
    fragment MyTasksTask on Task {
  id
  title
  dueDate
  overdue
  status
  successIndicator
  updatedAt
  ownerPerson {
    id
  }
  case {
    id
    reference
  }
  agreedIn {
    id
    seriesIndex
    kind
    scheduledStart
  }
}`) as unknown as TypedDocumentString<MyTasksQuery, MyTasksQueryVariables>;
export const MyTasksSetStatusDocument = new TypedDocumentString(`
    mutation MyTasksSetStatus($id: ID!, $status: TaskStatus!, $note: String) {
  setTaskStatus(id: $id, status: $status, note: $note) {
    ...MyTasksTask
  }
}
    fragment MyTasksTask on Task {
  id
  title
  dueDate
  overdue
  status
  successIndicator
  updatedAt
  ownerPerson {
    id
  }
  case {
    id
    reference
  }
  agreedIn {
    id
    seriesIndex
    kind
    scheduledStart
  }
}`) as unknown as TypedDocumentString<MyTasksSetStatusMutation, MyTasksSetStatusMutationVariables>;
export const MyTasksTaskChangedDocument = new TypedDocumentString(`
    subscription MyTasksTaskChanged {
  taskChanged {
    ...MyTasksTask
  }
}
    fragment MyTasksTask on Task {
  id
  title
  dueDate
  overdue
  status
  successIndicator
  updatedAt
  ownerPerson {
    id
  }
  case {
    id
    reference
  }
  agreedIn {
    id
    seriesIndex
    kind
    scheduledStart
  }
}`) as unknown as TypedDocumentString<MyTasksTaskChangedSubscription, MyTasksTaskChangedSubscriptionVariables>;