import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { Arg, Args, Ctx, Field, ID, InputType, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { GqlAuditOutcome } from "../graphql/enums.js";
import { notFound } from "../graphql/errors.js";
import { Connection, PageArgs, paginate } from "../graphql/pagination.js";
import { SHORT_TEXT } from "../graphql/validation.js";
import { authorize } from "../policy/policy.js";
import { AuditEntry, type AuditOutcome } from "./audit-entry.entity.js";

@ObjectType("AuditEntry", { description: "Who did what to which record, when and from where." })
class AuditEntryType {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  at: Date;

  @Field(() => String, { description: "anonymous, staff, guest or system" })
  actorKind: string;

  @Field(() => ID, { nullable: true })
  accountId: string | null;

  @Field(() => ID, { nullable: true })
  participantId: string | null;

  @Field(() => ID, { nullable: true })
  sessionId: string | null;

  @Field(() => String)
  action: string;

  @Field(() => String, { nullable: true })
  recordType: string | null;

  @Field(() => String, { nullable: true })
  recordId: string | null;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field(() => [String], { nullable: true, description: "Names of the fields a change touched." })
  changedFields: string[] | null;

  @Field(() => GqlAuditOutcome)
  outcome: AuditOutcome;

  @Field(() => String, { nullable: true })
  detail: string | null;
}

@ObjectType()
class AuditEntryConnection extends Connection(AuditEntryType, "AuditEntry") {}

@InputType()
class AuditFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "must be an id" })
  accountId?: string | null;

  @Field(() => String, { nullable: true, description: "The operation, e.g. signIn or updateCase." })
  @IsOptional()
  @MaxLength(SHORT_TEXT)
  action?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHORT_TEXT)
  recordType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHORT_TEXT)
  recordId?: string | null;

  @Field(() => GqlAuditOutcome, { nullable: true })
  outcome?: AuditOutcome | null;

  @Field(() => Date, { nullable: true, description: "From this moment on (inclusive)." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Before this moment." })
  to?: Date | null;
}

@Resolver()
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: "Administrators: the audit log, newest first." })
  auditLog(
    @Arg("filter", () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.actor, "read", { type: "auditLog" }, () => notFound("Audit log", "*"));
    const qb = ctx.db.getRepository(AuditEntry).createQueryBuilder("entry").where("TRUE");
    const f = filter ?? {};
    for (const key of ["accountId", "action", "recordType", "recordId", "outcome"] as const) {
      if (f[key]) qb.andWhere(`entry."${key}" = :${key}`, { [key]: f[key] });
    }
    if (f.from) qb.andWhere("entry.at >= :from", { from: f.from });
    if (f.to) qb.andWhere("entry.at < :to", { to: f.to });
    return paginate(
      qb,
      { expr: "entry.at", cast: "timestamptz", valueOf: (e) => e.at.toISOString(), descending: true },
      page,
    );
  }
}
