import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { startTestServer, TEST_PASSWORD, type TestServer } from "../../test/server.js";
import { Session } from "./session.entity.js";

const SIGN_IN = `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id email } }`;
const ME = `{ me { account { id email role } } }`;
const MAX_FAILURES = 3;

describe.each(databaseTargets)("staff sign-in and sessions on $name", (target) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(target, {
      env: { SIGN_IN_MAX_FAILURES: String(MAX_FAILURES), SIGN_IN_LOCK_SECONDS: "2", SIGN_IN_DELAY_MS: "5" },
    });
  });
  afterAll(() => s.stop());

  const attempt = (email: string, password: string, headers: Record<string, string> = {}) =>
    s.anonymous().post({ query: SIGN_IN, variables: { e: email, p: password } }, headers);

  it("opens a session in an httpOnly, SameSite=Lax cookie, whatever the e-mail's case", async () => {
    const { email } = await s.staff();
    const res = await attempt(email.toUpperCase(), TEST_PASSWORD);
    const cookie = res.headers.getSetCookie()[0] ?? "";
    expect(cookie).toMatch(/^rt_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//i);
    const body = (await res.json()) as { data: { signIn: { email: string } } };
    expect(body.data.signIn.email).toBe(email);
  });

  it("keeps only a hash of the session token", async () => {
    const client = await s.staff();
    const token = client.cookie()!.split("=")[1]!;
    const rows = await s.db.dataSource.query<unknown[]>(`SELECT * FROM sessions`);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("refuses a wrong password and an unknown address alike, without a cookie", async () => {
    const { email } = await s.staff();
    for (const [e, p] of [
      [email, "not the password at all"],
      ["nobody@test.example", TEST_PASSWORD],
    ] as const) {
      const res = await attempt(e, p, { "x-test": "wrong" });
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe("INVALID_CREDENTIALS");
      expect(body.errors[0]?.message).toBe("The e-mail address or the password is not right.");
      expect(res.headers.getSetCookie()).toEqual([]);
    }
  });

  it("refuses even the right password after too many wrong ones, until the pause has passed", async () => {
    const { email } = await s.staff();
    for (let i = 0; i < MAX_FAILURES; i++) {
      const body = (await (await attempt(email, `wrong password ${i}`)).json()) as {
        errors: { extensions: { code: string } }[];
      };
      expect(body.errors[0]?.extensions.code).toBe("INVALID_CREDENTIALS");
    }
    const locked = (await (await attempt(email, TEST_PASSWORD)).json()) as {
      errors: { message: string; extensions: { code: string; retryAt: string } }[];
    };
    expect(locked.errors[0]?.extensions.code).toBe("TOO_MANY_ATTEMPTS");
    expect(locked.errors[0]?.message).toMatch(/try again in 1 minute/);
    const retryAt = Date.parse(locked.errors[0]!.extensions.retryAt);
    expect(retryAt).toBeGreaterThan(Date.now());

    await eventually(async () => {
      expect(Date.now()).toBeGreaterThan(retryAt);
      const res = await attempt(email, TEST_PASSWORD);
      expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
    }, 5000);
  });

  it("also pauses an address that tries many accounts", async () => {
    // A server of its own with a long pause: every request here comes from 127.0.0.1.
    const other = await startTestServer(target, { env: { SIGN_IN_MAX_FAILURES: "2", SIGN_IN_LOCK_SECONDS: "600" } });
    try {
      const accounts = await Promise.all(Array.from({ length: 8 }, () => other.staff()));
      // 2 failures each would lock each account; 1 each locks none, but 8 lock the address (2 × 4).
      for (const { email } of accounts) {
        await other.anonymous().request(SIGN_IN, { e: email, p: "wrong, from a busy address" });
      }
      const body = await other.anonymous().request(SIGN_IN, { e: accounts[0]!.email, p: TEST_PASSWORD });
      expect(body.errors?.[0]?.extensions?.code).toBe("TOO_MANY_ATTEMPTS");
    } finally {
      await other.stop();
    }
  });

  it("ends the session on sign-out: the cookie is cleared and no longer works", async () => {
    const client = await s.staff();
    const cookie = client.cookie();
    await client.gql(`mutation { signOut }`);
    expect(client.cookie()).toBeNull();
    const replay = s.anonymous();
    const body = await (await replay.post({ query: ME }, { cookie: cookie! })).json();
    expect(body).toEqual({ data: { me: null } });
  });

  it("ends every session of the account on sign-out everywhere", async () => {
    const first = await s.staff();
    const second = await s.signIn(first.email, TEST_PASSWORD);
    await second.gql(`mutation { signOutEverywhere }`);
    expect(await first.gql(ME)).toEqual({ me: null });
  });

  it("ends the other sessions on a password change, and the old password stops working", async () => {
    const here = await s.staff();
    const elsewhere = await s.signIn(here.email, TEST_PASSWORD);
    const wrong = await here.request(
      `mutation { changePassword(currentPassword: "not it at all", newPassword: "a brand new passphrase") }`,
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe("INVALID_CREDENTIALS");
    const short = await here.request(
      `mutation ($p: String!) { changePassword(currentPassword: $p, newPassword: "short") }`,
      { p: TEST_PASSWORD },
    );
    expect(short.errors?.[0]?.extensions?.fields).toEqual([
      { path: "newPassword", code: "TOO_SHORT", message: "must be at least 12 characters" },
    ]);
    await here.gql(
      `mutation ($p: String!) { changePassword(currentPassword: $p, newPassword: "a brand new passphrase") }`,
      {
        p: TEST_PASSWORD,
      },
    );
    expect((await here.gql<{ me: unknown }>(ME)).me).not.toBeNull();
    expect(await elsewhere.gql(ME)).toEqual({ me: null });
    const old = await (await attempt(here.email, TEST_PASSWORD)).json();
    expect(JSON.stringify(old)).toContain("INVALID_CREDENTIALS");
    await s.signIn(here.email, "a brand new passphrase");
  });

  it("lets nobody into a disabled account, and ends its sessions", async () => {
    const admin = await s.staff({ role: "admin" });
    const user = await s.staff();
    await admin.gql(`mutation ($id: ID!) { updateAccount(id: $id, input: { disabled: true }) { disabledAt } }`, {
      id: user.accountId,
    });
    expect(await user.gql(ME)).toEqual({ me: null });
    expect(JSON.stringify(await (await attempt(user.email, TEST_PASSWORD)).json())).toContain("INVALID_CREDENTIALS");
  });

  it("renews a session in use and forgets one left idle past its expiry", async () => {
    const client = await s.staff();
    const sessions = s.db.dataSource.getRepository(Session);
    const [session] = await sessions.find({ order: { createdAt: "DESC" }, take: 1 });
    const soon = new Date(Date.now() + 30_000);
    await sessions.update(session!.id, { lastSeenAt: new Date(Date.now() - 120_000), expiresAt: soon });
    await client.gql(ME);
    const renewed = await sessions.findOneByOrFail({ id: session!.id });
    expect(renewed.expiresAt.getTime()).toBeGreaterThan(soon.getTime());

    await sessions.update(session!.id, { expiresAt: new Date(Date.now() - 1000) });
    expect(await client.gql(ME)).toEqual({ me: null });
  });
});
