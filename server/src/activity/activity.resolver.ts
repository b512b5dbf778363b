import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { CaseType } from "../cases/case.types.js";
import { ConferenceType } from "../conferences/conference.types.js";
import type { Context } from "../graphql/context.js";
import { can } from "../policy/policy.js";
import { activityLog } from "./activity-log.js";
import { ActivityEntryType } from "./activity.types.js";

@Resolver(() => ActivityEntryType)
export class ActivityEntryResolver {
  // Only reached through Case.activityLog, which is for the case's team.
  @FieldResolver(() => ConferenceType)
  conference(@Root() e: ActivityEntryType, @Ctx() ctx: Context) {
    return ctx.loaders.conferenceById.load(e.conferenceId);
  }
}

@Resolver(() => CaseType)
export class CaseActivityResolver {
  @FieldResolver(() => [ActivityEntryType], {
    nullable: true,
    description:
      "The register of contacts, oldest first: each conference past draft and what followed from it. " +
      "Null for anyone but the case's team. As a spreadsheet: GET /cases/<id>/activity.csv?lang=hu.",
  })
  activityLog(@Root() c: CaseType, @Ctx() ctx: Context) {
    if (!can(ctx.actor, "read", { type: "case", caseId: c.id })) return null;
    return activityLog(ctx.db.manager, c.id);
  }
}
