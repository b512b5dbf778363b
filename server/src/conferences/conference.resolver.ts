import {
  meetsProfessionalMinimum,
  MIN_PROFESSIONALS,
  missingInvitees,
  nextStatuses,
  professionalCount,
  readinessProblems,
  type ConferenceStatus,
  type ReadinessProblem,
} from "@roundtable/shared";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import { CaseType } from "../cases/case.types.js";
import { findOr404 } from "../db/lookup.js";
import type { Context } from "../graphql/context.js";
import { GqlConferenceStatus, GqlReadinessProblem } from "../graphql/enums.js";
import { notFound } from "../graphql/errors.js";
import { PageArgs } from "../graphql/pagination.js";
import { guardedSubscription } from "../graphql/guarded-subscription.js";
import { TOPICS, type ChangeEvent } from "../graphql/pubsub.js";
import { authorize, can } from "../policy/policy.js";
import { taskSubject } from "../tasks/task.resolver.js";
import { TaskType } from "../tasks/task.types.js";
import { AgendaItem } from "./agenda-item.entity.js";
import { addAgendaItem, moveAgendaItem, removeAgendaItem, updateAgendaItem } from "./agenda.service.js";
import { Conference } from "./conference.entity.js";
import { createConference, listConferences, transitionConference, updateConference } from "./conference.service.js";
import {
  AgendaItemInput,
  AgendaItemPatch,
  AgendaItemType,
  ConferenceAccessType,
  ConferenceConnection,
  ConferenceFilter,
  ConferenceInput,
  ConferencePatch,
  ConferenceType,
  InviteeHintsType,
  ParticipantType,
} from "./conference.types.js";
import { planNextConference } from "./series.service.js";

const subject = (c: { id: string; caseId: string }) =>
  ({ type: "conference", conferenceId: c.id, caseId: c.caseId }) as const;

/** Loads a conference the actor may see, or reports it as not found. */
export async function visibleConference(ctx: Context, id: string, action: "read" | "update" | "run" = "read") {
  const conference = await findOr404(ctx.db.manager, Conference, "Conference", id);
  authorize(ctx.actor, action, subject(conference), () => notFound("Conference", id));
  return conference;
}

@Resolver(() => ConferenceType)
export class ConferenceResolver {
  @Query(() => ConferenceType)
  conference(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return visibleConference(ctx, id);
  }

  @Query(() => ConferenceConnection, { description: "Conferences by scheduled time; unscheduled ones last." })
  conferences(
    @Arg("filter", () => ConferenceFilter, { nullable: true }) filter: ConferenceFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.actor, "read", { type: "cases" }, () => notFound("Conference", "*"));
    return listConferences(ctx, filter ?? {}, page);
  }

  @Mutation(() => ConferenceType)
  createConference(@Arg("input", () => ConferenceInput) input: ConferenceInput, @Ctx() ctx: Context) {
    authorize(ctx.actor, "update", { type: "case", caseId: input.caseId }, () => notFound("Case", input.caseId));
    return createConference(ctx, input);
  }

  @Mutation(() => ConferenceType)
  async updateConference(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => ConferencePatch) input: ConferencePatch,
    @Ctx() ctx: Context,
  ) {
    await visibleConference(ctx, id, "update");
    return updateConference(ctx, id, input);
  }

  @Mutation(() => ConferenceType, {
    description: "Moves the conference along its lifecycle; illegal moves change nothing.",
  })
  async transitionConference(
    @Arg("id", () => ID) id: string,
    @Arg("to", () => GqlConferenceStatus) to: ConferenceStatus,
    @Ctx() ctx: Context,
  ) {
    await visibleConference(ctx, id, "run");
    return transitionConference(ctx, id, to);
  }

  @Mutation(() => ConferenceType, {
    description: "Creates the case's next conference: ~10 weeks after the last, same people, open tasks on the agenda.",
  })
  planNextConference(@Arg("caseId", () => ID) caseId: string, @Ctx() ctx: Context) {
    authorize(ctx.actor, "update", { type: "case", caseId }, () => notFound("Case", caseId));
    return planNextConference(ctx, caseId);
  }

  @Mutation(() => AgendaItemType)
  async addAgendaItem(
    @Arg("conferenceId", () => ID) conferenceId: string,
    @Arg("input", () => AgendaItemInput) input: AgendaItemInput,
    @Ctx() ctx: Context,
  ) {
    await visibleConference(ctx, conferenceId, "update");
    return addAgendaItem(ctx, conferenceId, input);
  }

  @Mutation(() => AgendaItemType)
  async updateAgendaItem(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => AgendaItemPatch) input: AgendaItemPatch,
    @Ctx() ctx: Context,
  ) {
    return updateAgendaItem(ctx, await editableAgendaItem(ctx, id), input);
  }

  @Mutation(() => [AgendaItemType], { description: "Moves an item to a 0-based position; returns the whole agenda." })
  async moveAgendaItem(
    @Arg("id", () => ID) id: string,
    @Arg("position", () => Int) position: number,
    @Ctx() ctx: Context,
  ) {
    return moveAgendaItem(ctx, await editableAgendaItem(ctx, id), position);
  }

  @Mutation(() => [AgendaItemType], { description: "Removes an item; returns the remaining agenda." })
  async removeAgendaItem(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return removeAgendaItem(ctx, await editableAgendaItem(ctx, id));
  }

  @FieldResolver(() => CaseType, {
    nullable: true,
    description: "Null for guests: they see the meeting, not the case.",
  })
  case(@Root() c: ConferenceType, @Ctx() ctx: Context) {
    return can(ctx.actor, "read", { type: "case", caseId: c.caseId }) ? ctx.loaders.caseById.load(c.caseId) : null;
  }

  @FieldResolver(() => Date, { nullable: true })
  scheduledEnd(@Root() c: ConferenceType) {
    return c.scheduledStart ? new Date(c.scheduledStart.getTime() + c.plannedDurationMinutes * 60_000) : null;
  }

  @FieldResolver(() => [ParticipantType])
  participants(@Root() c: ConferenceType, @Ctx() ctx: Context) {
    return ctx.loaders.participantsByConference.load(c.id);
  }

  @FieldResolver(() => [AgendaItemType], { description: "The agenda prepared before the meeting." })
  agenda(@Root() c: ConferenceType, @Ctx() ctx: Context) {
    return ctx.loaders.agendaByConference.load(c.id);
  }

  @FieldResolver(() => [GqlConferenceStatus], { description: "Where this conference may go next." })
  nextStatuses(@Root() c: ConferenceType) {
    return nextStatuses(c.status);
  }

  @FieldResolver(() => [GqlReadinessProblem], { description: "What is still missing before invitations can go out." })
  async readinessProblems(@Root() c: ConferenceType, @Ctx() ctx: Context): Promise<ReadinessProblem[]> {
    const participants = await ctx.loaders.participantsByConference.load(c.id);
    return readinessProblems({
      purpose: c.purpose,
      scheduledStart: c.scheduledStart,
      hasFacilitator: participants.some((p) => p.role === "facilitator"),
      participantCount: participants.length,
    });
  }

  @FieldResolver(() => InviteeHintsType, {
    nullable: true,
    description: "For the organisers: mandatory invitees still missing and the rule of three professionals.",
  })
  async inviteeHints(@Root() c: ConferenceType, @Ctx() ctx: Context): Promise<InviteeHintsType | null> {
    // The missing invitees follow from the case's flags, which are the team's to know.
    if (!can(ctx.actor, "update", subject(c))) return null;
    const [kase, participants] = await Promise.all([
      ctx.loaders.caseById.load(c.caseId),
      ctx.loaders.participantsByConference.load(c.id),
    ]);
    const persons = await ctx.loaders.personById.loadMany(participants.map((p) => p.personId));
    const invited = persons.flatMap((p) =>
      p && !(p instanceof Error) ? [{ kind: p.kind, profession: p.profession }] : [],
    );
    return {
      missing: missingInvitees(kase?.flags ?? [], invited),
      professionalCount: professionalCount(invited),
      minimumProfessionals: MIN_PROFESSIONALS,
      meetsProfessionalMinimum: meetsProfessionalMinimum(c.kind, invited),
    };
  }

  @FieldResolver(() => ConferenceAccessType, {
    description: "What the caller may do here, so screens offer only that.",
  })
  async viewerAccess(@Root() c: ConferenceType, @Ctx() ctx: Context): Promise<ConferenceAccessType> {
    const actor = ctx.actor;
    const participants = await ctx.loaders.participantsByConference.load(c.id);
    const own =
      actor.kind === "guest"
        ? participants.find((p) => p.id === actor.participantId)
        : actor.kind === "staff" && actor.personId
          ? participants.find((p) => p.personId === actor.personId)
          : undefined;
    const live = { type: "liveDocument", conferenceId: c.id, caseId: c.caseId, status: c.status } as const;
    return {
      participantId: own?.id ?? null,
      role: own?.role ?? null,
      canPrepare: can(actor, "update", subject(c)),
      canRun: can(actor, "run", subject(c)),
      canEditLive: can(actor, "update", live),
    };
  }

  @FieldResolver(() => [TaskType], { description: "Tasks agreed at this conference (a guest sees their own)." })
  async agreedTasks(@Root() c: ConferenceType, @Ctx() ctx: Context) {
    return (await ctx.loaders.tasksAgreedIn.load(c.id)).filter((t) => can(ctx.actor, "read", taskSubject(t)));
  }

  @FieldResolver(() => [TaskType], { description: "Tasks from earlier meetings reviewed at this one." })
  async reviewedTasks(@Root() c: ConferenceType, @Ctx() ctx: Context) {
    return (await ctx.loaders.tasksReviewedIn.load(c.id)).filter((t) => can(ctx.actor, "read", taskSubject(t)));
  }

  @Subscription(() => ConferenceType, {
    description: "A conference (or its agenda) changed. Without arguments: every conference you may see.",
    subscribe: guardedSubscription<{ id?: string | null; caseId?: string | null }>(
      TOPICS.conference,
      async (args, ctx) => {
        if (args.id) await visibleConference(ctx, args.id);
        else if (args.caseId)
          authorize(ctx.actor, "read", { type: "case", caseId: args.caseId }, () =>
            notFound("Case", args.caseId ?? ""),
          );
        else authorize(ctx.actor, "read", { type: "cases" }, () => notFound("Conference", "*"));
      },
      (event, args, ctx) =>
        (!args.id || args.id === event.conferenceId) &&
        (!args.caseId || args.caseId === event.caseId) &&
        can(ctx.actor, "read", { type: "conference", conferenceId: event.id, caseId: event.caseId }),
    ),
  })
  conferenceChanged(
    @Root() event: ChangeEvent,
    @Arg("id", () => ID, { nullable: true }) _id: string | null,
    @Arg("caseId", () => ID, { nullable: true }) _caseId: string | null,
    @Ctx() ctx: Context,
  ) {
    return findOr404(ctx.db.manager, Conference, "Conference", event.id);
  }
}

/** An agenda item of a conference the actor may change, or not found. */
async function editableAgendaItem(ctx: Context, agendaItemId: string): Promise<AgendaItem> {
  const item = await findOr404(ctx.db.manager, AgendaItem, "Agenda item", agendaItemId);
  await visibleConference(ctx, item.conferenceId, "update");
  return item;
}
