import ICAL from "ical.js";
import { simpleParser, type ParsedMail } from "mailparser";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { addParticipant, buildCase, buildPerson, transition } from "../../test/factories.js";
import { deliveriesOf, resend } from "../../test/mail-kit.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { startSmtpSink, type SmtpSink } from "../../test/smtp-sink.js";

const PUBLIC_URL = "https://roundtable.example.org";
const JOIN = /https:\/\/roundtable\.example\.org\/join\/([A-Za-z0-9_-]+)/;
const hex = () => randomBytes(3).toString("hex");

function calendarOf(mail: ParsedMail) {
  const part = mail.attachments.find((a) => a.filename === "invite.ics");
  if (!part) throw new Error(`no invite.ics in "${mail.subject}"`);
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString("utf8")));
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
  return { method: calendar.getFirstPropertyValue("method"), uid: event.uid, sequence: event.sequence };
}

/** Everything a stored message says: its bytes as text, and its parsed text, HTML and attachments. */
const everything = async (raw: Uint8Array): Promise<string> => {
  const mail = await simpleParser(Buffer.from(raw));
  return [
    Buffer.from(raw).toString("latin1"),
    mail.text ?? "",
    typeof mail.html === "string" ? mail.html : "",
    ...mail.attachments.map((a) => a.content.toString("utf8")),
  ].join("\n");
};

describe.each(databaseTargets)("guest links in stored mail on $name", (target) => {
  let sink: SmtpSink;
  let s: TestServer;

  beforeAll(async () => {
    sink = await startSmtpSink();
    s = await startTestServer(target, {
      env: { SMTP_URL: sink.url, PUBLIC_URL, TIME_ZONE: "Europe/Budapest", MAIL_POLL_MS: "100" },
    });
  }, 180_000);
  afterAll(async () => {
    await s?.stop();
    await sink?.close();
  });

  const mailsTo = (address: string): Promise<ParsedMail[]> =>
    Promise.all(sink.received.filter((r) => r.to.includes(address)).map((r) => simpleParser(r.raw)));
  const tokenIn = (mail: ParsedMail) => JOIN.exec(mail.text ?? "")?.[1] ?? "";
  /** The stored messages (sent or not) that hold this string anywhere, before or after decoding. */
  const storedHolding = async (secret: string) => {
    const rows = await s.db.dataSource.query<{ id: string; raw: Uint8Array; redactedRaw: Uint8Array | null }[]>(
      `SELECT id, raw, "redactedRaw" FROM mail_messages`,
    );
    const hits: string[] = [];
    for (const row of rows) {
      const stored = [await everything(row.raw), row.redactedRaw ? await everything(row.redactedRaw) : ""].join("\n");
      if (stored.includes(secret)) hits.push(row.id);
    }
    return hits;
  };
  const storedRow = async (id: string) =>
    (
      await s.db.dataSource.query<{ status: string; raw: Uint8Array; redactedAt: Date | null }[]>(
        `SELECT status, raw, "redactedAt" FROM mail_messages WHERE id = $1`,
        [id],
      )
    )[0]!;
  const redeem = (token: string) =>
    s.anonymous().request(`mutation ($t: String!) { redeemGuestLink(token: $t) { conferenceId } }`, { t: token });

  /** An English conference, invited, with three guests who have addresses. */
  async function invitedConference() {
    const tag = hex();
    const kase = await buildCase(s);
    const { createConference: conference } = await s.gql<{ createConference: { id: string } }>(
      `mutation ($i: ConferenceInput!) { createConference(input: $i) { id } }`,
      {
        i: {
          caseId: kase.id,
          language: "EN",
          purpose: "Plan together how to support the family.",
          scheduledStart: "2027-03-09T09:00:00.000Z",
          place: "Riverside Family Centre",
        },
      },
    );
    const address = (who: string) => `${who}-${tag}@mail.example`;
    const seat: Record<string, string> = {};
    for (const [who, role] of [
      ["facilitator", "FACILITATOR"],
      ["teacher", "PROFESSIONAL"],
      ["mother", "PARENT"],
      ["nurse", "PROFESSIONAL"],
    ] as const) {
      const person = await buildPerson(s, {
        kind: role === "PARENT" ? "FAMILY" : "PROFESSIONAL",
        fullName: `${who} ${tag}`,
        email: address(who),
      });
      seat[who] = (await addParticipant(s, conference.id, role, person.id)).id;
    }
    expect((await transition(s, conference.id, "INVITED")).errors).toBeUndefined();
    const invitation = async (who: string) =>
      eventually(async () => {
        const [mail] = await mailsTo(address(who));
        expect(mail).toBeDefined();
        return mail!;
      }, 20_000);
    await eventually(async () => {
      const all = await deliveriesOf(s, conference.id);
      expect(all.map((d) => d.status)).toEqual(["SENT", "SENT", "SENT", "SENT"]);
    }, 20_000);
    return { conferenceId: conference.id, seat, address, invitation };
  }

  it("keeps no live guest link in a stored message once it is delivered; the stored letter stays readable", async () => {
    const c = await invitedConference();
    for (const who of ["teacher", "mother", "nurse"]) {
      const token = tokenIn(await c.invitation(who));
      expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
      expect(await storedHolding(token)).toEqual([]);
      // The link itself still works: only the database's copy lost it.
      expect((await redeem(token)).errors).toBeUndefined();
    }
    const [row] = await s.db.dataSource.query<{ id: string }[]>(
      `SELECT id FROM mail_messages WHERE "participantId" = $1`,
      [c.seat.mother],
    );
    const stored = await storedRow(row!.id);
    expect(stored.redactedAt).not.toBeNull();
    const letter = await simpleParser(Buffer.from(stored.raw));
    expect(letter.subject).toBe((await c.invitation("mother")).subject);
    expect(letter.text).toContain("https://roundtable.example.org/join/…");
    expect(letter.text).toContain("Plan together how to support the family.");
    expect(calendarOf(letter)).toMatchObject({ method: "REQUEST" });
  });

  it("re-sends a delivered invitation with a new link, and one that failed before delivery as it was", async () => {
    const c = await invitedConference();
    const first = await c.invitation("teacher");
    const oldToken = tokenIn(first);
    const sent = (await deliveriesOf(s, c.conferenceId)).find((d) => d.recipientAddress === c.address("teacher"))!;
    const again = await resend(s, sent.id);
    expect(again).toMatchObject({ kind: "INVITATION", recipientAddress: c.address("teacher") });
    expect(again.id).not.toBe(sent.id);
    const second = await eventually(async () => {
      const mails = await mailsTo(c.address("teacher"));
      expect(mails).toHaveLength(2);
      return mails[1]!;
    }, 20_000);
    const newToken = tokenIn(second);
    expect(newToken).not.toBe(oldToken);
    expect((await redeem(oldToken)).errors?.[0]?.extensions?.code).toBe("LINK_REVOKED");
    expect((await redeem(newToken)).errors).toBeUndefined();
    await eventually(async () => expect((await storedRow(again.id)).status).toBe("sent"), 20_000);
    expect(await storedHolding(newToken)).toEqual([]);

    // A participant added now, while the mail server refuses them: failed for good, never delivered.
    sink.mode = "reject-recipient";
    const late = await buildPerson(s, { fullName: `Late ${hex()}`, email: `late-${hex()}@mail.example` });
    const lateSeat = await addParticipant(s, c.conferenceId, "PROFESSIONAL", late.id);
    const failed = await eventually(async () => {
      const [d] = (await deliveriesOf(s, c.conferenceId)).filter((x) => x.status === "FAILED");
      expect(d).toBeDefined();
      return d!;
    }, 20_000);
    expect(failed.lastError).toContain("550");
    // Not delivered: the stored message still holds its link, the one to send.
    const undelivered = await storedRow(failed.id);
    expect(undelivered.redactedAt).toBeNull();
    const pending = JOIN.exec((await simpleParser(Buffer.from(undelivered.raw))).text ?? "")?.[1] ?? "";
    expect(pending).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    sink.mode = "accept";
    const retried = await resend(s, failed.id);
    expect(retried.id).toBe(failed.id);
    const delivered = await eventually(async () => {
      const [mail] = await mailsTo(failed.recipientAddress);
      expect(mail).toBeDefined();
      return mail!;
    }, 20_000);
    expect(tokenIn(delivered)).toBe(pending);
    expect((await redeem(pending)).errors).toBeUndefined();
    await eventually(async () => expect((await storedRow(failed.id)).status).toBe("sent"), 20_000);
    expect(await storedHolding(pending)).toEqual([]);
    expect(lateSeat.id).toBeTruthy();
  });

  it("writes to a participant removed from an invited conference: their invitation withdrawn, with a CANCEL of its calendar entry", async () => {
    const c = await invitedConference();
    const invitation = calendarOf(await c.invitation("nurse"));
    const others = await Promise.all(
      ["teacher", "mother", "facilitator"].map(async (w) => (await mailsTo(c.address(w))).length),
    );
    const removed = await s.request(`mutation ($id: ID!) { removeParticipant(id: $id) }`, { id: c.seat.nurse });
    expect(removed.errors).toBeUndefined();
    const withdrawal = await eventually(async () => {
      const mails = await mailsTo(c.address("nurse"));
      expect(mails).toHaveLength(2);
      return mails[1]!;
    }, 20_000);
    expect(withdrawal.subject).toMatch(/^Invitation withdrawn: the case conference on /);
    expect(withdrawal.text).toContain("your invitation to it is withdrawn");
    expect(withdrawal.text).not.toMatch(JOIN);
    const cancel = calendarOf(withdrawal);
    expect(cancel).toMatchObject({ method: "CANCEL", uid: invitation.uid });
    expect(cancel.sequence).toBeGreaterThan(invitation.sequence);
    // Nobody else is written to; the message stays on record.
    expect(
      await Promise.all(["teacher", "mother", "facilitator"].map(async (w) => (await mailsTo(c.address(w))).length)),
    ).toEqual(others);
    const [row] = await s.db.dataSource.query<{ kind: string; participantId: string | null }[]>(
      `SELECT kind, "participantId" FROM mail_messages WHERE "recipientAddress" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
      [c.address("nurse")],
    );
    expect(row).toEqual({ kind: "invitation_cancellation", participantId: null });
  });
});

describe.each(databaseTargets)("guest links in mail written to the outbox folder on $name", (target) => {
  let s: TestServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rt-links-"));
    s = await startTestServer(target, { env: { PUBLIC_URL, DATA_DIR: dataDir, MAIL_POLL_MS: "100" } });
  }, 180_000);
  afterAll(async () => {
    await s?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("leaves the link in the written file, the letter as delivered, and none in the database", async () => {
    const kase = await buildCase(s);
    const { createConference: conference } = await s.gql<{ createConference: { id: string } }>(
      `mutation ($i: ConferenceInput!) { createConference(input: $i) { id } }`,
      { i: { caseId: kase.id, language: "HU", purpose: "Közös terv.", scheduledStart: "2027-03-09T09:00:00.000Z" } },
    );
    for (const role of ["FACILITATOR", "PARENT"]) {
      const person = await buildPerson(s, {
        kind: role === "PARENT" ? "FAMILY" : "PROFESSIONAL",
        fullName: `${role} ${hex()}`,
        email: `${role.toLowerCase()}-${hex()}@mail.example`,
      });
      await addParticipant(s, conference.id, role, person.id);
    }
    expect((await transition(s, conference.id, "INVITED")).errors).toBeUndefined();
    const sent = await eventually(async () => {
      const all = await deliveriesOf(s, conference.id);
      expect(all.map((d) => d.status)).toEqual(["SENT", "SENT"]);
      return all;
    }, 30_000);
    const tokens: string[] = [];
    for (const d of sent) {
      const file = await simpleParser(fs.readFileSync(path.join(dataDir, "outbox", `${d.id}.eml`)));
      const token = JOIN.exec(file.text ?? "")?.[1];
      if (token) tokens.push(token);
    }
    expect(tokens).toHaveLength(2);
    const rows = await s.db.dataSource.query<{ raw: Uint8Array; redactedRaw: Uint8Array | null }[]>(
      `SELECT raw, "redactedRaw" FROM mail_messages`,
    );
    for (const row of rows) {
      expect(row.redactedRaw).toBeNull();
      const stored = await everything(row.raw);
      for (const token of tokens) expect(stored).not.toContain(token);
    }
  }, 120_000);
});
