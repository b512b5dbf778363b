import { OPEN_TASK_STATUSES } from "@roundtable/shared";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { ConferenceType } from "../conferences/conference.types.js";
import { findOr404 } from "../db/lookup.js";
import type { Context } from "../graphql/context.js";
import { notFound } from "../graphql/errors.js";
import { PageArgs } from "../graphql/pagination.js";
import { PersonType } from "../persons/person.types.js";
import { authorize, can } from "../policy/policy.js";
import { TaskType } from "../tasks/task.types.js";
import { Case } from "./case.entity.js";
import { changeTeam, createCase, listCases, setCaseReporter, updateCase } from "./case.service.js";
import { StaffMemberType } from "../auth/account.types.js";
import {
  CaseConnection,
  CaseFilter,
  CaseInput,
  CasePatch,
  CaseReporterInput,
  CaseReporterType,
  CaseType,
  ChildType,
} from "./case.types.js";
import { CaseReporter } from "./reporter.entity.js";

const caseSubject = (caseId: string) => ({ type: "case", caseId }) as const;

/** This request's actor now also works on the case (it just opened it or joined its team). */
function joinCase(ctx: Context, caseId: string) {
  if (ctx.actor.kind === "staff") ctx.actor = { ...ctx.actor, caseIds: new Set([...ctx.actor.caseIds, caseId]) };
}

@Resolver(() => CaseType)
export class CaseResolver {
  @Query(() => CaseConnection, { description: "Cases by family name, filtered by status and search text." })
  cases(
    @Arg("filter", () => CaseFilter, { nullable: true }) filter: CaseFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.actor, "read", { type: "cases" }, () => notFound("Case", "*"));
    return listCases(ctx, filter ?? {}, page);
  }

  @Query(() => CaseType)
  async case(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    authorize(ctx.actor, "read", caseSubject(id), () => notFound("Case", id));
    return findOr404(ctx.db.manager, Case, "Case", id);
  }

  @Mutation(() => CaseType)
  async createCase(@Arg("input", () => CaseInput) input: CaseInput, @Ctx() ctx: Context) {
    authorize(ctx.actor, "create", { type: "cases" }, () => notFound("Case", "new"));
    const created = await createCase(ctx, input);
    joinCase(ctx, created.id);
    return created;
  }

  @Mutation(() => CaseType)
  updateCase(@Arg("id", () => ID) id: string, @Arg("input", () => CasePatch) input: CasePatch, @Ctx() ctx: Context) {
    authorize(ctx.actor, "update", caseSubject(id), () => notFound("Case", id));
    return updateCase(ctx, id, input);
  }

  @Mutation(() => Boolean, { description: "Sets or (with null) clears who reported the endangerment." })
  async setCaseReporter(
    @Arg("caseId", () => ID) caseId: string,
    @Arg("input", () => CaseReporterInput, { nullable: true }) reporter: CaseReporterInput | null,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.actor, "update", { type: "caseReporter", caseId }, () => notFound("Case", caseId));
    await setCaseReporter(ctx, caseId, reporter ? Object.assign(new CaseReporter(), reporter) : null);
    return true;
  }

  @Mutation(() => [StaffMemberType], { description: "Adds a colleague to the case's team; returns the team." })
  async addCaseTeamMember(
    @Arg("caseId", () => ID) caseId: string,
    @Arg("accountId", () => ID) accountId: string,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.actor, "update", caseSubject(caseId), () => notFound("Case", caseId));
    await changeTeam(ctx, caseId, accountId, "add");
    if (ctx.actor.kind === "staff" && ctx.actor.accountId === accountId) joinCase(ctx, caseId);
    return ctx.loaders.teamByCase.load(caseId);
  }

  @Mutation(() => [StaffMemberType], { description: "Takes a colleague off the case's team; returns the team." })
  async removeCaseTeamMember(
    @Arg("caseId", () => ID) caseId: string,
    @Arg("accountId", () => ID) accountId: string,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.actor, "update", caseSubject(caseId), () => notFound("Case", caseId));
    await changeTeam(ctx, caseId, accountId, "remove");
    return ctx.loaders.teamByCase.load(caseId);
  }

  @FieldResolver(() => [StaffMemberType], { description: "Staff working on the case besides its manager." })
  team(@Root() c: CaseType, @Ctx() ctx: Context) {
    return ctx.loaders.teamByCase.load(c.id);
  }

  @FieldResolver(() => PersonType, { nullable: true })
  caseManager(@Root() c: CaseType, @Ctx() ctx: Context) {
    return c.caseManagerId ? ctx.loaders.personById.load(c.caseManagerId) : null;
  }

  @FieldResolver(() => [PersonType], { description: "Professionals involved in the case." })
  professionals(@Root() c: CaseType, @Ctx() ctx: Context) {
    return ctx.loaders.professionalsByCase.load(c.id);
  }

  @FieldResolver(() => [ChildType])
  children(@Root() c: CaseType, @Ctx() ctx: Context) {
    return ctx.loaders.childrenByCase.load(c.id);
  }

  @FieldResolver(() => [ConferenceType], { description: "The case's timeline of conferences, in series order." })
  conferences(@Root() c: CaseType, @Ctx() ctx: Context) {
    return ctx.loaders.conferencesByCase.load(c.id);
  }

  @FieldResolver(() => [TaskType], { description: "Tasks still to be followed up." })
  async openTasks(@Root() c: CaseType, @Ctx() ctx: Context) {
    return (await ctx.loaders.tasksByCase.load(c.id)).filter((t) => OPEN_TASK_STATUSES.includes(t.status));
  }

  @FieldResolver(() => CaseReporterType, {
    nullable: true,
    description: "Closed data: null for anyone but the case's staff.",
  })
  reporter(@Root() c: CaseType, @Ctx() ctx: Context) {
    if (!can(ctx.actor, "read", { type: "caseReporter", caseId: c.id })) return null;
    return ctx.db.getRepository(CaseReporter).findOneBy({ caseId: c.id });
  }
}
