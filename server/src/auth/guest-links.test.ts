import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { addParticipant, buildConference, issueGuestLink } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { GuestLink } from "./guest-link.entity.js";

const REDEEM = `mutation ($t: String!) { redeemGuestLink(token: $t) { conferenceId participantId } }`;
const CONFERENCE = `query ($id: ID!) { conference(id: $id) { purpose } }`;
const ME = `{ me { conferenceId participantId } }`;
const DAY = 86_400_000;

describe.each(databaseTargets)("guest invitation links on $name", (target) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(target, { env: { PUBLIC_URL: "https://roundtable.example.org" } });
  });
  afterAll(() => s.stop());

  async function invited() {
    const conference = await buildConference(s, { scheduledStart: "2027-01-12T09:00:00.000Z" });
    const seat = await addParticipant(s, conference.id, "PROFESSIONAL");
    return { conference, seat, link: await issueGuestLink(s, seat.id) };
  }

  it("opens a guest session for that conference only, from a 256-bit token kept as a hash", async () => {
    const { conference, seat, link } = await invited();
    expect(link.url).toBe(`https://roundtable.example.org/join/${link.token}`);
    expect(Buffer.from(link.token, "base64url")).toHaveLength(32);
    expect(JSON.stringify(await s.db.dataSource.query(`SELECT * FROM guest_links`))).not.toContain(link.token);

    const guest = await s.guest(link.token);
    expect(await guest.gql(ME)).toEqual({ me: { conferenceId: conference.id, participantId: seat.id } });
    expect(await guest.gql(CONFERENCE, { id: conference.id })).toEqual({
      conference: { purpose: "Agree how the family can be supported" },
    });
  });

  it("expires 14 days after the conference's scheduled end by default", async () => {
    const { link } = await invited();
    // Scheduled 09:00 for the default 180 minutes: ends 12:00.
    expect(link.expiresAt).toBe(new Date(Date.parse("2027-01-12T12:00:00.000Z") + 14 * DAY).toISOString());
  });

  it("refuses an expired link with a clear message and no session, and ends sessions opened with it", async () => {
    const { conference, seat, link } = await invited();
    const guest = await s.guest(link.token);
    await s.db.dataSource
      .getRepository(GuestLink)
      .update({ participantId: seat.id }, { expiresAt: new Date(Date.now() - 1000) });

    const res = await s.anonymous().post({ query: REDEEM, variables: { t: link.token } });
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("LINK_EXPIRED");
    expect(body.errors[0]?.message).toMatch(/has expired\. Please ask the organiser/);
    expect(res.headers.getSetCookie()).toEqual([]);
    expect((await guest.request(CONFERENCE, { id: conference.id })).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("refuses an expiry in the past when issuing", async () => {
    const { seat } = await invited();
    const body = await s.request(
      `mutation ($p: ID!) { issueGuestLink(participantId: $p, expiresAt: "2020-01-01T00:00:00Z") { url } }`,
      {
        p: seat.id,
      },
    );
    expect(body.errors?.[0]?.extensions?.fields).toEqual([
      { path: "expiresAt", code: "OUT_OF_RANGE", message: "must be in the future" },
    ]);
  });

  it("stops a revoked link and the sessions opened with it", async () => {
    const { conference, seat, link } = await invited();
    const guest = await s.guest(link.token);
    await s.gql(`mutation ($p: ID!) { revokeGuestLink(participantId: $p) }`, { p: seat.id });

    const body = await s.anonymous().request(REDEEM, { t: link.token });
    expect(body.errors?.[0]?.extensions?.code).toBe("LINK_REVOKED");
    expect(body.errors?.[0]?.message).toMatch(/withdrawn or replaced/);
    expect(await guest.gql(ME)).toEqual({ me: null });
    expect((await guest.request(CONFERENCE, { id: conference.id })).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("closes a guest's open subscriptions when their link is withdrawn", async () => {
    const { conference, seat, link } = await invited();
    const guest = await s.guest(link.token);
    const closed: number[] = [];
    const client = createClient({ url: `${s.wsUrl}/graphql`, webSocketImpl: guest.WebSocket, retryAttempts: 0 });
    client.on("closed", (event) => closed.push((event as { code: number }).code));
    const events: unknown[] = [];
    client.subscribe(
      { query: `subscription ($id: ID) { conferenceChanged(id: $id) { place } }`, variables: { id: conference.id } },
      { next: (e) => events.push(e), error: () => {}, complete: () => {} },
    );
    const touch = () =>
      s.gql(`mutation ($id: ID!) { updateConference(id: $id, input: { place: "Room 3" }) { id } }`, {
        id: conference.id,
      });
    await eventually(async () => {
      await touch();
      expect(events.length).toBeGreaterThan(0);
    });
    await s.gql(`mutation ($p: ID!) { revokeGuestLink(participantId: $p) }`, { p: seat.id });
    await eventually(() => expect(closed).toEqual([4403]));
    await client.dispose();
  });

  it("replaces the old link when it is sent again", async () => {
    const { conference, seat, link } = await invited();
    const oldGuest = await s.guest(link.token);
    const again = await issueGuestLink(s, seat.id);
    expect(again.token).not.toBe(link.token);

    expect((await s.anonymous().request(REDEEM, { t: link.token })).errors?.[0]?.extensions?.code).toBe("LINK_REVOKED");
    expect(await oldGuest.gql(ME)).toEqual({ me: null });
    const newGuest = await s.guest(again.token);
    expect(await newGuest.gql(ME)).toEqual({ me: { conferenceId: conference.id, participantId: seat.id } });
    const status = await s.gql<{ conference: { participants: { id: string; invitationLink: unknown }[] } }>(
      `query ($id: ID!) { conference(id: $id) { participants { id invitationLink { revokedAt lastUsedAt } } } }`,
      { id: conference.id },
    );
    const mine = status.conference.participants.find((p) => p.id === seat.id);
    expect(mine?.invitationLink).toMatchObject({ revokedAt: null, lastUsedAt: expect.any(String) });
  });

  it("does not open another conference with a token of conference A", async () => {
    const a = await invited();
    const b = await invited();
    const guestOfA = await s.guest(a.link.token);
    const body = await guestOfA.request(CONFERENCE, { id: b.conference.id });
    expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(body.data ?? null).toBeNull();
  });

  it("refuses unknown and malformed tokens alike, with no session", async () => {
    for (const token of ["x".repeat(43), "not-a-token", "", "' OR 1=1 --"]) {
      const res = await s.anonymous().post({ query: REDEEM, variables: { t: token } });
      const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe("INVALID_LINK");
      expect(res.headers.getSetCookie()).toEqual([]);
    }
  });

  it("forgets the link of a participant who is removed", async () => {
    const { seat, link } = await invited();
    await s.gql(`mutation ($id: ID!) { removeParticipant(id: $id) }`, { id: seat.id });
    expect((await s.anonymous().request(REDEEM, { t: link.token })).errors?.[0]?.extensions?.code).toBe("INVALID_LINK");
  });
});
