import { Max, Min } from "class-validator";
import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDate } from "../graphql/scalars.js";
import { DEADLINE_KINDS, REMINDER_OUTCOMES, REMINDER_TIMINGS } from "./reminder.entity.js";
import type { DeadlineKind, ReminderOutcome, ReminderTiming } from "./reminder.entity.js";

const upper = <const V extends string>(values: readonly V[]) =>
  Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as { [K in V as Uppercase<K>]: K };

export const GqlDeadlineKind = upper(DEADLINE_KINDS);
registerEnumType(GqlDeadlineKind, {
  name: "DeadlineKind",
  description:
    "TASK: an open task's due date. MINUTES: the minutes of an ended meeting, due MINUTES_DUE_WORKING_DAYS " +
    "working days after it (met when closed). NEXT_CONFERENCE: the next meeting of the series, due " +
    "NEXT_CONFERENCE_WEEKS after the last one held. EVALUATION: case work evaluated with the family, " +
    "EVALUATION_MONTHS after the case opened or the last case conference the family took part in.",
});
export const GqlReminderTiming = upper(REMINDER_TIMINGS);
registerEnumType(GqlReminderTiming, { name: "ReminderTiming", description: "Before the due date, or overdue." });
export const GqlReminderOutcome = upper(REMINDER_OUTCOMES);
registerEnumType(GqlReminderOutcome, {
  name: "ReminderOutcome",
  description: "QUEUED to the mail queue, or NO_ADDRESS: the owner has no e-mail address, so nobody was reminded.",
});

@ObjectType("DeadlineReminder", { description: "The last reminder of a deadline to its owner." })
export class DeadlineReminderType {
  @Field(() => GqlReminderTiming)
  timing: ReminderTiming;

  @Field(() => GqlReminderOutcome)
  outcome: ReminderOutcome;

  @Field(() => Date)
  at: Date;
}

@ObjectType("Deadline", { description: "A follow-up clock of a case: what is due by when, and whether it is late." })
export class DeadlineType {
  @Field(() => ID, { description: "Stable for the same deadline: kind and what it concerns." })
  id: string;

  @Field(() => GqlDeadlineKind)
  kind: DeadlineKind;

  @Field(() => LocalDate, { description: "The last day, on the service's calendar (TIME_ZONE)." })
  dueDate: string;

  @Field(() => LocalDate, { nullable: true, description: "The next conference: the first day of its range." })
  windowStart: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: "The day the clock started: the meeting held or ended, the case opened. Null for a task.",
  })
  since: string | null;

  @Field(() => Boolean, { description: "Past its due date and not met." })
  overdue: boolean;

  @Field(() => Int, { description: "Days from today to the due date; negative when overdue." })
  daysLeft: number;

  @Field(() => Boolean, { description: "Done: the minutes were closed. Other kinds are listed only while open." })
  met: boolean;

  @Field(() => Date, { nullable: true })
  metAt: Date | null;

  @Field(() => DeadlineReminderType, { nullable: true })
  lastReminder: DeadlineReminderType | null;

  caseId: string;
  conferenceId: string | null;
  plannedConferenceId: string | null;
  taskId: string | null;
}

@ArgsType()
export class MyDeadlinesArgs {
  @Field(() => Int, {
    defaultValue: 14,
    description: "Besides the overdue ones, those due within this many days (0 to 366).",
  })
  @Min(0)
  @Max(366)
  withinDays: number = 14;
}
