import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { CaseType } from "../cases/case.types.js";
import { ConferenceType } from "../conferences/conference.types.js";
import type { Context } from "../graphql/context.js";
import { notFound } from "../graphql/errors.js";
import { authorize, can } from "../policy/policy.js";
import { TaskType } from "../tasks/task.types.js";
import type { Deadline } from "./clocks.js";
import { DeadlineType, MyDeadlinesArgs } from "./deadline.types.js";
import { caseDeadlinesLoader, myDeadlines, taskLoader } from "./deadlines.service.js";

const toType = (d: Deadline): DeadlineType => ({ ...d, id: d.key });

@Resolver(() => DeadlineType)
export class DeadlineResolver {
  @Query(() => [DeadlineType], {
    description:
      "The overdue view: every deadline of the cases you work on that is overdue or due within withinDays, " +
      "most urgent first (overdue first, then by due date).",
  })
  async myDeadlines(@Args(() => MyDeadlinesArgs) args: MyDeadlinesArgs, @Ctx() ctx: Context) {
    authorize(ctx.actor, "read", { type: "caseFollowUp" }, () => notFound("Deadlines", "mine"));
    return (await myDeadlines(ctx, args.withinDays)).map(toType);
  }

  // Every deadline belongs to a case of the caller's team (Case.deadlines and myDeadlines check),
  // so what it concerns is theirs to read.
  @FieldResolver(() => CaseType)
  case(@Root() d: DeadlineType, @Ctx() ctx: Context) {
    return ctx.loaders.caseById.load(d.caseId);
  }

  @FieldResolver(() => ConferenceType, {
    nullable: true,
    description: "Minutes: that meeting. Next conference and evaluation: the meeting the clock runs from.",
  })
  conference(@Root() d: DeadlineType, @Ctx() ctx: Context) {
    return d.conferenceId ? ctx.loaders.conferenceById.load(d.conferenceId) : null;
  }

  @FieldResolver(() => ConferenceType, {
    nullable: true,
    description: "Next conference: the one already planned (draft or invited), if any.",
  })
  plannedConference(@Root() d: DeadlineType, @Ctx() ctx: Context) {
    return d.plannedConferenceId ? ctx.loaders.conferenceById.load(d.plannedConferenceId) : null;
  }

  @FieldResolver(() => TaskType, { nullable: true })
  task(@Root() d: DeadlineType, @Ctx() ctx: Context) {
    return d.taskId ? taskLoader(ctx).load(d.taskId) : null;
  }
}

@Resolver(() => CaseType)
export class CaseDeadlinesResolver {
  @FieldResolver(() => [DeadlineType], {
    nullable: true,
    description:
      "The case's follow-up clocks, most urgent first: next conference, evaluation, minutes of each ended " +
      "meeting (met ones too), open tasks with a due date. Null for anyone but the case's team.",
  })
  async deadlines(@Root() c: CaseType, @Ctx() ctx: Context) {
    if (!can(ctx.actor, "read", { type: "case", caseId: c.id })) return null;
    return (await caseDeadlinesLoader(ctx).load(c.id)).map(toType);
  }
}
