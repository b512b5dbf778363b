import type http from "node:http";
import type { Logger as TypeOrmLogger } from "typeorm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { startTestServer, TEST_PASSWORD, type TestServer } from "../../test/server.js";
import { connect, writableConference, type LiveClient } from "../../test/collab-kit.js";
import { AuditEntry } from "../audit/audit-entry.entity.js";
import { loadConfig } from "../config.js";
import { createEvents } from "../graphql/pubsub.js";
import { createLogger } from "../logger.js";
import { auditBatch } from "./audit-batch.js";
import { authenticationExtension } from "./authentication.js";
import { documentSeedSql, initialiseDocument, type DocumentSeed } from "./document-store.js";

/** A TypeORM logger that keeps every statement's text. */
function statementLog(): TypeOrmLogger & { statements: string[] } {
  const statements: string[] = [];
  const nothing = () => undefined;
  return {
    statements,
    logQuery: (query: string) => void statements.push(query),
    logQueryError: nothing,
    logQuerySlow: nothing,
    logSchemaBuild: nothing,
    logMigration: nothing,
    log: nothing,
  };
}

/**
 * What opening a live document costs the database: a reconnect storm (every meeting after a
 * restart) must not queue thousands of statements ahead of the documents' own.
 */
describe.each(databaseTargets)("the statements of opening live documents on $name", (target) => {
  const sql = statementLog();
  let s: TestServer;
  const clients: LiveClient[] = [];
  beforeEach(async () => {
    // No store during the test: stores re-read the conference on purpose.
    s = await startTestServer(target, {
      logger: sql,
      env: { COLLAB_STORE_DEBOUNCE_MS: "60000", COLLAB_STORE_MAX_DELAY_MS: "120000" },
    });
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.leave();
    await s.stop();
  });
  const sessionStatements = () => sql.statements.filter((q) => /FROM "?sessions"?/.test(q));
  const join = (conferenceId: string) => {
    const client = connect(s.url, conferenceId, { WebSocket: s.WebSocket });
    clients.push(client);
    return client;
  };

  it("takes an open conference's facts from its room: ten more sockets read no conference row", async () => {
    const conference = await writableConference(s);
    await join(conference.id).synced();
    sql.statements.length = 0;
    await Promise.all(Array.from({ length: 10 }, () => join(conference.id).synced()));
    expect(sql.statements.filter((q) => /FROM conferences c WHERE c\.id/.test(q))).toEqual([]);
  });

  it("creates a new conference's document in one statement, from the seed read with its facts, in no transaction", async () => {
    const conference = await writableConference(s);
    sql.statements.length = 0;
    await join(conference.id).synced();
    // The facts said there was no document: no read of rows that would find nothing.
    expect(sql.statements.filter((q) => /AS kind, state AS data/.test(q))).toEqual([]);
    const seeds = sql.statements.filter((q) => /conference_document_seed/.test(q));
    expect(seeds).toHaveLength(1);
    expect(seeds[0]).toMatch(/FROM conferences c WHERE c\.id/);
    expect(sql.statements.filter((q) => /create_conference_document/.test(q))).toHaveLength(1);
    expect(sql.statements.filter((q) => /^(START TRANSACTION|BEGIN)/i.test(q))).toEqual([]);
  });

  const seedOf = async (conferenceId: string): Promise<DocumentSeed> => {
    const [row] = await s.db.dataSource.query<[{ seed: DocumentSeed }]>(
      `SELECT ${documentSeedSql("$1::uuid")} AS seed`,
      [conferenceId],
    );
    return row.seed;
  };
  const creations = () => sql.statements.filter((q) => /create_conference_document/.test(q));

  it("creates the documents of conferences opened together in one statement", async () => {
    const conferences = await Promise.all(Array.from({ length: 3 }, () => writableConference(s)));
    const seeds = await Promise.all(conferences.map(({ id }) => seedOf(id)));
    sql.statements.length = 0;
    const stored = await Promise.all(
      conferences.map(({ id }, i) => initialiseDocument(s.db.dataSource, id, seeds[i]!)),
    );
    expect(creations()).toHaveLength(1);
    expect(stored.map((d) => d.updates.length)).toEqual([1, 1, 1]);
    for (const { id } of conferences) {
      const [{ rows }] = await s.db.dataSource.query<[{ rows: number }]>(
        `SELECT count(*)::int AS rows FROM collab_updates WHERE "conferenceId" = $1`,
        [id],
      );
      expect(rows).toBe(1);
    }
  });

  it("creates each alone when their statement fails, so a conference deleted meanwhile fails only its own", async () => {
    const conferences = await Promise.all(Array.from({ length: 2 }, () => writableConference(s)));
    const seeds = await Promise.all(conferences.map(({ id }) => seedOf(id)));
    const gone = conferences[0]!.id.replace(/^.{8}/, "00000000");
    // Its seed as the database answers it, so the creation gets as far as storing (and the row is not there).
    const goneSeed = await seedOf(gone);
    sql.statements.length = 0;
    const [deleted, ...created] = await Promise.allSettled([
      initialiseDocument(s.db.dataSource, gone, goneSeed),
      ...conferences.map(({ id }, i) => initialiseDocument(s.db.dataSource, id, seeds[i]!)),
    ]);
    expect(deleted).toMatchObject({
      status: "rejected",
      reason: expect.objectContaining({ message: expect.stringMatching(/foreign key/) }),
    });
    expect(created.map((c) => c.status)).toEqual(["fulfilled", "fulfilled"]);
    // Together, then each alone.
    expect(creations()).toHaveLength(4);
  });

  it("writes audit entries added together in one statement, each with the time it was added", async () => {
    const conference = await writableConference(s);
    const audits = auditBatch(s.db.dataSource, createLogger("silent"));
    const before = new Date();
    sql.statements.length = 0;
    for (let i = 0; i < 30; i++) {
      audits.add({
        actorKind: "staff",
        action: "openLiveDocument",
        recordType: "Conference",
        recordId: conference.id,
        outcome: "ok",
        detail: `socket ${i}`,
      });
    }
    await audits.flush();
    expect(sql.statements.filter((q) => /INSERT INTO "audit_log"/.test(q))).toHaveLength(1);
    const rows = (await s.db.dataSource.getRepository(AuditEntry).findBy({ recordId: conference.id })).filter((r) =>
      r.detail?.startsWith("socket "),
    );
    expect(rows).toHaveLength(30);
    expect(rows.every((r) => r.at.getTime() >= before.getTime() - 1 && r.at.getTime() <= Date.now())).toBe(true);
  });

  it("looks up one session once, in one statement, for ten upgrades asking at the same time, and each gets its access", async () => {
    const conference = await writableConference(s);
    const extension = authenticationExtension({
      ds: s.db.dataSource,
      config: loadConfig({ DATA_DIR: "/nonexistent", LOG_LEVEL: "silent", NODE_ENV: "test" }),
      events: createEvents(),
      log: createLogger("silent"),
    });
    const request = { url: `/collab/${conference.id}`, headers: { cookie: s.cookie() } } as http.IncomingMessage;
    sql.statements.length = 0;
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => extension.onAuthenticate!({ request, conferenceId: conference.id })),
    );
    expect(answers.every((a) => a?.actor.kind === "staff" && !a.readOnly)).toBe(true);
    expect(sessionStatements()).toHaveLength(1);
    // The account's cases and seats come with its session, in the same statement.
    expect(
      sql.statements.filter((q) => /FROM cases|FROM participants/.test(q) && !/FROM "?sessions"?/.test(q)),
    ).toEqual([]);
    // A re-check follows a change: it looks up anew even while an upgrade's lookup runs.
    sql.statements.length = 0;
    const upgrade = extension.onAuthenticate!({ request, conferenceId: conference.id });
    await vi.waitFor(() => expect(sessionStatements()).toHaveLength(1));
    await Promise.all([upgrade, extension.recheck(conference.id, answers[0]!)]);
    expect(sessionStatements()).toHaveLength(2);
  });

  it("reads the sessions and conferences of upgrades arriving together in one statement each", async () => {
    const conferences = [await writableConference(s), await writableConference(s)];
    const browsers = await Promise.all(Array.from({ length: 4 }, () => s.signIn(s.account.email, TEST_PASSWORD)));
    const extension = authenticationExtension({
      ds: s.db.dataSource,
      config: loadConfig({ DATA_DIR: "/nonexistent", LOG_LEVEL: "silent", NODE_ENV: "test" }),
      events: createEvents(),
      log: createLogger("silent"),
    });
    sql.statements.length = 0;
    const answers = await Promise.all(
      browsers.flatMap((browser) =>
        conferences.map(({ id }) =>
          extension.onAuthenticate!({
            request: { url: `/collab/${id}`, headers: { cookie: browser.cookie() } } as http.IncomingMessage,
            conferenceId: id,
          }),
        ),
      ),
    );
    expect(new Set(answers.map((a) => a?.actor.kind === "staff" && a.actor.sessionId)).size).toBe(4);
    expect(answers.every((a) => !a?.readOnly && a?.conference.documentSeed)).toBe(true);
    expect(sessionStatements()).toHaveLength(1);
    expect(sql.statements.filter((q) => /conference_document_seed/.test(q))).toHaveLength(1);
  });
});
