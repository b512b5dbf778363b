import { setTimeout as sleep } from "node:timers/promises";
import type { Context } from "../graphql/context.js";
import { AppError } from "../graphql/errors.js";
import { Account } from "./account.entity.js";
import { staffActor } from "./actors.js";
import { sessionCookie } from "./cookies.js";
import { DUMMY_HASH, verifyPassword } from "./password.js";
import { openSession } from "./sessions.js";
import { assertNotLocked, clearFailures, recordFailure, throttleKeys } from "./throttle.js";

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * Checks the password and opens a staff session. A locked e-mail or address is refused before
 * the password is looked at, so the right password does not help during the pause; a wrong one
 * counts against both and is answered more slowly each time.
 */
export async function signIn(ctx: Context, rawEmail: string, password: string): Promise<Account> {
  const email = normaliseEmail(rawEmail);
  const keys = throttleKeys(email, ctx.client.ip);
  ctx.audit.recordType = "Account";
  await assertNotLocked(ctx.db, keys);
  const account = await ctx.db.getRepository(Account).findOneBy({ email });
  ctx.audit.recordId = account?.id ?? null;
  const valid = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
  if (!account || !valid || account.disabledAt) {
    const delay = await recordFailure(ctx.db, keys, ctx.config);
    await sleep(delay);
    throw new AppError("INVALID_CREDENTIALS", "The e-mail address or the password is not right.", {
      maxFailures: ctx.config.SIGN_IN_MAX_FAILURES,
    });
  }
  await clearFailures(ctx.db, email);
  const { token, session } = await openSession(
    ctx.db.manager,
    { kind: "staff", accountId: account.id },
    ctx.client,
    ctx.config,
  );
  ctx.setCookie(sessionCookie(token, session.absoluteExpiresAt, ctx.config.cookieSecure));
  ctx.actor = await staffActor(ctx.db.manager, account, session.id);
  ctx.audit.actor = ctx.actor;
  return account;
}
