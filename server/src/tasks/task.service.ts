import type { TaskStatus } from "@roundtable/shared";
import type { EntityManager } from "typeorm";
import { Case } from "../cases/case.entity.js";
import { Conference } from "../conferences/conference.entity.js";
import { Participant } from "../conferences/participant.entity.js";
import { hasLiveDocument } from "../collab/document-store.js";
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
 * While a conference's meeting document is open for writing, the tasks it agrees live there: a
 * row written here would be overwritten (or, while live, deleted) by the next projection.
 */
async function assertNotInMeetingDocument(em: EntityManager, conference: Conference): Promise<void> {
  const open = conference.status === "invited" || conference.status === "live";
  if (open && (await hasLiveDocument(em, conference.id))) {
    throw new AppError(
      "CONFERENCE_LOCKED",
      "This conference's tasks are agreed in its meeting document now: add or change them there.",
      { status: conference.status },
    );
  }
}

export async function createTask(ctx: Context, input: TaskInput): Promise<Task> {
  const saved = await ctx.db.transaction(async (em) => {
    await findOr404(em, Case, "Case", input.caseId);
    if (input.agreedInId) {
      const conference = await em.getRepository(Conference).findOneBy({ id: input.agreedInId });
      if (conference?.caseId !== input.caseId) {
        throw invalid("input.agreedInId", "UNKNOWN_CONFERENCE", "names no conference of this case");
      }
      await assertNotInMeetingDocument(em, conference);
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
    return task;
  });
  publish(ctx, saved);
  return saved;
}

export async function updateTask(ctx: Context, id: string, patch: TaskPatch): Promise<Task> {
  const { ownerPersonId: _p, ownerParticipantId: _q, ...fields } = patch;
  const changes = patchChanges(fields, ["title"]);
  if (changes.title !== undefined) changes.title = changes.title.trim();
  const saved = await ctx.db.transaction(async (em) => {
    const task = await findOr404(em, Task, "Task", id, { lock: true });
    const agreedIn = task.agreedInId ? await em.getRepository(Conference).findOneBy({ id: task.agreedInId }) : null;
    if (agreedIn) await assertNotInMeetingDocument(em, agreedIn);
    const owner = await resolveOwner(em, task.caseId, patch);
    return em.getRepository(Task).save(em.getRepository(Task).merge(task, { ...changes, ...owner }));
  });
  publish(ctx, saved);
  return saved;
}

export async function setTaskStatus(ctx: Context, id: string, status: TaskStatus, note: string | null): Promise<Task> {
  const saved = await ctx.db.transaction(async (em) => {
    const task = await findOr404(em, Task, "Task", id, { lock: true });
    if (task.status === status) return task;
    await em.getRepository(TaskStatusChange).insert({ taskId: id, fromStatus: task.status, toStatus: status, note });
    task.status = status;
    return em.getRepository(Task).save(task);
  });
  publish(ctx, saved);
  return saved;
}
