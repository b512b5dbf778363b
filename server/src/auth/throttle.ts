import type { DataSource } from "typeorm";
import type { Config } from "../config.js";
import { AppError } from "../graphql/errors.js";
import { SignInThrottle } from "./sign-in-throttle.entity.js";

type ThrottleSettings = Pick<Config, "SIGN_IN_MAX_FAILURES" | "SIGN_IN_LOCK_SECONDS" | "SIGN_IN_DELAY_MS">;

/** One address may try several accounts (a shared office), but not endlessly. */
const ADDRESS_FACTOR = 4;

export const throttleKeys = (email: string, ip: string | null) => [
  { key: `account:${email}`, factor: 1 },
  ...(ip ? [{ key: `address:${ip}`, factor: ADDRESS_FACTOR }] : []),
];

/** Refuses, before the password is even checked, while the e-mail or the address is locked. */
export async function assertNotLocked(db: DataSource, keys: { key: string }[], now = new Date()): Promise<void> {
  const rows = await db.getRepository(SignInThrottle).findBy(keys.map(({ key }) => ({ key })));
  const until = rows
    .map((r) => r.lockedUntil)
    .filter((d): d is Date => d !== null && d > now)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  if (until) {
    const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
    throw new AppError(
      "TOO_MANY_ATTEMPTS",
      `Too many failed sign-ins. For your protection, sign-in is paused: try again in ${minutes} minute${minutes > 1 ? "s" : ""}.`,
      { retryAt: until.toISOString() },
    );
  }
}

/**
 * Counts a failure against each key and locks a key that reached its limit. Returns how long the
 * caller should hold the answer back: each failure makes the next answer slower.
 */
export async function recordFailure(
  db: DataSource,
  keys: { key: string; factor: number }[],
  settings: ThrottleSettings,
  now = new Date(),
): Promise<number> {
  const windowStart = new Date(now.getTime() - settings.SIGN_IN_LOCK_SECONDS * 1000);
  let failures = 0;
  await db.transaction(async (em) => {
    const repo = em.getRepository(SignInThrottle);
    for (const { key, factor } of keys) {
      await repo
        .createQueryBuilder()
        .insert()
        .values({ key, failures: 0, windowStart: now, lockedUntil: null })
        .orIgnore()
        .execute();
      const row = await repo.findOneOrFail({ where: { key }, lock: { mode: "pessimistic_write" } });
      if (row.windowStart < windowStart || (row.lockedUntil && row.lockedUntil <= now)) {
        row.failures = 0;
        row.windowStart = now;
        row.lockedUntil = null;
      }
      row.failures += 1;
      if (row.failures >= settings.SIGN_IN_MAX_FAILURES * factor) {
        row.lockedUntil = new Date(now.getTime() + settings.SIGN_IN_LOCK_SECONDS * 1000);
      }
      await repo.save(row);
      if (factor === 1) failures = row.failures;
    }
  });
  return settings.SIGN_IN_DELAY_MS * Math.min(failures, 8);
}

/** A successful sign-in forgets the account's failures (not the address's). */
export async function clearFailures(db: DataSource, email: string): Promise<void> {
  await db.getRepository(SignInThrottle).delete({ key: `account:${email}` });
}
