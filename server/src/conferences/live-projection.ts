import { readAgenda, readAttendance, readTasks, type Attendance, type LiveTask } from "@roundtable/shared";
import { In, type DataSource, type EntityManager } from "typeorm";
import type * as Y from "yjs";
import { TOPICS, type Events } from "../graphql/pubsub.js";
import { TaskStatusChange } from "../tasks/task-status-change.entity.js";
import { Task } from "../tasks/task.entity.js";
import { AgendaItem } from "./agenda-item.entity.js";
import { conferenceEvent } from "./conference-events.js";
import { Conference } from "./conference.entity.js";
import { Participant } from "./participant.entity.js";

export interface ProjectionResult {
  agendaChanged: boolean;
  tasksChanged: number;
  attendanceChanged: number;
}

/**
 * The live document's agenda and tasks, made into the rows GraphQL reads (the conference page,
 * "my tasks", subscriptions). The document is the one writer of what it holds: rows follow it,
 * never the other way round. Tasks the meeting deleted are deleted only while the conference is
 * live; before and after, a missing task is left alone (it was planned through GraphQL).
 */
export async function projectLiveDocument(
  db: DataSource,
  events: Events,
  conferenceId: string,
  doc: Y.Doc,
): Promise<ProjectionResult> {
  const agenda = readAgenda(doc);
  const tasks = readTasks(doc);
  const attendance = readAttendance(doc);
  const result = await db.transaction(async (em) => {
    const conference = await em
      .getRepository(Conference)
      .findOne({ where: { id: conferenceId }, lock: { mode: "pessimistic_write" } });
    if (!conference) return null;
    const agendaChanged = await projectAgenda(em, conferenceId, agenda);
    const changed = await projectTasks(em, conference, tasks);
    const seats = await projectAttendance(em, conference.id, attendance);
    return { conference, agendaChanged, changed, seats };
  });
  if (!result) return { agendaChanged: false, tasksChanged: 0, attendanceChanged: 0 };
  const { conference, agendaChanged, changed, seats } = result;
  for (const seat of seats) {
    events.publish(TOPICS.participant, { id: seat, caseId: conference.caseId, conferenceId: conference.id });
  }
  if (agendaChanged) {
    events.publish(TOPICS.conference, conferenceEvent(conference));
  }
  for (const task of changed) {
    events.publish(TOPICS.task, {
      id: task.id,
      caseId: task.caseId,
      conferenceId: task.agreedInId,
      owner: { personId: task.ownerPersonId, participantId: task.ownerParticipantId },
    });
  }
  return { agendaChanged, tasksChanged: changed.length, attendanceChanged: seats.length };
}

async function projectAgenda(
  em: EntityManager,
  conferenceId: string,
  items: ReturnType<typeof readAgenda>,
): Promise<boolean> {
  const repo = em.getRepository(AgendaItem);
  const rows = new Map((await repo.findBy({ conferenceId })).map((r) => [r.id, r]));
  let changed = false;
  for (const [position, item] of items.entries()) {
    const row = rows.get(item.id);
    rows.delete(item.id);
    if (row && row.title === item.title && row.timeboxMinutes === item.timeboxMinutes && row.position === position) {
      continue;
    }
    changed = true;
    const values = { title: item.title, timeboxMinutes: item.timeboxMinutes, position };
    if (row) await repo.update(row.id, values);
    else await repo.insert({ id: item.id, conferenceId, reviewsTaskId: null, ...values });
  }
  if (rows.size > 0) {
    changed = true;
    await repo.delete({ id: In([...rows.keys()]) });
  }
  return changed;
}

async function projectTasks(em: EntityManager, conference: Conference, live: LiveTask[]): Promise<Task[]> {
  const repo = em.getRepository(Task);
  const seats = new Map(
    (await em.getRepository(Participant).findBy({ conferenceId: conference.id })).map((p) => [p.id, p.personId]),
  );
  const rows = new Map((await repo.findBy({ agreedInId: conference.id })).map((t) => [t.id, t]));
  const changed: Task[] = [];
  for (const item of live) {
    // An owner who is not (or no longer) a participant of this conference is not projected.
    const owner = item.ownerParticipantId && seats.has(item.ownerParticipantId) ? item.ownerParticipantId : null;
    const wanted = {
      title: item.title.trim() || "(untitled)",
      ownerParticipantId: owner,
      ownerPersonId: owner ? (seats.get(owner) ?? null) : null,
      dueDate: item.dueDate,
      successIndicator: item.successIndicator.trim() || null,
      status: item.status,
    };
    const row = rows.get(item.id);
    rows.delete(item.id);
    if (!row) {
      // Ids are the document's; one already used by another conference's task is not taken over.
      if (await repo.existsBy({ id: item.id })) continue;
      const saved = await repo.save(
        repo.create({ id: item.id, caseId: conference.caseId, agreedInId: conference.id, ...wanted }),
      );
      await em
        .getRepository(TaskStatusChange)
        .insert({ taskId: saved.id, fromStatus: null, toStatus: saved.status, note: null });
      changed.push(saved);
      continue;
    }
    const differs = (Object.keys(wanted) as (keyof typeof wanted)[]).some((k) => row[k] !== wanted[k]);
    if (!differs) continue;
    if (row.status !== wanted.status) {
      await em.getRepository(TaskStatusChange).insert({
        taskId: row.id,
        fromStatus: row.status,
        toStatus: wanted.status,
        note: "in the meeting",
      });
    }
    changed.push(await repo.save(Object.assign(row, wanted)));
  }
  if (conference.status === "live" && rows.size > 0) {
    await repo.delete({ id: In([...rows.keys()]) });
  }
  return changed;
}

/**
 * The attendance marked live. Only marks present are written: a participant without a mark keeps
 * what was recorded through GraphQL (before the meeting: excused), and a mark wins at each store.
 */
async function projectAttendance(
  em: EntityManager,
  conferenceId: string,
  marks: Record<string, Attendance>,
): Promise<string[]> {
  const repo = em.getRepository(Participant);
  const changed: string[] = [];
  for (const seat of await repo.findBy({ conferenceId })) {
    const wanted = marks[seat.id];
    if (wanted === undefined || seat.attendance === wanted) continue;
    await repo.update(seat.id, { attendance: wanted });
    changed.push(seat.id);
  }
  return changed;
}
