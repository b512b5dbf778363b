import type { FindOptionsWhere } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { addParticipant, buildCase, buildConference, issueGuestLink } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { AuditEntry } from "./audit-entry.entity.js";

describe.each(databaseTargets)("the audit log on $name", (target) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(target);
  });
  afterAll(() => s.stop());

  const entries = (where: FindOptionsWhere<AuditEntry>) =>
    s.db.dataSource.getRepository(AuditEntry).find({ where, order: { at: "ASC" } });

  it("records sign-ins, failed ones included, with the address", async () => {
    const staff = await s.staff();
    await s.anonymous().request(`mutation { signIn(email: "${staff.email}", password: "wrong wrong wrong") { id } }`);
    const rows = await entries({ action: "signIn", recordId: staff.accountId });
    expect(rows.map((r) => [r.outcome, r.detail, r.actorKind, r.accountId])).toEqual([
      ["ok", null, "staff", staff.accountId],
      ["refused", "INVALID_CREDENTIALS", "anonymous", null],
    ]);
    expect(rows[0]?.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(rows[0]?.ip).toMatch(/127\.0\.0\.1$/);
  });

  it("records every read of a case's detail, refused ones too", async () => {
    const kase = await buildCase(s);
    const outsider = await s.staff();
    await s.gql(`query ($id: ID!) { case(id: $id) { familyName } }`, { id: kase.id });
    await outsider.request(`query ($id: ID!) { case(id: $id) { familyName } }`, { id: kase.id });
    const rows = await entries({ action: "case", recordId: kase.id });
    expect(rows.map((r) => [r.accountId, r.recordType, r.outcome, r.changedFields])).toEqual([
      [s.account.id, "Case", "ok", null],
      [outsider.accountId, "Case", "refused", null],
    ]);
  });

  it("records a change with the names of the fields it touched, never their values", async () => {
    const kase = await buildCase(s);
    await s.gql(
      `mutation ($c: ID!) { setCaseReporter(caseId: $c, input: { name: "Secret Neighbour", contact: "+36 30 1" }) }`,
      {
        c: kase.id,
      },
    );
    await s.gql(`mutation ($id: ID!) { updateCase(id: $id, input: { familyName: "Renamed", flags: [] }) { id } }`, {
      id: kase.id,
    });
    const rows = await entries({ recordId: kase.id });
    expect(rows.map((r) => [r.action, r.recordType, r.changedFields])).toEqual([
      ["createCase", "Case", ["reference", "familyName"]],
      ["setCaseReporter", "Case", ["name", "contact"]],
      ["updateCase", "Case", ["familyName", "flags"]],
    ]);
    const everything = JSON.stringify(await s.db.dataSource.query(`SELECT * FROM audit_log`));
    expect(everything).not.toContain("Secret Neighbour");
    expect(everything).not.toContain("+36 30 1");
  });

  it("records a guest link redeemed, as the guest", async () => {
    const conference = await buildConference(s);
    const seat = await addParticipant(s, conference.id, "PARENT");
    const link = await issueGuestLink(s, seat.id);
    await s.guest(link.token);
    const [row] = await entries({ action: "redeemGuestLink", participantId: seat.id });
    expect(row).toMatchObject({ actorKind: "guest", recordType: "GuestLink", outcome: "ok" });
  });

  it("cannot be changed or emptied, not even by the database owner", async () => {
    await s.staff();
    const [row] = await s.db.dataSource.getRepository(AuditEntry).find({ take: 1 });
    for (const sql of [
      `UPDATE audit_log SET action = 'nothing' WHERE id = '${row!.id}'`,
      `DELETE FROM audit_log WHERE id = '${row!.id}'`,
      `TRUNCATE audit_log`,
    ]) {
      await expect(s.db.dataSource.query(sql), sql).rejects.toThrow(/audit_log is append-only/);
    }
    expect(await s.db.dataSource.getRepository(AuditEntry).findOneBy({ id: row!.id })).toEqual(row);
  });

  it("is for administrators, newest first, filtered and paged", async () => {
    const admin = await s.staff({ role: "admin" });
    const kase = await buildCase(s);
    for (const flags of [["JUVENILE_PROBATION"], [], ["JUVENILE_PROBATION"]]) {
      await s.gql(`mutation ($id: ID!, $f: [CaseFlag!]) { updateCase(id: $id, input: { flags: $f }) { id } }`, {
        id: kase.id,
        f: flags,
      });
    }
    const query = `query ($after: String, $r: String) {
      auditLog(first: 2, after: $after, filter: { action: "updateCase", recordId: $r }) {
        totalCount nodes { id action accountId } pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      auditLog: {
        totalCount: number;
        nodes: { id: string; action: string; accountId: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const first = await admin.gql<Page>(query, { r: kase.id });
    const second = await admin.gql<Page>(query, { r: kase.id, after: first.auditLog.pageInfo.endCursor });
    expect(first.auditLog.totalCount).toBe(3);
    expect(first.auditLog.pageInfo.hasNextPage).toBe(true);
    expect(second.auditLog.nodes).toHaveLength(1);
    expect(second.auditLog.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.auditLog.nodes, ...second.auditLog.nodes].map((n) => n.id);
    const stored = await entries({ action: "updateCase", recordId: kase.id });
    expect(ids).toEqual(stored.map((r) => r.id).reverse());
    expect((await s.request(`{ auditLog { totalCount } }`)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
