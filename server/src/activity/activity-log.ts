import type { Attendance, ConferenceKind, ConferenceStatus, ParticipantRole } from "@roundtable/shared";
import type { EntityManager } from "typeorm";

/**
 * The case's activity log: the service's register of contacts (forgalmi napló). Each conference
 * that got past draft is one entry (date, kind of meeting, purpose, who took part with their
 * institutions and attendance, status, who organised it), with what followed from it: invitations
 * sent and updated, minutes reopened, closed with their signatures, and sent to the invitees, a
 * cancellation. Read from the conferences, their status history and the mail queue.
 */
export const ACTIVITY_KINDS = [
  "conference",
  "invitations_sent",
  "invitation_update_sent",
  "minutes_reopened",
  "minutes_closed",
  "minutes_sent",
  "cancelled",
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface ActivityParticipant {
  name: string;
  institution: string | null;
  role: ParticipantRole;
  attendance: Attendance | null;
}

export interface AttendanceCounts {
  inRoom: number;
  remote: number;
  absent: number;
  excused: number;
  /** Attendance not taken. */
  unknown: number;
}

export interface ActivityEntry {
  id: string;
  at: Date;
  kind: ActivityKind;
  conferenceId: string;
  seriesIndex: number;
  conferenceKind: ConferenceKind;
  purpose: string;
  /** The conference's status now. */
  status: ConferenceStatus;
  /** The organiser seats, or the case manager when the conference has none. */
  organisers: string[];
  /** Conference entries only: everyone invited, with institution and attendance. */
  participants: ActivityParticipant[] | null;
  attendance: AttendanceCounts | null;
  /** Mail entries: messages queued and delivered. */
  messages: { count: number; delivered: number } | null;
  /** Minutes closed: present participants who signed, of those present. */
  signatures: { signed: number; present: number } | null;
}

interface ConferenceRow {
  id: string;
  kind: ConferenceKind;
  status: ConferenceStatus;
  seriesIndex: number;
  purpose: string;
  scheduledStart: Date | null;
  createdAt: Date;
}

interface ParticipantRow {
  conferenceId: string;
  name: string;
  institution: string | null;
  role: ParticipantRole;
  attendance: Attendance | null;
  signedAt: Date | null;
}

interface HistoryRow {
  id: string;
  conferenceId: string;
  fromStatus: ConferenceStatus | null;
  toStatus: ConferenceStatus;
  changedAt: Date;
}

interface MailRow {
  conferenceId: string;
  kind: "invitation" | "invitation_update" | "invitation_cancellation" | "minutes";
  day: string;
  count: number;
  delivered: number;
  first: Date;
  /** A cancellation to one participant removed from the meeting (their seat gone), not of the meeting. */
  withdrawal: boolean;
}

const ORDER: Record<ActivityKind, number> = Object.fromEntries(ACTIVITY_KINDS.map((k, i) => [k, i])) as never;
const PRESENT: readonly (Attendance | null)[] = ["in_room", "remote"];

export function attendanceCounts(participants: { attendance: Attendance | null }[]): AttendanceCounts {
  const count = (a: Attendance | null) => participants.filter((p) => p.attendance === a).length;
  return {
    inRoom: count("in_room"),
    remote: count("remote"),
    absent: count("absent"),
    excused: count("excused"),
    unknown: count(null),
  };
}

/** The activity log of one case, oldest first. Five queries. */
export async function activityLog(em: EntityManager, caseId: string): Promise<ActivityEntry[]> {
  const [conferences, participants, history, mails, manager] = await Promise.all([
    em.query<ConferenceRow[]>(
      `SELECT id, kind, status, "seriesIndex", purpose, "scheduledStart", "createdAt"
         FROM conferences WHERE "caseId" = $1 AND status <> 'draft'`,
      [caseId],
    ),
    em.query<ParticipantRow[]>(
      `SELECT p."conferenceId", pe."fullName" AS name, i.name AS institution, p.role, p.attendance, p."signedAt"
         FROM participants p
         JOIN conferences c ON c.id = p."conferenceId"
         JOIN persons pe ON pe.id = p."personId"
         LEFT JOIN institutions i ON i.id = pe."institutionId"
        WHERE c."caseId" = $1
        ORDER BY p.role, p."createdAt", p.id`,
      [caseId],
    ),
    em.query<HistoryRow[]>(
      `SELECT h.id, h."conferenceId", h."fromStatus", h."toStatus", h."changedAt"
         FROM conference_status_changes h JOIN conferences c ON c.id = h."conferenceId"
        WHERE c."caseId" = $1 ORDER BY h."changedAt", h.id`,
      [caseId],
    ),
    // Messages about the meeting, per conference, kind and day: an update sent to everyone is one entry.
    em.query<MailRow[]>(
      `SELECT m."conferenceId", m.kind, to_char(m."createdAt", 'YYYY-MM-DD') AS day, COUNT(*)::int AS count,
              COUNT(*) FILTER (WHERE m.status = 'sent')::int AS delivered, MIN(m."createdAt") AS first,
              (m.kind = 'invitation_cancellation' AND m."participantId" IS NULL) AS withdrawal
         FROM mail_messages m JOIN conferences c ON c.id = m."conferenceId"
        WHERE c."caseId" = $1 AND m.kind IN ('invitation', 'invitation_update', 'invitation_cancellation', 'minutes')
        GROUP BY 1, 2, 3, 7`,
      [caseId],
    ),
    em.query<{ fullName: string }[]>(
      `SELECT pe."fullName" FROM cases c JOIN persons pe ON pe.id = c."caseManagerId" WHERE c.id = $1`,
      [caseId],
    ),
  ]);

  const entries: ActivityEntry[] = [];
  for (const c of conferences) {
    const seats = participants.filter((p) => p.conferenceId === c.id);
    const organisers = seats.filter((p) => p.role === "organiser").map((p) => p.name);
    const changes = history.filter((h) => h.conferenceId === c.id);
    const mailsOf = (kind: MailRow["kind"]) =>
      mails.filter((m) => m.conferenceId === c.id && m.kind === kind && !m.withdrawal);
    const messages = (rows: MailRow[]) =>
      rows.length > 0
        ? {
            count: rows.reduce((n, r) => n + Number(r.count), 0),
            delivered: rows.reduce((n, r) => n + Number(r.delivered), 0),
          }
        : null;
    const base = {
      conferenceId: c.id,
      seriesIndex: c.seriesIndex,
      conferenceKind: c.kind,
      purpose: c.purpose,
      status: c.status,
      organisers: organisers.length > 0 ? organisers : manager.map((m) => m.fullName),
      participants: null,
      attendance: null,
      messages: null,
      signatures: null,
    };
    const heldAt = changes.find((h) => h.toStatus === "live")?.changedAt;
    entries.push({
      ...base,
      id: `conference:${c.id}`,
      at: new Date(heldAt ?? c.scheduledStart ?? c.createdAt),
      kind: "conference",
      participants: seats.map(({ name, institution, role, attendance }) => ({ name, institution, role, attendance })),
      attendance: attendanceCounts(seats),
    });
    for (const h of changes) {
      const at = new Date(h.changedAt);
      const id = `status:${h.id}`;
      if (h.toStatus === "invited") {
        entries.push({ ...base, id, at, kind: "invitations_sent", messages: messages(mailsOf("invitation")) });
      } else if (h.toStatus === "live" && h.fromStatus === "signing") {
        entries.push({ ...base, id, at, kind: "minutes_reopened" });
      } else if (h.toStatus === "closed") {
        const present = seats.filter((p) => PRESENT.includes(p.attendance));
        const signatures = { signed: present.filter((p) => p.signedAt !== null).length, present: present.length };
        entries.push({ ...base, id, at, kind: "minutes_closed", signatures });
      } else if (h.toStatus === "cancelled") {
        entries.push({ ...base, id, at, kind: "cancelled", messages: messages(mailsOf("invitation_cancellation")) });
      }
    }
    for (const [kind, rows] of [
      ["invitation_update_sent", mailsOf("invitation_update")],
      ["minutes_sent", mailsOf("minutes")],
    ] as const) {
      for (const row of rows) {
        entries.push({
          ...base,
          id: `mail:${c.id}:${row.kind}:${row.day}`,
          at: new Date(row.first),
          kind,
          messages: messages([row]),
        });
      }
    }
  }
  return entries.sort(
    (a, b) => a.at.getTime() - b.at.getTime() || ORDER[a.kind] - ORDER[b.kind] || a.id.localeCompare(b.id),
  );
}
