import type { DataSource, EntityManager } from "typeorm";
import type { Config } from "../config.js";
import { batchedLookupPerDatabase, prepared, query } from "../db/prepared.js";
import type { Account } from "./account.entity.js";
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

/** What a request needs of its live session: who it is for, and for staff what the policy needs. */
export interface LiveSession {
  id: string;
  kind: SessionKind;
  guestLinkId: string | null;
  /** A staff session's account; null for a guest's, or when the account is gone. */
  account: Pick<Account, "id" | "role" | "personId" | "disabledAt"> | null;
  staff: StaffFacts;
}

type SessionRow = Omit<LiveSession, "account" | "staff"> & {
  lastSeenAt: Date;
  expiresAt: Date;
  absoluteExpiresAt: Date;
  accountId: string | null;
  role: Account["role"];
  personId: string | null;
  disabledAt: Date | null;
} & StaffFacts;

const staff = staffFactsColumns(`a."personId"`, "a.id");
const SESSIONS_BY_TOKEN_HASH = prepared(
  `SELECT s."tokenHash", s.id, s.kind, s."guestLinkId", s."lastSeenAt", s."expiresAt", s."absoluteExpiresAt",
          a.id AS "accountId", a.role, a."personId", a."disabledAt",
          ${staff.caseIds} AS "caseIds", ${staff.participations} AS participations
     FROM sessions s LEFT JOIN accounts a ON a.id = s."accountId"
    WHERE s."tokenHash" = ANY($1) AND s."revokedAt" IS NULL`,
);

/** Per database, the session rows of the token hashes asked for together, in one statement. */
const sessionRow = batchedLookupPerDatabase(async (db, hashes: string[]) => {
  const rows = await query<SessionRow & { tokenHash: string }>(db, SESSIONS_BY_TOKEN_HASH, [hashes]);
  return new Map(rows.map((row) => [row.tokenHash, row]));
});

/**
 * The live session a cookie names, with its account and, for staff, what the policy needs of it,
 * in one plain prepared statement shared by the lookups of the same turn (every request and every
 * socket asks; a query builder costs more than the query); renewed on use; null when unknown,
 * expired or revoked.
 */
export async function findSession(
  db: DataSource,
  token: string,
  settings: SessionSettings,
  now = new Date(),
): Promise<LiveSession | null> {
  if (!looksLikeToken(token)) return null;
  const row = await sessionRow(db, hashToken(token));
  if (!row || row.expiresAt <= now) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > RENEW_AFTER_MS) {
    const expiresAt = earlier(new Date(now.getTime() + minutes(settings.SESSION_IDLE_MINUTES)), row.absoluteExpiresAt);
    await db.query(`UPDATE sessions SET "lastSeenAt" = $2, "expiresAt" = $3 WHERE id = $1`, [row.id, now, expiresAt]);
  }
  return {
    id: row.id,
    kind: row.kind,
    guestLinkId: row.guestLinkId,
    account: row.accountId
      ? { id: row.accountId, role: row.role, personId: row.personId, disabledAt: row.disabledAt }
      : null,
    staff: { caseIds: row.caseIds, participations: row.participations },
  };
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
