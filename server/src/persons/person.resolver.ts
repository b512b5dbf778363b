import type { PersonKind } from "@roundtable/shared";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { escapeLike, findOr404 } from "../db/lookup.js";
import type { Context } from "../graphql/context.js";
import { GqlPersonKind } from "../graphql/enums.js";
import { AppError, notFound } from "../graphql/errors.js";
import { PageArgs, paginate } from "../graphql/pagination.js";
import { Institution } from "../institutions/institution.entity.js";
import { InstitutionType } from "../institutions/institution.types.js";
import { authorize, can } from "../policy/policy.js";
import { Person } from "./person.entity.js";
import { PersonConnection, PersonInput, PersonType } from "./person.types.js";

const PERSONS = { type: "persons" } as const;

@Resolver(() => PersonType)
export class PersonResolver {
  @Query(() => PersonConnection, { description: "Persons by name, to choose participants and owners from." })
  async persons(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("search", () => String, { nullable: true }) search: string | null,
    @Arg("kind", () => GqlPersonKind, { nullable: true }) kind: PersonKind | null,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.actor, "read", PERSONS, () => notFound("Person", "*"));
    const qb = ctx.db.getRepository(Person).createQueryBuilder("person").where("TRUE");
    if (search) qb.andWhere("person.fullName ILIKE :q", { q: `%${escapeLike(search)}%` });
    if (kind) qb.andWhere("person.kind = :kind", { kind });
    return paginate(
      qb,
      { expr: `lower("person"."fullName")`, cast: "text", valueOf: (p) => p.fullName.toLowerCase() },
      page,
    );
  }

  @Query(() => PersonType)
  async person(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    authorize(ctx.actor, "read", PERSONS, () => notFound("Person", id));
    return findOr404(ctx.db.manager, Person, "Person", id);
  }

  @Mutation(() => PersonType)
  async createPerson(@Arg("input", () => PersonInput) input: PersonInput, @Ctx() ctx: Context) {
    authorize(ctx.actor, "create", PERSONS, () => notFound("Person", "new"));
    await checkPerson(ctx, input);
    const repo = ctx.db.getRepository(Person);
    return repo.save(repo.create(input));
  }

  @Mutation(() => PersonType)
  async updatePerson(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => PersonInput) input: PersonInput,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.actor, "update", PERSONS, () => notFound("Person", id));
    const existing = await findOr404(ctx.db.manager, Person, "Person", id);
    await checkPerson(ctx, input);
    return ctx.db.getRepository(Person).save(ctx.db.getRepository(Person).merge(existing, input));
  }

  @FieldResolver(() => String, { nullable: true, description: "Only for staff: guests see names and roles." })
  email(@Root() person: PersonType, @Ctx() ctx: Context) {
    return can(ctx.actor, "read", { type: "personContact" }) ? person.email : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Only for staff: guests see names and roles." })
  phone(@Root() person: PersonType, @Ctx() ctx: Context) {
    return can(ctx.actor, "read", { type: "personContact" }) ? person.phone : null;
  }

  @FieldResolver(() => InstitutionType, { nullable: true })
  institution(@Root() person: PersonType, @Ctx() ctx: Context) {
    return person.institutionId ? ctx.loaders.institutionById.load(person.institutionId) : null;
  }
}

async function checkPerson(ctx: Context, input: PersonInput): Promise<void> {
  if (input.kind === "family" && input.profession) {
    throw new AppError("BAD_USER_INPUT", "A family member has no profession.", {
      fields: [{ path: "input.profession", code: "NOT_ALLOWED", message: "must be empty for a family member" }],
    });
  }
  if (input.institutionId) await findOr404(ctx.db.manager, Institution, "Institution", input.institutionId);
}
