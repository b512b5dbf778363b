import type { CaseStatus, ConferenceKind, ConferenceStatus, TaskStatus } from "@roundtable/shared";
import type { DeadlineKind, ReminderOutcome, ReminderTiming } from "./reminder.entity.js";
import type { FollowupSettings } from "./settings.js";
import { addDays, addMonths, addWorkingDays, daysBetween, localDateIn, type LocalDate } from "./working-days.js";

/** What the clocks of one case are computed from (loaded by case-facts.ts). */
export interface CaseFacts {
  id: string;
  status: CaseStatus;
  openedAt: Date;
  conferences: ConferenceFacts[];
  /** Tasks still open (open, in progress) that have a due date. */
  tasks: TaskFacts[];
  /** The last reminder of each of the case's own deadlines (minutes, next conference, evaluation). */
  reminders: CaseReminderFacts[];
}

export interface CaseReminderFacts {
  kind: DeadlineKind;
  /** The conference (minutes) or the case. */
  subjectId: string;
  dueDate: LocalDate;
  last: NonNullable<TaskFacts["lastReminder"]>;
}

export interface ConferenceFacts {
  id: string;
  kind: ConferenceKind;
  status: ConferenceStatus;
  seriesIndex: number;
  scheduledStart: Date | null;
  /** When the meeting began (first went live); null if it never took place. */
  heldAt: Date | null;
  /** When the meeting ended (first went to signing); a reopening for amendments does not move it. */
  endedAt: Date | null;
  /** When the minutes were closed. */
  closedAt: Date | null;
  /** A parent, child or relative was there (in the room or remote). */
  familyTookPart: boolean;
  /** The next meeting's date agreed in the closed minutes (their agreements), if they name one. */
  agreedNextMeeting: LocalDate | null;
}

export interface TaskFacts {
  id: string;
  status: TaskStatus;
  dueDate: LocalDate;
  agreedInId: string | null;
  lastReminder: { timing: ReminderTiming; outcome: ReminderOutcome; at: Date } | null;
}

export interface Deadline {
  /** Stable per deadline: `kind:subject`. */
  key: string;
  kind: DeadlineKind;
  caseId: string;
  dueDate: LocalDate;
  /** The next conference: the earliest day of its range. */
  windowStart: LocalDate | null;
  /** The day the clock started: the meeting held or ended, the case opened; null for a task. */
  since: LocalDate | null;
  overdue: boolean;
  /** Days from today to the due date; negative once overdue. */
  daysLeft: number;
  met: boolean;
  metAt: Date | null;
  /** Minutes: that conference; next conference and evaluation: the one the clock runs from. */
  conferenceId: string | null;
  /** The next conference: the one planned (not yet held), if any. */
  plannedConferenceId: string | null;
  taskId: string | null;
  lastReminder: TaskFacts["lastReminder"];
}

/** How urgent a kind is on the same due date: the meeting's paperwork first, tasks last. */
const KIND_ORDER: Record<DeadlineKind, number> = { minutes: 0, next_conference: 1, evaluation: 2, task: 3 };

/** Overdue first (earliest due first), then the soonest due; ties by kind, then key. */
export function byUrgency(a: Deadline, b: Deadline): number {
  return (
    Number(a.met) - Number(b.met) ||
    a.dueDate.localeCompare(b.dueDate) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    a.key.localeCompare(b.key)
  );
}

const FAMILY_MEETING: ConferenceKind = "conference";

/**
 * Every deadline of a case on `today` (the service's calendar): the next conference of the
 * series, the six-month evaluation, the minutes of each ended meeting, the open tasks. The
 * series and evaluation clocks run only while the case is open. Sorted most urgent first.
 */
export function caseDeadlines(facts: CaseFacts, settings: FollowupSettings, today: LocalDate): Deadline[] {
  const day = (d: Date) => localDateIn(d, settings.timeZone);
  const deadline = (
    d: Pick<Deadline, "kind" | "dueDate" | "since"> & Partial<Deadline> & { subject: string },
  ): Deadline => {
    const met = d.met ?? false;
    return {
      key: `${d.kind}:${d.subject}`,
      kind: d.kind,
      caseId: facts.id,
      dueDate: d.dueDate,
      windowStart: d.windowStart ?? null,
      since: d.since,
      overdue: !met && today > d.dueDate,
      daysLeft: daysBetween(today, d.dueDate),
      met,
      metAt: d.metAt ?? null,
      conferenceId: d.conferenceId ?? null,
      plannedConferenceId: d.plannedConferenceId ?? null,
      taskId: d.taskId ?? null,
      lastReminder: d.lastReminder ?? null,
    };
  };
  const lastReminder = (kind: DeadlineKind, subjectId: string, dueDate: LocalDate) =>
    facts.reminders.find((r) => r.kind === kind && r.subjectId === subjectId && r.dueDate === dueDate)?.last ?? null;
  const out: Deadline[] = [];
  const held = facts.conferences
    .filter((c): c is ConferenceFacts & { heldAt: Date } => c.heldAt !== null)
    .sort((a, b) => a.heldAt.getTime() - b.heldAt.getTime());

  if (facts.status === "open") {
    const last = held.at(-1);
    if (last) {
      const since = day(last.heldAt);
      // The date the meeting agreed, once its minutes are closed, replaces the default range.
      const agreed = last.agreedNextMeeting !== null && last.agreedNextMeeting > since ? last.agreedNextMeeting : null;
      const planned = facts.conferences
        .filter((c) => c.heldAt === null && c.seriesIndex > last.seriesIndex && ["draft", "invited"].includes(c.status))
        .sort((a, b) => a.seriesIndex - b.seriesIndex)[0];
      const dueDate = agreed ?? addDays(since, settings.nextConferenceWeeks.to * 7);
      out.push(
        deadline({
          kind: "next_conference",
          subject: facts.id,
          since,
          windowStart: agreed ?? addDays(since, settings.nextConferenceWeeks.from * 7),
          dueDate,
          conferenceId: last.id,
          plannedConferenceId: planned?.id ?? null,
          lastReminder: lastReminder("next_conference", facts.id, dueDate),
        }),
      );
    }
    // Case work is evaluated with the family at least every EVALUATION_MONTHS: the clock starts at
    // the case's opening and again at each case conference the family took part in.
    const evaluation = held.filter((c) => c.kind === FAMILY_MEETING && c.familyTookPart).at(-1);
    const opened = day(facts.openedAt);
    const since = evaluation && day(evaluation.heldAt) > opened ? day(evaluation.heldAt) : opened;
    const dueDate = addMonths(since, settings.evaluationMonths);
    out.push(
      deadline({
        kind: "evaluation",
        subject: facts.id,
        since,
        dueDate,
        conferenceId: evaluation?.id ?? null,
        lastReminder: lastReminder("evaluation", facts.id, dueDate),
      }),
    );
  }

  for (const c of facts.conferences) {
    if (c.endedAt === null) continue;
    const since = day(c.endedAt);
    const dueDate = addWorkingDays(since, settings.minutesDueWorkingDays, settings.calendar);
    out.push(
      deadline({
        kind: "minutes",
        subject: c.id,
        since,
        dueDate,
        lastReminder: lastReminder("minutes", c.id, dueDate),
        met: c.status === "closed",
        metAt: c.status === "closed" ? c.closedAt : null,
        conferenceId: c.id,
      }),
    );
  }

  for (const t of facts.tasks) {
    out.push(
      deadline({
        kind: "task",
        subject: t.id,
        since: null,
        dueDate: t.dueDate,
        conferenceId: t.agreedInId,
        taskId: t.id,
        lastReminder: t.lastReminder,
      }),
    );
  }
  return out.sort(byUrgency);
}

/** For the overdue view: unmet deadlines that are overdue or due within `withinDays`. */
export function dueSoon(deadlines: Deadline[], withinDays: number): Deadline[] {
  return deadlines.filter((d) => !d.met && d.daysLeft <= withinDays).sort(byUrgency);
}
