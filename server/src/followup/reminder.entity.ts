import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from "typeorm";
import { Case } from "../cases/case.entity.js";
import { Person } from "../persons/person.entity.js";
import { Task } from "../tasks/task.entity.js";

export const DEADLINE_KINDS = ["task", "minutes", "next_conference", "evaluation"] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** Before the due date, or after it passed (repeated every TASK_OVERDUE_REPEAT_DAYS). */
export const REMINDER_TIMINGS = ["before_due", "overdue"] as const;
export type ReminderTiming = (typeof REMINDER_TIMINGS)[number];

/** Queued to the mail queue, or not sendable: the recipient has no e-mail address. */
export const REMINDER_OUTCOMES = ["queued", "no_address"] as const;
export type ReminderOutcome = (typeof REMINDER_OUTCOMES)[number];

/**
 * One reminder that is due or was sent: the unique key is the claim. Whichever instance inserts
 * the row first queues the mail in the same transaction; every other instance's insert does
 * nothing, so no reminder goes out twice. A new due date is a new key (and a new reminder).
 */
@Entity("followup_reminders")
@Unique("UQ_followup_reminder", ["deadlineKind", "subjectId", "timing", "dueDate", "repeat"])
export class FollowupReminder {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "enum", enum: DEADLINE_KINDS, enumName: "deadline_kind" })
  deadlineKind: DeadlineKind;

  /** The task, conference or case the deadline belongs to. */
  @Column({ type: "uuid" })
  subjectId: string;

  @Index()
  @Column({ type: "uuid" })
  caseId: string;

  @ManyToOne(() => Case, { onDelete: "CASCADE" })
  @JoinColumn({ name: "caseId" })
  case: Relation<Case>;

  @Index()
  @Column({ type: "uuid", nullable: true })
  taskId: string | null;

  @ManyToOne(() => Task, { onDelete: "CASCADE", nullable: true })
  @JoinColumn({ name: "taskId" })
  task: Relation<Task> | null;

  @Column({ type: "enum", enum: REMINDER_TIMINGS, enumName: "reminder_timing" })
  timing: ReminderTiming;

  @Column({ type: "date" })
  dueDate: string;

  /** 0 for the first reminder of its timing; 1, 2, … for the repeats while overdue. */
  @Column({ type: "int" })
  repeat: number;

  @Column({ type: "uuid", nullable: true })
  recipientPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "recipientPersonId" })
  recipientPerson: Relation<Person> | null;

  @Column({ type: "enum", enum: REMINDER_OUTCOMES, enumName: "reminder_outcome" })
  outcome: ReminderOutcome;

  /** The queued message (the mail queue's id), when it was queued. */
  @Column({ type: "uuid", nullable: true })
  mailId: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  /** When it was last claimed or queued: a reminder first skipped for no address is queued later. */
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
