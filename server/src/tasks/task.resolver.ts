import { OPEN_TASK_STATUSES, type TaskStatus } from "@roundtable/shared";
import { MaxLength } from "class-validator";
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from "type-graphql";
import { CaseType } from "../cases/case.types.js";
import { ConferenceType, ParticipantType } from "../conferences/conference.types.js";
import { findOr404 } from "../db/lookup.js";
import type { Context } from "../graphql/context.js";
import { GqlTaskStatus } from "../graphql/enums.js";
import { notFound } from "../graphql/errors.js";
import { PageArgs } from "../graphql/pagination.js";
import { guardedSubscription } from "../graphql/guarded-subscription.js";
import { TOPICS, type ChangeEvent } from "../graphql/pubsub.js";
import { LONG_TEXT } from "../graphql/validation.js";
import { PersonType } from "../persons/person.types.js";
import { authorize, can } from "../policy/policy.js";
import { Task } from "./task.entity.js";
import { createTask, listTasks, setTaskStatus, updateTask } from "./task.service.js";
import { TaskConnection, TaskFilter, TaskInput, TaskPatch, TaskStatusChangeType, TaskType } from "./task.types.js";

@ArgsType()
class SetTaskStatusArgs {
  @Field(() => ID)
  id: string;

  @Field(() => GqlTaskStatus)
  status: TaskStatus;

  @Field(() => String, { nullable: true, description: "Why, for the history: 'first appointment kept'." })
  @MaxLength(LONG_TEXT)
  note?: string | null;
}

/** What the policy looks at in a task. */
export const taskSubject = (t: {
  caseId: string;
  agreedInId: string | null;
  ownerPersonId: string | null;
  ownerParticipantId: string | null;
}) =>
  ({
    type: "task",
    caseId: t.caseId,
    agreedInId: t.agreedInId,
    ownerPersonId: t.ownerPersonId,
    ownerParticipantId: t.ownerParticipantId,
  }) as const;

async function visibleTask(ctx: Context, id: string, action: "read" | "update" | "updateStatus") {
  const task = await findOr404(ctx.db.manager, Task, "Task", id);
  authorize(ctx.actor, action, taskSubject(task), () => notFound("Task", id));
  return task;
}

const today = () => new Date().toISOString().slice(0, 10);

@Resolver(() => TaskType)
export class TaskResolver {
  @Query(() => TaskConnection, { description: "Tasks by due date (undated last): my tasks, overdue, a case's plan." })
  tasks(
    @Arg("filter", () => TaskFilter, { nullable: true }) filter: TaskFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.actor, "read", { type: "cases" }, () => notFound("Task", "*"));
    return listTasks(ctx, filter ?? {}, page);
  }

  @Query(() => TaskType)
  task(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return visibleTask(ctx, id, "read");
  }

  @Mutation(() => TaskType)
  createTask(@Arg("input", () => TaskInput) input: TaskInput, @Ctx() ctx: Context) {
    authorize(ctx.actor, "update", { type: "case", caseId: input.caseId }, () => notFound("Case", input.caseId));
    return createTask(ctx, input);
  }

  @Mutation(() => TaskType)
  async updateTask(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => TaskPatch) input: TaskPatch,
    @Ctx() ctx: Context,
  ) {
    await visibleTask(ctx, id, "update");
    return updateTask(ctx, id, input);
  }

  @Mutation(() => TaskType, { description: "Changes the status and records it in the task's history." })
  async setTaskStatus(@Args(() => SetTaskStatusArgs) args: SetTaskStatusArgs, @Ctx() ctx: Context) {
    await visibleTask(ctx, args.id, "updateStatus");
    return setTaskStatus(ctx, args.id, args.status, args.note ?? null);
  }

  @FieldResolver(() => CaseType, { nullable: true, description: "Null for those who do not work on the case." })
  case(@Root() t: TaskType, @Ctx() ctx: Context) {
    return can(ctx.actor, "read", { type: "case", caseId: t.caseId }) ? ctx.loaders.caseById.load(t.caseId) : null;
  }

  @FieldResolver(() => ConferenceType, { nullable: true, description: "The conference that agreed it." })
  agreedIn(@Root() t: TaskType, @Ctx() ctx: Context) {
    if (!t.agreedInId) return null;
    const subject = { type: "conference", conferenceId: t.agreedInId, caseId: t.caseId } as const;
    return can(ctx.actor, "read", subject) ? ctx.loaders.conferenceById.load(t.agreedInId) : null;
  }

  @FieldResolver(() => [ConferenceType], { description: "Later conferences that reviewed it (those you may see)." })
  async reviewedIn(@Root() t: TaskType, @Ctx() ctx: Context) {
    const conferences = await ctx.loaders.reviewedInByTask.load(t.id);
    return conferences.filter((c) =>
      can(ctx.actor, "read", { type: "conference", conferenceId: c.id, caseId: c.caseId }),
    );
  }

  @FieldResolver(() => PersonType, { nullable: true })
  ownerPerson(@Root() t: TaskType, @Ctx() ctx: Context) {
    return t.ownerPersonId ? ctx.loaders.personById.load(t.ownerPersonId) : null;
  }

  @FieldResolver(() => ParticipantType, { nullable: true })
  ownerParticipant(@Root() t: TaskType, @Ctx() ctx: Context) {
    return t.ownerParticipantId ? ctx.loaders.participantById.load(t.ownerParticipantId) : null;
  }

  @FieldResolver(() => Boolean, { description: "Past its due date and not done or dropped." })
  overdue(@Root() t: TaskType) {
    return t.dueDate !== null && t.dueDate < today() && OPEN_TASK_STATUSES.includes(t.status);
  }

  @FieldResolver(() => [TaskStatusChangeType], { description: "Every status the task had, oldest first." })
  statusHistory(@Root() t: TaskType, @Ctx() ctx: Context) {
    return ctx.loaders.statusHistoryByTask.load(t.id);
  }

  @Subscription(() => TaskType, {
    description: "A task was created or changed: a case's, or every task you may see.",
    subscribe: guardedSubscription<{ caseId?: string | null }>(
      TOPICS.task,
      (args, ctx) =>
        args.caseId
          ? authorize(ctx.actor, "read", { type: "case", caseId: args.caseId }, () =>
              notFound("Case", args.caseId ?? ""),
            )
          : authorize(ctx.actor, "read", { type: "cases" }, () => notFound("Task", "*")),
      (payload, args, ctx) =>
        (!args.caseId || args.caseId === payload.caseId) &&
        can(
          ctx.actor,
          "read",
          taskSubject({
            caseId: payload.caseId,
            agreedInId: payload.conferenceId,
            ownerPersonId: payload.owner?.personId ?? null,
            ownerParticipantId: payload.owner?.participantId ?? null,
          }),
        ),
    ),
  })
  taskChanged(
    @Root() event: ChangeEvent,
    @Arg("caseId", () => ID, { nullable: true }) _caseId: string | null,
    @Ctx() ctx: Context,
  ) {
    return findOr404(ctx.db.manager, Task, "Task", event.id);
  }
}
