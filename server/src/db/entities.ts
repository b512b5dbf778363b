import { ConferenceStatusChange } from "../activity/conference-status-change.entity.js";
import { AuditEntry } from "../audit/audit-entry.entity.js";
import { Account } from "../auth/account.entity.js";
import { GuestLink } from "../auth/guest-link.entity.js";
import { Session } from "../auth/session.entity.js";
import { SignInThrottle } from "../auth/sign-in-throttle.entity.js";
import { CollabSnapshot, CollabUpdate } from "../collab/collab-update.entity.js";
import { CaseReporter } from "../cases/reporter.entity.js";
import { Case } from "../cases/case.entity.js";
import { Child } from "../cases/child.entity.js";
import { AgendaItem } from "../conferences/agenda-item.entity.js";
import { Conference } from "../conferences/conference.entity.js";
import { Participant } from "../conferences/participant.entity.js";
import { FollowupReminder } from "../followup/reminder.entity.js";
import { Institution } from "../institutions/institution.entity.js";
import { Invitation } from "../invitations/invitation.entity.js";
import { MailMessage } from "../mail/mail-message.entity.js";
import { Person } from "../persons/person.entity.js";
import { MinutesSignature } from "../signoff/minutes-signature.entity.js";
import { MinutesVersion } from "../signoff/minutes-version.entity.js";
import { TaskStatusChange } from "../tasks/task-status-change.entity.js";
import { Task } from "../tasks/task.entity.js";

export const entities = [
  Institution,
  Person,
  Case,
  Child,
  CaseReporter,
  Conference,
  ConferenceStatusChange,
  Participant,
  AgendaItem,
  Task,
  TaskStatusChange,
  FollowupReminder,
  Account,
  Session,
  GuestLink,
  SignInThrottle,
  AuditEntry,
  CollabUpdate,
  CollabSnapshot,
  MailMessage,
  Invitation,
  MinutesVersion,
  MinutesSignature,
];
