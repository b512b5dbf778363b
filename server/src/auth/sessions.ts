import type { DataSource, EntityManager } from "typeorm";
import type { Config } from "../config.js";
import type { ClientInfo } from "./cookies.js";
import { Session, type SessionKind } from "./session.entity.js";
import { staffFactsColumns, type StaffFacts } from "./staff-facts.js";
import { hashToken, looksLikeToken, newToken } from "./tokens.js";

type SessionSettings = Pick<Config, "SESSION_IDLE_MINUTES" | "SESSION_MAX_HOURS">;

/** Sliding renewal writes at most this often per session, not on every request. */
const RENEW_AFTER_MS = 60_000;

const minutes = (n: number) => n * 60_000;
const earlier = (a: Date, b: Date) => (a < b ? a : b);

export async function openSession(
  em: EntityManager,
  owner: { kind: "staff"; accountId: string } | { kind: "guest"; guestLinkId: string; until: Date },
  client: ClientInfo,
  settings: SessionSettings,
  now = new Date(),
): Promise<{ token: string; session: Session }> {
  const token = newToken();
  const absolute =
    owner.kind === "guest" ? owner.until : new Date(now.getTime() + settings.SESSION_MAX_HOURS * 3_600_000);
  const session = await em.getRepository(Session).save({
    tokenHash: hashToken(token),
    kind: owner.kind as SessionKind,
    accountId: owner.kind === "staff" ? owner.accountId : null,
    guestLinkId: owner.kind === "guest" ? owner.guestLinkId : null,
    lastSeenAt: now,
    expiresAt: earlier(new Date(now.getTime() + minutes(settings.SESSION_IDLE_MINUTES)), absolute),
    absoluteExpiresAt: absolute,
    revokedAt: null,
    ip: client.ip,
    userAgent: client.userAgent,
  });
  return { token, session };
}

/**
 * The live session a cookie names, with its account and, for staff, what the policy needs of it
 * (`staff`), all in one statement (every request and every socket asks); renewed on use; null
 * when unknown, expired or revoked.
 */
export async function findSession(
  db: DataSource,
  token: string,
  settings: SessionSettings,
  now = new Date(),
): Promise<{ session: Session; staff: StaffFacts } | null> {
  if (!looksLikeToken(token)) return null;
  const staff = staffFactsColumns(`account."personId"`, "account.id");
  // A query builder, not findOne with relations: TypeORM would add a second query for the limit.
  const {
    entities: [session],
    raw: [row],
  } = await db
    .getRepository(Session)
    .createQueryBuilder("session")
    .leftJoinAndSelect("session.account", "account")
    .addSelect(staff.caseIds, "staff_case_ids")
    .addSelect(staff.participations, "staff_participations")
    .where(`session."tokenHash" = :hash AND session."revokedAt" IS NULL`, { hash: hashToken(token) })
    .getRawAndEntities<{ staff_case_ids: StaffFacts["caseIds"]; staff_participations: StaffFacts["participations"] }>();
  if (!session || !row || session.expiresAt <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > RENEW_AFTER_MS) {
    session.lastSeenAt = now;
    session.expiresAt = earlier(
      new Date(now.getTime() + minutes(settings.SESSION_IDLE_MINUTES)),
      session.absoluteExpiresAt,
    );
    await db
      .getRepository(Session)
      .update(session.id, { lastSeenAt: session.lastSeenAt, expiresAt: session.expiresAt });
  }
  return { session, staff: { caseIds: row.staff_case_ids, participations: row.staff_participations } };
}

export async function revokeSessions(
  em: EntityManager,
  where: { id: string } | { accountId: string; exceptId?: string } | { guestLinkId: string },
): Promise<void> {
  const qb = em
    .createQueryBuilder()
    .update(Session)
    .set({ revokedAt: () => "now()" })
    .where(`"revokedAt" IS NULL`);
  if ("id" in where) qb.andWhere("id = :id", { id: where.id });
  else if ("guestLinkId" in where) qb.andWhere(`"guestLinkId" = :g`, { g: where.guestLinkId });
  else {
    qb.andWhere(`"accountId" = :a`, { a: where.accountId });
    if (where.exceptId) qb.andWhere("id <> :e", { e: where.exceptId });
  }
  await qb.execute();
}
