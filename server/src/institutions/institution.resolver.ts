import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import { notFound } from "../graphql/errors.js";
import { PageArgs, paginate } from "../graphql/pagination.js";
import { escapeLike, findOr404 } from "../db/lookup.js";
import { authorize } from "../policy/policy.js";
import { Institution } from "./institution.entity.js";
import { InstitutionConnection, InstitutionInput, InstitutionType } from "./institution.types.js";

const INSTITUTIONS = { type: "institutions" } as const;

@Resolver(() => InstitutionType)
export class InstitutionResolver {
  @Query(() => InstitutionConnection, { description: "Institutions by name; search matches any part of it." })
  async institutions(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("search", () => String, { nullable: true }) search: string | null,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.actor, "read", INSTITUTIONS, () => notFound("Institution", "*"));
    const qb = ctx.db.getRepository(Institution).createQueryBuilder("institution");
    if (search) qb.where("institution.name ILIKE :q", { q: `%${escapeLike(search)}%` });
    return paginate(
      qb,
      { expr: `lower("institution"."name")`, cast: "text", valueOf: (i) => i.name.toLowerCase() },
      page,
    );
  }

  @Mutation(() => InstitutionType)
  async createInstitution(@Arg("input", () => InstitutionInput) input: InstitutionInput, @Ctx() ctx: Context) {
    authorize(ctx.actor, "create", INSTITUTIONS, () => notFound("Institution", "new"));
    return ctx.db.getRepository(Institution).save(ctx.db.getRepository(Institution).create(input));
  }

  @Mutation(() => InstitutionType)
  async updateInstitution(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => InstitutionInput) input: InstitutionInput,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.actor, "update", INSTITUTIONS, () => notFound("Institution", id));
    const existing = await findOr404(ctx.db.manager, Institution, "Institution", id);
    return ctx.db.getRepository(Institution).save(ctx.db.getRepository(Institution).merge(existing, input));
  }
}
