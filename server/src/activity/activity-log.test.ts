import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../test/csv-parse.js";
import { databaseTargets } from "../../test/databases.js";
import {
  addParticipant,
  buildCase,
  buildConference,
  buildPerson,
  buildReadyConference,
  issueGuestLink,
  transition,
} from "../../test/factories.js";
import { advance, backdate, daysFromNow } from "../../test/followup-kit.js";
import { startTestServer, type TestClient, type TestServer } from "../../test/server.js";
import { enqueueMail } from "../mail/outbox.js";
import { localDateIn } from "../followup/working-days.js";
import { ACTIVITY_CSV_ACTION } from "./activity-route.js";

const TZ = "Europe/Budapest";
const PURPOSE = 'Agree the plan, "together"\nwith the family';
const NURSERY = 'Óvoda "Napsugár", Győr';
const REPORTER = "Reporter Rozália Ősz";

interface Entry {
  id: string;
  at: string;
  kind: string;
  seriesIndex: number;
  conferenceKind: string;
  purpose: string;
  status: string;
  organisers: string[];
  participants: { name: string; institution: string | null; role: string; attendance: string | null }[] | null;
  attendance: { inRoom: number; remote: number; absent: number; excused: number; unknown: number } | null;
  messages: { count: number; delivered: number } | null;
  signatures: { signed: number; present: number } | null;
  conference: { id: string };
}

const LOG = `query ($id: ID!) { case(id: $id) { activityLog { id at kind seriesIndex conferenceKind purpose status organisers
  participants { name institution role attendance } attendance { inRoom remote absent excused unknown }
  messages { count delivered } signatures { signed present } conference { id } } } }`;

async function createInstitution(s: TestClient, name: string) {
  const data = await s.gql<{ createInstitution: { id: string } }>(
    `mutation ($n: String!) { createInstitution(input: { name: $n, kind: NURSERY }) { id } }`,
    { n: name },
  );
  return data.createInstitution.id;
}

describe.each(databaseTargets)("the activity log on $name", (target) => {
  let s: TestServer;
  let caseId: string;
  let held: string;
  let cancelled: string;
  let reference: string;

  const attend = (participantId: string, attendance: string) =>
    s.gql(`mutation ($id: ID!, $a: Attendance) { updateParticipant(id: $id, input: { attendance: $a }) { id } }`, {
      id: participantId,
      a: attendance,
    });

  /** A held and closed conference with a family and a nursery, a cancelled one, and a draft. */
  beforeAll(async () => {
    s = await startTestServer(target, { env: { TIME_ZONE: TZ } });
    const manager = await buildPerson(s, { fullName: "Szabó Anna" });
    const kase = await buildCase(s, { familyName: "Kovács", caseManagerId: manager.id });
    caseId = kase.id;
    reference = kase.reference;
    await s.gql(`mutation ($c: ID!, $r: CaseReporterInput) { setCaseReporter(caseId: $c, input: $r) }`, {
      c: caseId,
      r: { name: REPORTER },
    });
    const nursery = await createInstitution(s, NURSERY);
    const conference = await buildConference(s, { caseId, purpose: PURPOSE, language: "HU" });
    held = conference.id;
    const organiser = await addParticipant(s, held, "ORGANISER", (await buildPerson(s, { fullName: "Tóth Éva" })).id);
    const facilitator = await addParticipant(s, held, "FACILITATOR");
    const teacher = await addParticipant(
      s,
      held,
      "PROFESSIONAL",
      (await buildPerson(s, { fullName: "Nagy Ödön", institutionId: nursery })).id,
    );
    const mother = await addParticipant(
      s,
      held,
      "PARENT",
      (await buildPerson(s, { kind: "FAMILY", fullName: "Kovács Éva" })).id,
    );
    const child = await addParticipant(
      s,
      held,
      "CHILD",
      (await buildPerson(s, { kind: "FAMILY", fullName: "Kovács Ákos" })).id,
    );
    await advance(s, held, "live");
    await attend(organiser.id, "IN_ROOM");
    await attend(facilitator.id, "IN_ROOM");
    await attend(teacher.id, "REMOTE");
    await attend(mother.id, "IN_ROOM");
    await attend(child.id, "ABSENT");
    expect((await transition(s, held, "SIGNING")).errors).toBeUndefined();
    expect((await transition(s, held, "CLOSED")).errors).toBeUndefined();
    await s.db.dataSource.query(`UPDATE participants SET "signedAt" = now() WHERE id = ANY($1)`, [
      [organiser.id, mother.id],
    ]);
    await s.db.dataSource.query(
      `UPDATE conference_status_changes SET "changedAt" = $2 WHERE "conferenceId" = $1 AND "toStatus" = 'invited'`,
      [held, daysFromNow(-12)],
    );
    await backdate(s.db.dataSource, held, {
      heldAt: daysFromNow(-10),
      endedAt: daysFromNow(-10),
      closedAt: daysFromNow(-8),
    });
    // The minutes sent to two invitees (the sign-off may have queued its own as well).
    await s.db.dataSource.transaction(async (em) => {
      for (const [name, address] of [
        ["Nagy Ödön", "odon@ovoda.example"],
        ["Kovács Éva", "eva@family.example"],
      ] as const) {
        await enqueueMail(em, {
          kind: "minutes",
          conferenceId: held,
          participantId: null,
          to: { name, address },
          subject: "Jegyzőkönyv",
          text: "Csatolva.",
        });
      }
    });

    const second = await buildReadyConference(s, { caseId, purpose: "Review the plan" });
    cancelled = second.id;
    // Two invited by e-mail; one is removed before the meeting is cancelled (a withdrawal, not the cancellation).
    const invitees = [];
    for (const email of ["stays@school.example", "removed@school.example"]) {
      const person = await buildPerson(s, { fullName: `Invitee ${email}`, email });
      invitees.push(await addParticipant(s, cancelled, "PROFESSIONAL", person.id));
    }
    expect((await transition(s, cancelled, "INVITED")).errors).toBeUndefined();
    await s.gql(`mutation ($id: ID!) { removeParticipant(id: $id) }`, { id: invitees[1]!.id });
    expect((await transition(s, cancelled, "CANCELLED")).errors).toBeUndefined();
    await buildConference(s, { caseId, purpose: "A draft nobody knows of yet" });
  }, 300_000);
  afterAll(() => s?.stop());

  const log = async (client: TestClient = s) =>
    (await client.gql<{ case: { activityLog: Entry[] } }>(LOG, { id: caseId })).case.activityLog;

  it("lists each conference past draft with what followed from it, oldest first", async () => {
    const entries = await log();
    const times = entries.map((e) => e.at);
    expect(times).toEqual([...times].sort());
    expect(entries.filter((e) => e.conference.id === held).map((e) => e.kind)).toEqual([
      "INVITATIONS_SENT",
      "CONFERENCE",
      "MINUTES_CLOSED",
      "MINUTES_SENT",
    ]);
    expect(entries.filter((e) => e.conference.id === cancelled).map((e) => e.kind)).toEqual(
      expect.arrayContaining(["CONFERENCE", "INVITATIONS_SENT", "CANCELLED"]),
    );
    // The cancellation went to the one still invited; the withdrawal to the one removed is not it.
    expect(entries.find((e) => e.conference.id === cancelled && e.kind === "CANCELLED")?.messages?.count).toBe(1);
    expect(entries.some((e) => e.purpose.includes("draft"))).toBe(false);
  });

  it("records the meeting: date held, kind, purpose, status, organiser, everyone with institution and attendance", async () => {
    const meeting = (await log()).find((e) => e.conference.id === held && e.kind === "CONFERENCE")!;
    expect(localDateIn(new Date(meeting.at), TZ)).toBe(localDateIn(daysFromNow(-10), TZ));
    expect(meeting).toMatchObject({
      seriesIndex: 1,
      conferenceKind: "CONFERENCE",
      purpose: PURPOSE,
      status: "CLOSED",
      organisers: ["Tóth Éva"],
      attendance: { inRoom: 3, remote: 1, absent: 1, excused: 0, unknown: 0 },
      messages: null,
    });
    expect(meeting.participants).toEqual(
      expect.arrayContaining([
        { name: "Nagy Ödön", institution: NURSERY, role: "PROFESSIONAL", attendance: "REMOTE" },
        { name: "Kovács Éva", institution: null, role: "PARENT", attendance: "IN_ROOM" },
        { name: "Kovács Ákos", institution: null, role: "CHILD", attendance: "ABSENT" },
      ]),
    );
    expect(meeting.participants).toHaveLength(5);
  });

  it("says how many of those present signed, and how many messages went out", async () => {
    const entries = (await log()).filter((e) => e.conference.id === held);
    expect(entries.find((e) => e.kind === "MINUTES_CLOSED")?.signatures).toEqual({ signed: 2, present: 4 });
    const sent = entries.find((e) => e.kind === "MINUTES_SENT")!;
    expect(sent.messages!.count).toBeGreaterThanOrEqual(2);
    expect(sent.messages!.delivered).toBeLessThanOrEqual(sent.messages!.count);
  });

  it("names the case manager as organiser when the conference has no organiser seat", async () => {
    const entry = (await log()).find((e) => e.conference.id === cancelled && e.kind === "CONFERENCE")!;
    expect(entry).toMatchObject({ organisers: ["Szabó Anna"], status: "CANCELLED" });
  });

  async function download(client: TestClient | null, query: string, id = caseId) {
    const cookie = client?.cookie();
    return fetch(`${s.url}/cases/${id}/activity.csv${query}`, { headers: cookie ? { cookie } : {} });
  }

  it("exports as CSV in Hungarian: UTF-8 with a byte order mark, semicolons, headers and words in Hungarian", async () => {
    const res = await download(s, "?lang=hu");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toContain(`activity-${reference}.csv`);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8").decode(bytes);
    const [header, ...rows] = parseCsv(text, ";");
    expect(header).toEqual([
      "Dátum",
      "Időpont",
      "Bejegyzés",
      "Sorszám",
      "Megbeszélés típusa",
      "Cél",
      "Állapot",
      "Szervező",
      "Résztvevők (intézmény: jelenlét)",
      "Személyesen",
      "Távolról",
      "Távol maradt",
      "Kimentette magát",
      "Nincs rögzítve",
      "Megjegyzés",
    ]);
    expect(rows).toHaveLength((await log()).length);
    const meeting = rows.find((r) => r[2] === "Megbeszélés" && r[6] === "Lezárva")!;
    expect(meeting[0]).toBe(localDateIn(daysFromNow(-10), TZ));
    expect(meeting.slice(3, 8)).toEqual(["1", "Esetkonferencia", PURPOSE, "Lezárva", "Tóth Éva"]);
    expect(meeting[8]).toContain(`Nagy Ödön (${NURSERY}): távolról`);
    expect(meeting[8]).toContain("Kovács Éva (szülő): személyesen");
    expect(meeting[8]).toContain("Kovács Ákos (gyermek): távol maradt");
    expect(meeting.slice(9, 14)).toEqual(["3", "1", "1", "0", "0"]);
    expect(rows.find((r) => r[2] === "Jegyzőkönyv lezárva")?.[14]).toBe("4 jelenlévőből 2 aláírta");
    expect(text).not.toContain(REPORTER);
  });

  it("exports in Czech and English too, with commas for English or when asked", async () => {
    const cs = parseCsv(await (await download(s, "?lang=cs")).text(), ";");
    expect(cs[0]?.slice(0, 3)).toEqual(["Datum", "Čas", "Záznam"]);
    expect(cs.some((r) => r[4] === "Případová konference" && r[6] === "Uzavřeno")).toBe(true);
    const en = parseCsv(await (await download(s, "?lang=en")).text(), ",");
    expect(en[0]?.slice(0, 3)).toEqual(["Date", "Time", "Entry"]);
    expect(en.find((r) => r[2] === "Meeting" && r[6] === "Closed")?.[5]).toBe(PURPOSE);
    const huWithCommas = parseCsv(await (await download(s, "?lang=hu&sep=comma")).text(), ",");
    expect(huWithCommas[0]?.[0]).toBe("Dátum");
    expect(huWithCommas.find((r) => r[6] === "Lezárva" && r[2] === "Megbeszélés")?.[8]).toContain(NURSERY);
    expect((await download(s, "?lang=de")).status).toBe(400);
  });

  it("is the case team's alone, and every download, refused ones too, is in the audit log", async () => {
    const outsider = await s.staff();
    const admin = await s.staff({ role: "admin" });
    const planned = await buildConference(s, { caseId, purpose: "Meet again" });
    const seat = await addParticipant(s, planned.id, "OBSERVER");
    const guest = await s.guest((await issueGuestLink(s, seat.id)).token);
    expect((await download(s, "?lang=en")).status).toBe(200);
    expect((await download(s, "?lang=xx")).status).toBe(400);
    expect((await download(null, "?lang=hu")).status).toBe(401);
    for (const client of [outsider, admin, guest]) {
      const res = await download(client, "?lang=hu");
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain("Kovács");
    }
    expect((await download(s, "", "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await download(s, "", "not-a-uuid")).status).toBe(404);
    const outsiderLog = await outsider.request(`query ($id: ID!) { case(id: $id) { activityLog { id } } }`, {
      id: caseId,
    });
    expect(outsiderLog.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const audit = await s.db.dataSource.query<{ outcome: string; detail: string | null; accountId: string | null }[]>(
      `SELECT outcome, detail, "accountId" FROM audit_log WHERE action = $1 AND "recordId" = $2`,
      [ACTIVITY_CSV_ACTION, caseId],
    );
    expect(audit.filter((a) => a.outcome === "ok").length).toBeGreaterThanOrEqual(1);
    expect(audit.filter((a) => a.outcome === "failed").map((a) => a.detail)).toContain("BAD_USER_INPUT");
    expect(
      audit
        .filter((a) => a.outcome === "refused")
        .map((a) => a.detail)
        .sort(),
    ).toEqual(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "UNAUTHENTICATED"]);
    expect(audit.some((a) => a.outcome === "refused" && a.accountId === outsider.accountId)).toBe(true);
  });
});
