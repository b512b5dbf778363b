import type { Language } from "@roundtable/shared";
import type { DataSource, EntityManager } from "typeorm";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { runDueCaseReminders } from "./case-reminders.js";
import { settingsOf } from "./deadlines.service.js";
import { enqueueMail } from "../mail/outbox.js";
import { claimReminder, recordReminderMail } from "./reminder-claim.js";
import type { ReminderOutcome, ReminderTiming } from "./reminder.entity.js";
import { taskReminderLetter } from "./reminder-letter.js";
import type { FollowupSettings } from "./settings.js";
import { addDays, daysBetween, localDateIn, localHourIn, type LocalDate } from "./working-days.js";

export interface ReminderDeps {
  db: DataSource;
  settings: FollowupSettings;
  /** PUBLIC_URL without a trailing slash: the reminder links to the owner's tasks there. */
  publicUrl: string;
  log: Logger;
}

export interface ReminderRun {
  /** Reminders queued to the mail queue in this run. */
  queued: number;
  /** Reminders due to owners with no e-mail address: recorded, visible on the deadline, not sent. */
  noAddress: number;
}

/** A task whose owner is due a reminder now, with the reminder's key. */
interface DueTask {
  id: string;
  caseId: string;
  title: string;
  successIndicator: string | null;
  dueDate: LocalDate;
  agreedInId: string | null;
  ownerPersonId: string;
  ownerParticipantId: string | null;
  ownerName: string;
  email: string | null;
  caseReference: string;
  language: Language;
  timing: ReminderTiming;
  repeat: number;
}

/**
 * Tasks due a reminder on `today`: still open or in progress, with an owner and a due date, in an
 * open case, agreed outside a meeting or at one that has ended (while the meeting runs its tasks
 * are still being written). Before the due date: once, from TASK_REMINDER_DAYS before it. After it:
 * on the first day overdue, then every TASK_OVERDUE_REPEAT_DAYS (0: never again). Leaves out those
 * already queued for the same key, and those skipped for no address that still have none.
 */
function dueTasks(em: EntityManager, settings: FollowupSettings, today: LocalDate): Promise<DueTask[]> {
  return em.query<DueTask[]>(
    `WITH due AS (
       SELECT t.*,
              CASE WHEN t."dueDate" >= $1::date THEN 'before_due' ELSE 'overdue' END::reminder_timing AS timing,
              CASE WHEN t."dueDate" >= $1::date OR $3::int = 0 THEN 0
                   ELSE ($1::date - t."dueDate" - 1) / $3::int END AS repeat
         FROM tasks t
        WHERE t.status IN ('open', 'in_progress') AND t."ownerPersonId" IS NOT NULL
          AND t."dueDate" <= $2::date
     )
     SELECT d.id, d."caseId", d.title, d."successIndicator", d."dueDate", d."agreedInId", d."ownerPersonId",
            d."ownerParticipantId", d.timing, d.repeat, pe."fullName" AS "ownerName", NULLIF(btrim(pe.email), '') AS email,
            cs.reference AS "caseReference",
            COALESCE(conf.language,
                     (SELECT c2.language FROM conferences c2 WHERE c2."caseId" = d."caseId"
                       ORDER BY c2."seriesIndex" DESC LIMIT 1),
                     'en') AS language
       FROM due d
       JOIN persons pe ON pe.id = d."ownerPersonId"
       JOIN cases cs ON cs.id = d."caseId" AND cs.status = 'open'
       LEFT JOIN conferences conf ON conf.id = d."agreedInId"
      WHERE (d."agreedInId" IS NULL OR conf.status IN ('signing', 'closed'))
        AND NOT EXISTS (
          SELECT 1 FROM followup_reminders r
           WHERE r."deadlineKind" = 'task' AND r."subjectId" = d.id AND r.timing = d.timing
             AND r."dueDate" = d."dueDate" AND r.repeat = d.repeat
             AND (r.outcome = 'queued' OR NULLIF(btrim(pe.email), '') IS NULL))
      ORDER BY d."dueDate", d.id`,
    [today, addDays(today, settings.taskReminderDays), settings.overdueRepeatDays],
  );
}

/** Claims one task's reminder and queues its mail in one transaction; null when another run had it. */
async function remind(deps: ReminderDeps, task: DueTask, today: LocalDate): Promise<ReminderOutcome | null> {
  return deps.db.transaction(async (em) => {
    const claimed = await claimReminder(
      em,
      { deadlineKind: "task", subjectId: task.id, timing: task.timing, dueDate: task.dueDate, repeat: task.repeat },
      { caseId: task.caseId, taskId: task.id, recipientPersonId: task.ownerPersonId, hasAddress: task.email !== null },
    );
    if (!claimed) return null;
    if (!task.email) {
      deps.log.warn(
        { taskId: task.id, caseId: task.caseId, personId: task.ownerPersonId, timing: task.timing },
        "task reminder not sent: the owner has no e-mail address",
      );
      return "no_address";
    }
    const letter = taskReminderLetter({
      language: task.language,
      ownerName: task.ownerName,
      title: task.title,
      successIndicator: task.successIndicator,
      dueDate: task.dueDate,
      daysLeft: daysBetween(today, task.dueDate),
      timing: task.timing,
      caseReference: task.caseReference,
      link: `${deps.publicUrl}/tasks`,
    });
    const mailId = await enqueueMail(em, {
      kind: "task_reminder",
      conferenceId: task.agreedInId,
      participantId: task.ownerParticipantId,
      to: { name: task.ownerName, address: task.email },
      subject: letter.subject,
      text: letter.text,
    });
    await recordReminderMail(em, claimed.id, mailId);
    return "queued";
  });
}

/**
 * Queues every task reminder due at `now` (the service's clock: nothing before REMINDER_SEND_HOUR).
 * Safe to run from several instances at once and again at any time: a reminder goes out once.
 * Tests call it with the "now" they need; in production the timer of startReminderJob does.
 */
export async function runDueReminders(deps: ReminderDeps, now: Date = new Date()): Promise<ReminderRun> {
  const run: ReminderRun = { queued: 0, noAddress: 0 };
  if (localHourIn(now, deps.settings.timeZone) < deps.settings.sendHour) return run;
  const today = localDateIn(now, deps.settings.timeZone);
  for (const task of await dueTasks(deps.db.manager, deps.settings, today)) {
    const outcome = await remind(deps, task, today);
    if (outcome === "queued") run.queued++;
    if (outcome === "no_address") run.noAddress++;
  }
  return run;
}

export interface ReminderJob {
  /** No new run starts; resolves when the one under way has finished. */
  stop(): Promise<void>;
}

/** What the reminders need from the configuration. */
export function reminderDeps(config: Config, db: DataSource, log: Logger): ReminderDeps {
  const publicUrl = config.PUBLIC_URL?.replace(/\/$/, "") ?? `http://localhost:${config.PORT}`;
  return { db, settings: settingsOf(config), publicUrl, log };
}

/**
 * One reminder timer per server process: every REMINDER_CHECK_SECONDS, the first one that long
 * after start. A failed run is logged and the next one tries again.
 */
export function startReminderJob(config: Config, db: DataSource, log: Logger): ReminderJob {
  const deps = reminderDeps(config, db, log);
  const intervalMs = config.REMINDER_CHECK_SECONDS * 1000;
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (stopped || running) return;
    running = (async () => {
      const tasks = await runDueReminders(deps);
      if (tasks.queued || tasks.noAddress) deps.log.info(tasks, "task reminders queued");
      const deadlines = await runDueCaseReminders(deps);
      if (deadlines.queued || deadlines.noAddress) deps.log.info(deadlines, "case deadline reminders queued");
    })()
      .catch((err: unknown) => deps.log.error({ err }, "reminders failed; trying again at the next check"))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
