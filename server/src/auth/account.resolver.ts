import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { findOr404, escapeLike } from "../db/lookup.js";
import type { Context } from "../graphql/context.js";
import { notFound } from "../graphql/errors.js";
import { PageArgs, paginate } from "../graphql/pagination.js";
import { authorize } from "../policy/policy.js";
import { Account } from "./account.entity.js";
import { createAccount, setAccountPassword, updateAccount } from "./account.service.js";
import { AccountConnection, AccountInput, AccountPatch, AccountType, StaffMemberConnection } from "./account.types.js";

const ACCOUNTS = { type: "accounts" } as const;
const byName = {
  expr: `lower("account"."displayName")`,
  cast: "text",
  valueOf: (a: Account) => a.displayName.toLowerCase(),
} as const;

function accountsMatching(ctx: Context, search: string | null) {
  const qb = ctx.db.getRepository(Account).createQueryBuilder("account").where("TRUE");
  if (search) {
    qb.andWhere(`(account."displayName" ILIKE :q OR account.email ILIKE :q)`, { q: `%${escapeLike(search)}%` });
  }
  return qb;
}

@Resolver(() => AccountType)
export class AccountResolver {
  @Query(() => AccountConnection, { description: "Administrators: every account, by name." })
  accounts(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("search", () => String, { nullable: true }) search: string | null,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.actor, "manage", ACCOUNTS, () => notFound("Account", "*"));
    return paginate(accountsMatching(ctx, search), byName, page);
  }

  @Query(() => StaffMemberConnection, { description: "Staff colleagues by name, to add to a case's team." })
  staffMembers(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("search", () => String, { nullable: true }) search: string | null,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.actor, "read", { type: "persons" }, () => notFound("Account", "*"));
    const qb = accountsMatching(ctx, search).andWhere(`account.role = 'staff' AND account."disabledAt" IS NULL`);
    return paginate(qb, byName, page);
  }

  @Mutation(() => AccountType)
  createAccount(@Arg("input", () => AccountInput) input: AccountInput, @Ctx() ctx: Context) {
    authorize(ctx.actor, "manage", ACCOUNTS, () => notFound("Account", "new"));
    return createAccount(ctx.db, input);
  }

  @Mutation(() => AccountType, { description: "Name, role, linked person; disabling ends every session." })
  updateAccount(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => AccountPatch) input: AccountPatch,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.actor, "manage", ACCOUNTS, () => notFound("Account", id));
    return updateAccount(ctx.db, id, input);
  }

  @Mutation(() => Boolean, { description: "Sets a new password for someone who forgot theirs; their sessions end." })
  async setAccountPassword(
    @Arg("id", () => ID) id: string,
    @Arg("password", () => String) password: string,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.actor, "manage", ACCOUNTS, () => notFound("Account", id));
    await setAccountPassword(ctx.db, id, password);
    return true;
  }

  @Query(() => AccountType)
  account(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    authorize(ctx.actor, "manage", ACCOUNTS, () => notFound("Account", id));
    return findOr404(ctx.db.manager, Account, "Account", id);
  }
}
