import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../graphql/context.js";
import type { StaffActor } from "../policy/actor.js";
import { authorize, unauthenticated } from "../policy/policy.js";
import { Account } from "./account.entity.js";
import { AccountType, ViewerType } from "./account.types.js";
import { clearedSessionCookie } from "./cookies.js";
import { checkNewPassword, hashPassword, verifyPassword } from "./password.js";
import { revokeSessions } from "./sessions.js";
import { signIn } from "./sign-in.js";
import { AppError } from "../graphql/errors.js";

/** The signed-in staff account's own actor; anyone else must sign in as staff first. */
function ownAccount(ctx: Context): StaffActor {
  authorize(ctx.actor, "update", { type: "ownAccount" }, unauthenticated);
  if (ctx.actor.kind !== "staff") throw unauthenticated(); // the policy allows staff only
  return ctx.actor;
}

@Resolver()
export class AuthResolver {
  @Query(() => ViewerType, { nullable: true, description: "Who is signed in; null for nobody." })
  async me(@Ctx() ctx: Context): Promise<ViewerType | null> {
    const { actor } = ctx;
    if (actor.kind === "staff") {
      return {
        account: await ctx.db.getRepository(Account).findOneByOrFail({ id: actor.accountId }),
        conferenceId: null,
        participantId: null,
      };
    }
    if (actor.kind === "guest")
      return { account: null, conferenceId: actor.conferenceId, participantId: actor.participantId };
    return null;
  }

  @Mutation(() => AccountType, { description: "Opens a staff session (an httpOnly cookie)." })
  signIn(
    @Arg("email", () => String) email: string,
    @Arg("password", () => String) password: string,
    @Ctx() ctx: Context,
  ) {
    return signIn(ctx, email, password);
  }

  @Mutation(() => Boolean, { description: "Ends this browser's session, staff or guest." })
  async signOut(@Ctx() ctx: Context) {
    const { actor } = ctx;
    if (actor.kind !== "staff" && actor.kind !== "guest") throw unauthenticated();
    if (actor.sessionId) await revokeSessions(ctx.db.manager, { id: actor.sessionId });
    ctx.setCookie(clearedSessionCookie(ctx.config.cookieSecure));
    return true;
  }

  @Mutation(() => Boolean, { description: "Ends every session of your account, on every device." })
  async signOutEverywhere(@Ctx() ctx: Context) {
    await revokeSessions(ctx.db.manager, { accountId: ownAccount(ctx).accountId });
    ctx.setCookie(clearedSessionCookie(ctx.config.cookieSecure));
    return true;
  }

  @Mutation(() => Boolean, { description: "Changes your password; your other sessions end." })
  async changePassword(
    @Arg("currentPassword", () => String) currentPassword: string,
    @Arg("newPassword", () => String) newPassword: string,
    @Ctx() ctx: Context,
  ) {
    const me = ownAccount(ctx);
    const account = await ctx.db.getRepository(Account).findOneByOrFail({ id: me.accountId });
    if (!(await verifyPassword(currentPassword, account.passwordHash))) {
      throw new AppError("INVALID_CREDENTIALS", "The current password is not right.", {
        fields: [{ path: "currentPassword", code: "WRONG", message: "is not right" }],
      });
    }
    checkNewPassword(newPassword, "newPassword");
    await ctx.db.transaction(async (em) => {
      await em.getRepository(Account).update(account.id, { passwordHash: await hashPassword(newPassword) });
      await revokeSessions(em, { accountId: account.id, exceptId: me.sessionId ?? undefined });
    });
    ctx.audit.recordType = "Account";
    ctx.audit.recordId = account.id;
    return true;
  }
}
