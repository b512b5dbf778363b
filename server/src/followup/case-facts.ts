import { OPEN_TASK_STATUSES, type CaseStatus, type ConferenceKind, type ConferenceStatus } from "@roundtable/shared";
import type { EntityManager } from "typeorm";
import type { CaseFacts, CaseReminderFacts, ConferenceFacts, TaskFacts } from "./clocks.js";
import type { ReminderOutcome, ReminderTiming } from "./reminder.entity.js";

/** Roles that stand for the family: an evaluation is "with the family" when one of them took part. */
export const FAMILY_ROLES = ["parent", "child", "relative"] as const;

interface ConferenceRow {
  id: string;
  caseId: string;
  kind: ConferenceKind;
  status: ConferenceStatus;
  seriesIndex: number;
  scheduledStart: Date | null;
  plannedDurationMinutes: number;
  statusChangedAt: Date;
  firstLive: Date | null;
  firstSigning: Date | null;
  lastClosed: Date | null;
  familyTookPart: boolean;
  agreedNextMeeting: string | null;
}

const PAST_LIVE: readonly ConferenceStatus[] = ["live", "signing", "closed"];
const PAST_MEETING: readonly ConferenceStatus[] = ["signing", "closed"];
const MINUTE = 60_000;

/**
 * When a conference was held, ended and closed, from its status history. A conference from before
 * the history began (its first known row is its status then) falls back on its schedule.
 */
export function conferenceFacts(row: ConferenceRow): ConferenceFacts {
  const scheduledEnd = row.scheduledStart
    ? new Date(row.scheduledStart.getTime() + row.plannedDurationMinutes * MINUTE)
    : null;
  const heldAt = row.firstLive ?? (PAST_LIVE.includes(row.status) ? (row.scheduledStart ?? row.statusChangedAt) : null);
  const endedAt =
    row.firstSigning ?? (PAST_MEETING.includes(row.status) ? (scheduledEnd ?? row.statusChangedAt) : null);
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    seriesIndex: row.seriesIndex,
    scheduledStart: row.scheduledStart,
    heldAt,
    endedAt,
    closedAt: row.status === "closed" ? (row.lastClosed ?? row.statusChangedAt) : null,
    familyTookPart: row.familyTookPart,
    agreedNextMeeting:
      row.status === "closed" && row.agreedNextMeeting && LOCAL_DATE.test(row.agreedNextMeeting)
        ? row.agreedNextMeeting
        : null,
  };
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

const date = (v: Date | string | null) => (v === null ? null : new Date(v));

/** The facts of the given cases for the clocks: four queries, whatever the number of cases. */
export async function loadCaseFacts(em: EntityManager, caseIds: string[]): Promise<CaseFacts[]> {
  if (caseIds.length === 0) return [];
  const [cases, conferences, tasks, reminders] = await Promise.all([
    em.query<{ id: string; status: CaseStatus; createdAt: Date }[]>(
      `SELECT id, status, "createdAt" FROM cases WHERE id = ANY($1) ORDER BY "familyName", id`,
      [caseIds],
    ),
    em.query<ConferenceRow[]>(
      `SELECT c.id, c."caseId", c.kind, c.status, c."seriesIndex", c."scheduledStart", c."plannedDurationMinutes",
              c."statusChangedAt",
              (SELECT MIN(h."changedAt") FROM conference_status_changes h
                WHERE h."conferenceId" = c.id AND h."toStatus" = 'live') AS "firstLive",
              (SELECT MIN(h."changedAt") FROM conference_status_changes h
                WHERE h."conferenceId" = c.id AND h."toStatus" = 'signing') AS "firstSigning",
              (SELECT MAX(h."changedAt") FROM conference_status_changes h
                WHERE h."conferenceId" = c.id AND h."toStatus" = 'closed') AS "lastClosed",
              EXISTS (SELECT 1 FROM participants p WHERE p."conferenceId" = c.id
                        AND p.role::text = ANY($2) AND p.attendance IN ('in_room', 'remote')) AS "familyTookPart",
              -- The next meeting the signed minutes name (the last version: the one closed).
              (SELECT v.content -> 'agreements' ->> 'nextMeetingDate' FROM minutes_versions v
                WHERE v."conferenceId" = c.id ORDER BY v.number DESC LIMIT 1) AS "agreedNextMeeting"
         FROM conferences c WHERE c."caseId" = ANY($1)`,
      [caseIds, FAMILY_ROLES],
    ),
    em.query<
      (Omit<TaskFacts, "lastReminder"> & { caseId: string; timing: ReminderTiming | null } & {
        outcome: ReminderOutcome | null;
        remindedAt: Date | null;
      })[]
    >(
      `SELECT t.id, t."caseId", t.status, t."dueDate", t."agreedInId", r.timing, r.outcome, r."updatedAt" AS "remindedAt"
         FROM tasks t
         LEFT JOIN LATERAL (
           SELECT timing, outcome, "updatedAt" FROM followup_reminders
            WHERE "deadlineKind" = 'task' AND "subjectId" = t.id ORDER BY "updatedAt" DESC LIMIT 1
         ) r ON true
        WHERE t."caseId" = ANY($1) AND t.status::text = ANY($2) AND t."dueDate" IS NOT NULL`,
      [caseIds, OPEN_TASK_STATUSES],
    ),
    em.query<
      (Omit<CaseReminderFacts, "last"> & {
        caseId: string;
        timing: ReminderTiming;
        outcome: ReminderOutcome;
        at: Date;
      })[]
    >(
      `SELECT DISTINCT ON ("deadlineKind", "subjectId", "dueDate")
              "caseId", "deadlineKind" AS kind, "subjectId", to_char("dueDate", 'YYYY-MM-DD') AS "dueDate", timing,
              outcome, "updatedAt" AS at
         FROM followup_reminders WHERE "caseId" = ANY($1) AND "deadlineKind" <> 'task'
        ORDER BY "deadlineKind", "subjectId", "dueDate", "updatedAt" DESC`,
      [caseIds],
    ),
  ]);
  return cases.map((c) => ({
    id: c.id,
    status: c.status,
    openedAt: new Date(c.createdAt),
    conferences: conferences
      .filter((r) => r.caseId === c.id)
      .map((r) =>
        conferenceFacts({
          ...r,
          scheduledStart: date(r.scheduledStart),
          statusChangedAt: new Date(r.statusChangedAt),
          firstLive: date(r.firstLive),
          firstSigning: date(r.firstSigning),
          lastClosed: date(r.lastClosed),
        }),
      ),
    tasks: tasks
      .filter((t) => t.caseId === c.id)
      .map((t) => ({
        id: t.id,
        status: t.status,
        dueDate: t.dueDate,
        agreedInId: t.agreedInId,
        lastReminder:
          t.timing && t.outcome && t.remindedAt
            ? { timing: t.timing, outcome: t.outcome, at: new Date(t.remindedAt) }
            : null,
      })),
    reminders: reminders
      .filter((r) => r.caseId === c.id)
      .map((r) => ({
        kind: r.kind,
        subjectId: r.subjectId,
        dueDate: r.dueDate,
        last: { timing: r.timing, outcome: r.outcome, at: new Date(r.at) },
      })),
  }));
}
