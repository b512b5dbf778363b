import type { Language } from "@roundtable/shared";
import type { EntityManager } from "typeorm";
import { enqueueMail } from "../mail/outbox.js";
import { loadCaseFacts } from "./case-facts.js";
import { caseDeadlines, type Deadline } from "./clocks.js";
import type { CaseFacts } from "./clocks.js";
import { deadlineReminderLetter, type CaseDeadlineKind } from "./deadline-letter.js";
import { claimReminder, recordReminderMail, reminderDue, type ReminderKey } from "./reminder-claim.js";
import type { ReminderDeps, ReminderRun } from "./reminders.js";
import { daysBetween, localDateIn, localHourIn, type LocalDate } from "./working-days.js";

/** A deadline of a case due a reminder now, with its key. */
interface DueDeadline {
  deadline: Deadline & { kind: CaseDeadlineKind; since: LocalDate };
  key: ReminderKey;
}

/** Who is reminded: a person, with or without an address; null when the case has nobody to ask. */
interface Recipient {
  personId: string;
  name: string;
  email: string | null;
  /** Their seat at the conference the reminder is about (minutes). */
  participantId: string | null;
}

const CASE_KINDS: readonly string[] = ["minutes", "next_conference", "evaluation"];

/**
 * The case deadlines due a reminder on `today`: unmet, from DEADLINE_REMINDER_DAYS before the due
 * date, then when overdue every DEADLINE_OVERDUE_REPEAT_DAYS. The next conference is not reminded
 * while one is already scheduled on or before its due date.
 */
function dueDeadlines(deps: ReminderDeps, facts: CaseFacts[], today: LocalDate): DueDeadline[] {
  const { settings } = deps;
  const out: DueDeadline[] = [];
  for (const f of facts) {
    for (const d of caseDeadlines(f, settings, today)) {
      if (!CASE_KINDS.includes(d.kind) || d.met || d.since === null) continue;
      if (d.kind === "next_conference" && d.plannedConferenceId) {
        const planned = f.conferences.find((c) => c.id === d.plannedConferenceId)?.scheduledStart;
        if (planned && localDateIn(planned, settings.timeZone) <= d.dueDate) continue;
      }
      const due = reminderDue(d.dueDate, today, settings.deadlineReminderDays, settings.deadlineOverdueRepeatDays);
      if (!due) continue;
      const deadline = d as DueDeadline["deadline"];
      const subjectId = d.kind === "minutes" ? d.conferenceId! : f.id;
      out.push({ deadline, key: { deadlineKind: deadline.kind, subjectId, dueDate: d.dueDate, ...due } });
    }
  }
  return out;
}

const keyOf = (k: ReminderKey) => `${k.deadlineKind}|${k.subjectId}|${k.timing}|${k.dueDate}|${k.repeat}`;

/** The outcome already recorded for each key among these. */
async function recorded(em: EntityManager, due: DueDeadline[]): Promise<Map<string, string>> {
  if (due.length === 0) return new Map();
  const rows = await em.query<(ReminderKey & { outcome: string })[]>(
    `SELECT "deadlineKind", "subjectId", timing, to_char("dueDate", 'YYYY-MM-DD') AS "dueDate", repeat, outcome
       FROM followup_reminders WHERE "deadlineKind" <> 'task' AND "subjectId" = ANY($1)`,
    [[...new Set(due.map((d) => d.key.subjectId))]],
  );
  return new Map(rows.map((r) => [keyOf(r), r.outcome]));
}

/**
 * The minutes: the conference's facilitator, else an organiser (the first with an address, else
 * the first of them), else the case manager. The next conference and the evaluation: the case manager.
 */
async function recipientOf(em: EntityManager, d: DueDeadline): Promise<Recipient | null> {
  const people: Recipient[] = [];
  if (d.deadline.kind === "minutes") {
    people.push(
      ...(await em.query<Recipient[]>(
        `SELECT pe.id AS "personId", pe."fullName" AS name, NULLIF(btrim(pe.email), '') AS email, p.id AS "participantId"
           FROM participants p JOIN persons pe ON pe.id = p."personId"
          WHERE p."conferenceId" = $1 AND p.role IN ('facilitator', 'organiser')
          ORDER BY CASE p.role WHEN 'facilitator' THEN 0 ELSE 1 END, pe."fullName", p.id`,
        [d.key.subjectId],
      )),
    );
  }
  people.push(
    ...(await em.query<Recipient[]>(
      `SELECT pe.id AS "personId", pe."fullName" AS name, NULLIF(btrim(pe.email), '') AS email, NULL AS "participantId"
         FROM cases c JOIN persons pe ON pe.id = c."caseManagerId" WHERE c.id = $1`,
      [d.deadline.caseId],
    )),
  );
  return people.find((p) => p.email !== null) ?? people[0] ?? null;
}

/** The case's reference, and the language to write in: the conference's, else the case's latest conference's. */
async function caseWords(em: EntityManager, d: DueDeadline): Promise<{ reference: string; language: Language }> {
  const [row] = await em.query<{ reference: string; language: Language }[]>(
    `SELECT cs.reference,
            COALESCE((SELECT language FROM conferences WHERE id = $2),
                     (SELECT language FROM conferences WHERE "caseId" = cs.id ORDER BY "seriesIndex" DESC LIMIT 1),
                     'en') AS language
       FROM cases cs WHERE cs.id = $1`,
    [d.deadline.caseId, d.deadline.conferenceId],
  );
  return row!;
}

/** Claims one reminder and queues its mail in one transaction; null when another run had it. */
async function remind(deps: ReminderDeps, d: DueDeadline, today: LocalDate): Promise<"queued" | "no_address" | null> {
  return deps.db.transaction(async (em) => {
    const to = await recipientOf(em, d);
    const claimed = await claimReminder(em, d.key, {
      caseId: d.deadline.caseId,
      taskId: null,
      recipientPersonId: to?.personId ?? null,
      hasAddress: Boolean(to?.email),
    });
    if (!claimed) return null;
    if (!to?.email) {
      deps.log.warn(
        { caseId: d.deadline.caseId, kind: d.deadline.kind, personId: to?.personId ?? null, timing: d.key.timing },
        to
          ? "deadline reminder not sent: the recipient has no e-mail address"
          : "deadline reminder not sent: nobody to remind",
      );
      return "no_address";
    }
    const { reference, language } = await caseWords(em, d);
    const minutes = d.deadline.kind === "minutes";
    const letter = deadlineReminderLetter({
      kind: d.deadline.kind,
      language,
      recipientName: to.name,
      timing: d.key.timing,
      dueDate: d.deadline.dueDate,
      daysLeft: daysBetween(today, d.deadline.dueDate),
      since: d.deadline.since,
      windowStart: d.deadline.windowStart,
      caseReference: reference,
      link: minutes
        ? `${deps.publicUrl}/conferences/${d.deadline.conferenceId}`
        : `${deps.publicUrl}/cases/${d.deadline.caseId}`,
      minutesWorkingDays: deps.settings.minutesDueWorkingDays,
      evaluationMonths: deps.settings.evaluationMonths,
    });
    const mailId = await enqueueMail(em, {
      kind: "deadline_reminder",
      // The minutes' reminder is filed under their conference, so its organiser sees the delivery there.
      conferenceId: minutes ? d.deadline.conferenceId : null,
      participantId: minutes ? to.participantId : null,
      to: { name: to.name, address: to.email },
      subject: letter.subject,
      text: letter.text,
    });
    await recordReminderMail(em, claimed.id, mailId);
    return "queued";
  });
}

/**
 * Queues every reminder of a case's own deadlines due at `now`: the minutes to the facilitator,
 * the next conference and the evaluation to the case manager, for open cases. Like the task
 * reminders: nothing before REMINDER_SEND_HOUR, each reminder once across all instances, and a
 * run that finds nothing new writes nothing.
 */
export async function runDueCaseReminders(deps: ReminderDeps, now: Date = new Date()): Promise<ReminderRun> {
  const run: ReminderRun = { queued: 0, noAddress: 0 };
  if (localHourIn(now, deps.settings.timeZone) < deps.settings.sendHour) return run;
  const today = localDateIn(now, deps.settings.timeZone);
  const em = deps.db.manager;
  const open = await em.query<{ id: string }[]>(`SELECT id FROM cases WHERE status = 'open'`);
  const due = dueDeadlines(
    deps,
    await loadCaseFacts(
      em,
      open.map((c) => c.id),
    ),
    today,
  );
  const done = await recorded(em, due);
  for (const d of due) {
    // One skipped for want of an address is tried again: the claim takes it over once there is one.
    if (done.get(keyOf(d.key)) === "queued") continue;
    const result = await remind(deps, d, today);
    if (result === "queued") run.queued++;
    if (result === "no_address") run.noAddress++;
  }
  return run;
}
