import type { EntityManager } from "typeorm";
import { FollowupReminder, type DeadlineKind, type ReminderOutcome, type ReminderTiming } from "./reminder.entity.js";
import { daysBetween, type LocalDate } from "./working-days.js";

/** What makes a reminder one: the same key is never reminded twice. */
export interface ReminderKey {
  deadlineKind: DeadlineKind;
  /** The task, the conference (minutes) or the case (next conference, evaluation). */
  subjectId: string;
  timing: ReminderTiming;
  dueDate: LocalDate;
  repeat: number;
}

/**
 * The reminder due on `today` for a deadline `dueDate`, or null when none is: before the due
 * date, once, from `daysBefore` days before it; after it, on the first day overdue, then every
 * `repeatDays` (0: never again).
 */
export function reminderDue(
  dueDate: LocalDate,
  today: LocalDate,
  daysBefore: number,
  repeatDays: number,
): Pick<ReminderKey, "timing" | "repeat"> | null {
  const left = daysBetween(today, dueDate);
  if (left > daysBefore) return null;
  if (left >= 0) return { timing: "before_due", repeat: 0 };
  return { timing: "overdue", repeat: repeatDays === 0 ? 0 : Math.floor((-left - 1) / repeatDays) };
}

/**
 * Claims one reminder in the caller's transaction: the unique key lets exactly one instance insert
 * the row (another's insert waits for the first to commit, then does nothing); a row skipped
 * earlier for want of an address is taken over when the address has come since. Returns the
 * row's id and what it records, or null when another run already had it.
 */
export async function claimReminder(
  em: EntityManager,
  key: ReminderKey,
  row: { caseId: string; taskId: string | null; recipientPersonId: string | null; hasAddress: boolean },
): Promise<{ id: string; outcome: ReminderOutcome } | null> {
  const outcome: ReminderOutcome = row.hasAddress ? "queued" : "no_address";
  const inserted = await em.query<{ id: string }[]>(
    `INSERT INTO followup_reminders ("deadlineKind", "subjectId", timing, "dueDate", repeat, "caseId", "taskId",
                                    "recipientPersonId", outcome)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT ON CONSTRAINT "UQ_followup_reminder" DO NOTHING RETURNING id`,
    [
      key.deadlineKind,
      key.subjectId,
      key.timing,
      key.dueDate,
      key.repeat,
      row.caseId,
      row.taskId,
      row.recipientPersonId,
      outcome,
    ],
  );
  const id = inserted[0]?.id;
  if (id) return { id, outcome };
  if (!row.hasAddress) return null;
  // Skipped earlier for want of an address, which has come since: this run sends it.
  const taken = await em
    .createQueryBuilder()
    .update(FollowupReminder)
    .set({ outcome: "queued", recipientPersonId: row.recipientPersonId })
    .where({ ...key, outcome: "no_address" })
    .returning(["id"])
    .execute();
  const takenId = (taken.raw as { id: string }[])[0]?.id;
  return takenId ? { id: takenId, outcome: "queued" } : null;
}

/** Records the queued message on its reminder. */
export async function recordReminderMail(em: EntityManager, reminderId: string, mailId: string): Promise<void> {
  await em.getRepository(FollowupReminder).update(reminderId, { mailId });
}
