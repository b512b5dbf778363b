import {
  addTask as addLiveTask,
  updateTask as updateLiveTask,
  type LiveTaskPatch,
  type NewLiveTask,
  type TaskStatus,
} from "@roundtable/shared";
import type { EntityManager } from "typeorm";
import { Case } from "../cases/case.entity.js";
import { Conference } from "../conferences/conference.entity.js";
import { Participant } from "../conferences/participant.entity.js";
import { SERVER_WRITABLE } from "../collab/conference-gate.js";
import { hasLiveDocument } from "../collab/document-store.js";
import { changeLiveDocument } from "../conferences/live-change.js";
import { findOr404 } from "../db/lookup.js";
import type { Context } from "../graphql/context.js";
import { AppError } from "../graphql/errors.js";
import { paginate, type PageArgs } from "../graphql/pagination.js";
import { TOPICS } from "../graphql/pubsub.js";
import { patchChanges } from "../graphql/validation.js";
import { Person } from "../persons/person.entity.js";
import { onlyReadableTasks } from "../policy/scope.js";
import { TaskStatusChange } from "./task-status-change.entity.js";
import { Task } from "./task.entity.js";
import type { TaskFilter, TaskInput, TaskPatch } from "./task.types.js";

function publish(ctx: Context, task: Task): void {
  ctx.events.publish(TOPICS.task, {
    id: task.id,
    caseId: task.caseId,
    conferenceId: task.agreedInId,
    owner: { personId: task.ownerPersonId, participantId: task.ownerParticipantId },
  });
}

const invalid = (path: string, code: string, message: string) =>
  new AppError("BAD_USER_INPUT", `${path} ${message}.`, { fields: [{ path, code, message }] });

export function listTasks(ctx: Context, filter: TaskFilter, page: PageArgs) {
  const qb = onlyReadableTasks(ctx.db.getRepository(Task).createQueryBuilder("task"), ctx.actor);
  if (filter.ownerPersonId) qb.andWhere("task.ownerPersonId = :owner", { owner: filter.ownerPersonId });
  if (filter.statuses?.length) qb.andWhere("task.status IN (:...statuses)", { statuses: filter.statuses });
  if (filter.dueBefore) qb.andWhere("task.dueDate < :dueBefore", { dueBefore: filter.dueBefore });
  if (filter.caseId) qb.andWhere("task.caseId = :caseId", { caseId: filter.caseId });
  return paginate(
    qb,
    { expr: `COALESCE("task"."dueDate", 'infinity'::date)`, cast: "date", valueOf: (t) => t.dueDate ?? "infinity" },
    page,
  );
}

/** Resolves the owner: a participant (of a conference of this case) also fixes the person. */
async function resolveOwner(
  em: EntityManager,
  caseId: string,
  input: { ownerPersonId?: string | null; ownerParticipantId?: string | null },
): Promise<{ ownerPersonId?: string | null; ownerParticipantId?: string | null }> {
  if (input.ownerParticipantId) {
    const participant = await em.getRepository(Participant).findOneBy({ id: input.ownerParticipantId });
    const conference = participant && (await em.getRepository(Conference).findOneBy({ id: participant.conferenceId }));
    if (!participant || conference?.caseId !== caseId) {
      throw invalid("input.ownerParticipantId", "UNKNOWN_PARTICIPANT", "names no participant of this case");
    }
    return { ownerParticipantId: participant.id, ownerPersonId: participant.personId };
  }
  if (input.ownerPersonId) {
    if (!(await em.getRepository(Person).existsBy({ id: input.ownerPersonId }))) {
      throw invalid("input.ownerPersonId", "UNKNOWN_PERSON", "names no person");
    }
    return { ownerPersonId: input.ownerPersonId, ownerParticipantId: null };
  }
  const cleared = input.ownerPersonId === null || input.ownerParticipantId === null;
  return cleared ? { ownerPersonId: null, ownerParticipantId: null } : {};
}

/**
 * While a conference's meeting document can still be written, the tasks it agrees live there: a
 * row written here would be overwritten (or, while live, deleted) by the next projection. So a
 * change to such a task is made in the document and the row follows by projection.
 */
async function heldByDocument(em: EntityManager, conference: Conference): Promise<boolean> {
  return SERVER_WRITABLE.includes(conference.status) && hasLiveDocument(em, conference.id);
}

/**
 * The document names a task's owner by their seat in the conference: a person (or a seat in
 * another conference of the case) becomes their seat here, and someone without one cannot own it.
 */
async function seatIn(
  em: EntityManager,
  conference: Conference,
  input: { ownerPersonId?: string | null; ownerParticipantId?: string | null },
): Promise<string | null | undefined> {
  const owner = await resolveOwner(em, conference.caseId, input);
  if (owner.ownerParticipantId) {
    const seat = await em.getRepository(Participant).findOneBy({ id: owner.ownerParticipantId });
    if (seat?.conferenceId === conference.id) return seat.id;
  }
  if (owner.ownerPersonId === undefined) return undefined;
  if (owner.ownerPersonId === null) return null;
  const seat = await em
    .getRepository(Participant)
    .findOne({ where: { conferenceId: conference.id, personId: owner.ownerPersonId }, order: { createdAt: "ASC" } });
  if (seat) return seat.id;
  const path = input.ownerParticipantId ? "input.ownerParticipantId" : "input.ownerPersonId";
  throw invalid(path, "NOT_A_PARTICIPANT", "names nobody taking part in the conference that agrees the task");
}

/** The document's fields from GraphQL's, leaving out what was not given. */
function livePatch(fields: { title?: string; dueDate?: string | null; successIndicator?: string | null }) {
  const patch: LiveTaskPatch = {};
  if (fields.title !== undefined) patch.title = fields.title.trim();
  if (fields.dueDate !== undefined) patch.dueDate = fields.dueDate;
  if (fields.successIndicator !== undefined) patch.successIndicator = fields.successIndicator?.trim() ?? "";
  return patch;
}

/** What a task carries into the document when it is not there yet (a document made before it). */
async function asLiveTask(em: EntityManager, task: Task, conference: Conference): Promise<NewLiveTask> {
  const owner = task.ownerParticipantId
    ? await em.getRepository(Participant).findOneBy({ id: task.ownerParticipantId })
    : null;
  return {
    id: task.id,
    title: task.title,
    dueDate: task.dueDate,
    successIndicator: task.successIndicator ?? "",
    status: task.status,
    ownerParticipantId: owner?.conferenceId === conference.id ? owner.id : null,
  };
}

/** The task as the projection wrote it; missing only if projecting failed (it is logged and retried). */
async function projectedTask(ctx: Context, id: string): Promise<Task> {
  const task = await ctx.db.getRepository(Task).findOneBy({ id });
  if (!task) throw new Error(`task ${id} was changed in the meeting document but not projected yet`);
  return task;
}

export async function createTask(ctx: Context, input: TaskInput): Promise<Task> {
  const planned = await ctx.db.transaction(async (em) => {
    await findOr404(em, Case, "Case", input.caseId);
    if (input.agreedInId) {
      const conference = await em.getRepository(Conference).findOneBy({ id: input.agreedInId });
      if (conference?.caseId !== input.caseId) {
        throw invalid("input.agreedInId", "UNKNOWN_CONFERENCE", "names no conference of this case");
      }
      if (await heldByDocument(em, conference)) {
        return { kind: "document" as const, conference, seat: await seatIn(em, conference, input) };
      }
    }
    const owner = await resolveOwner(em, input.caseId, input);
    const task = await em.getRepository(Task).save(
      em.getRepository(Task).create({
        caseId: input.caseId,
        agreedInId: input.agreedInId ?? null,
        title: input.title.trim(),
        dueDate: input.dueDate ?? null,
        successIndicator: input.successIndicator ?? null,
        ownerPersonId: null,
        ownerParticipantId: null,
        ...owner,
      }),
    );
    await em.getRepository(TaskStatusChange).insert({ taskId: task.id, fromStatus: null, toStatus: task.status });
    return { kind: "rows" as const, task };
  });
  if (planned.kind === "rows") {
    publish(ctx, planned.task);
    return planned.task;
  }
  // The projection creates the row with its history and publishes it.
  const id = await changeLiveDocument(ctx, planned.conference.id, (doc) =>
    addLiveTask(doc, { ...livePatch(input), title: input.title.trim(), ownerParticipantId: planned.seat ?? null }),
  );
  return projectedTask(ctx, id);
}

export async function updateTask(ctx: Context, id: string, patch: TaskPatch): Promise<Task> {
  const { ownerPersonId: _p, ownerParticipantId: _q, ...fields } = patch;
  const changes = patchChanges(fields, ["title"]);
  if (changes.title !== undefined) changes.title = changes.title.trim();
  const planned = await ctx.db.transaction(async (em) => {
    const task = await findOr404(em, Task, "Task", id, { lock: true });
    const agreedIn = task.agreedInId ? await em.getRepository(Conference).findOneBy({ id: task.agreedInId }) : null;
    if (agreedIn && (await heldByDocument(em, agreedIn))) {
      const seat = await seatIn(em, agreedIn, patch);
      return { kind: "document" as const, conference: agreedIn, before: await asLiveTask(em, task, agreedIn), seat };
    }
    const owner = await resolveOwner(em, task.caseId, patch);
    const saved = await em.getRepository(Task).save(em.getRepository(Task).merge(task, { ...changes, ...owner }));
    return { kind: "rows" as const, saved };
  });
  if (planned.kind === "rows") {
    publish(ctx, planned.saved);
    return planned.saved;
  }
  const { conference, before, seat } = planned;
  const live = { ...livePatch(changes), ...(seat !== undefined ? { ownerParticipantId: seat } : {}) };
  await changeLiveDocument(ctx, conference.id, (doc) => {
    // Planned here before the document existed, so not in it yet: it joins the document now.
    if (!updateLiveTask(doc, id, live)) addLiveTask(doc, { ...before, ...live });
  });
  return projectedTask(ctx, id);
}

export async function setTaskStatus(ctx: Context, id: string, status: TaskStatus, note: string | null): Promise<Task> {
  const { saved, held } = await ctx.db.transaction(async (em) => {
    const task = await findOr404(em, Task, "Task", id, { lock: true });
    if (task.status === status) return { saved: task, held: null };
    const agreedIn = task.agreedInId ? await em.getRepository(Conference).findOneBy({ id: task.agreedInId }) : null;
    const held =
      agreedIn && (await heldByDocument(em, agreedIn))
        ? { conference: agreedIn, before: await asLiveTask(em, task, agreedIn) }
        : null;
    await em.getRepository(TaskStatusChange).insert({ taskId: id, fromStatus: task.status, toStatus: status, note });
    task.status = status;
    return { saved: await em.getRepository(Task).save(task), held };
  });
  // The row has the status and its note (the document has no place for the note); the document
  // follows, or the next projection would put the document's old status back.
  if (held) {
    await changeLiveDocument(ctx, held.conference.id, (doc) => {
      if (!updateLiveTask(doc, id, { status })) addLiveTask(doc, { ...held.before, status });
    });
  }
  publish(ctx, saved);
  return saved;
}
