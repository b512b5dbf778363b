import { createClient } from "graphql-ws";
import ICAL from "ical.js";
import { simpleParser, type ParsedMail } from "mailparser";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { addParticipant, buildPerson, transition } from "../../test/factories.js";
import { startTestServer, type TestClient, type TestServer } from "../../test/server.js";
import { startSmtpSink, type SmtpSink } from "../../test/smtp-sink.js";

const PUBLIC_URL = "https://roundtable.example.org";
const ARTIFACTS = fileURLToPath(new URL("../../../test/artifacts/", import.meta.url));
const JOIN = /https:\/\/roundtable\.example\.org\/join\/([A-Za-z0-9_-]+)/;
const hex = () => randomBytes(3).toString("hex");

/** The calendar entry of a message, read by ical.js from its invite.ics with the zone it carries. */
function calendarOf(mail: ParsedMail) {
  const part = mail.attachments.find((a) => a.filename === "invite.ics");
  if (!part) throw new Error(`no invite.ics in "${mail.subject}"`);
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString("utf8")));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  const event = new ICAL.Event(vevent);
  return {
    method: calendar.getFirstPropertyValue("method"),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toJSDate().toISOString(),
    localStart: event.startDate.toString(),
    zone: event.startDate.zone?.tzid,
    end: event.endDate.toJSDate().toISOString(),
    location: event.location,
    status: vevent.getFirstPropertyValue("status"),
    description: event.description,
  };
}

const PARTICIPANTS = `query ($id: ID!) { conference(id: $id) {
  participants { id invitationState person { fullName } invitation { lastLetter sequence answeredAt answerNote } }
  notReachableByEmail { id person { fullName } } } }`;

describe.each(databaseTargets)("invitations by e-mail on $name", (target) => {
  let sink: SmtpSink;
  let s: TestServer;

  beforeAll(async () => {
    sink = await startSmtpSink();
    s = await startTestServer(target, { env: { SMTP_URL: sink.url, PUBLIC_URL, TIME_ZONE: "Europe/Budapest" } });
  }, 60_000);
  afterAll(async () => {
    await s?.stop();
    await sink?.close();
  });

  /** What the mail server received for one address, oldest first, parsed by mailparser. */
  const mailsTo = (address: string): Promise<ParsedMail[]> =>
    Promise.all(sink.received.filter((r) => r.to.includes(address)).map((r) => simpleParser(r.raw)));

  /** A Hungarian case conference with the family, two professionals, a child and the organiser as staff. */
  async function hungarianConference() {
    const tag = hex();
    const { createInstitution: service } = await s.gql<{ createInstitution: { id: string } }>(
      `mutation { createInstitution(input: { name: "Riverside Családsegítő Szolgálat", kind: FAMILY_CHILD_WELFARE_SERVICE }) { id } }`,
    );
    const { createInstitution: healthVisitors } = await s.gql<{ createInstitution: { id: string } }>(
      `mutation { createInstitution(input: { name: "Óbudai Védőnői Szolgálat", kind: HEALTH_VISITOR_SERVICE }) { id } }`,
    );
    const reference = `HU-2027/${tag}`;
    const { createCase: kase } = await s.gql<{ createCase: { id: string } }>(
      `mutation ($i: CaseInput!) { createCase(input: $i) { id } }`,
      {
        i: {
          reference,
          familyName: "Kovács",
          children: [{ fullName: "Kovács Petra", birthDate: "2017-05-04" }],
          reporter: { name: "Bejelentő Béla" },
        },
      },
    );
    const email = (who: string) => `${who}-${tag}@mail.example`;
    const anna = await buildPerson(s, {
      fullName: "Szabó Anna",
      profession: "CASE_MANAGER",
      institutionId: service.id,
      email: email("anna"),
    });
    const annaClient = await s.staff({ personId: anna.id });
    const jiri = await buildPerson(s, {
      fullName: "Dvořák Jiří",
      profession: "HEALTH_VISITOR",
      institutionId: healthVisitors.id,
      email: email("jiri"),
    });
    const mother = await buildPerson(s, { kind: "FAMILY", fullName: "Kovács Erzsébet", email: email("erzsebet") });
    const child = await buildPerson(s, { kind: "FAMILY", fullName: "Kovács Petra" });
    const noEmail = await buildPerson(s, { fullName: "Szűcs Gyöngyi", profession: "TEACHER" });
    const { createConference: conference } = await s.gql<{ createConference: { id: string } }>(
      `mutation ($i: ConferenceInput!) { createConference(input: $i) { id } }`,
      {
        i: {
          caseId: kase.id,
          language: "HU",
          purpose: "Közösen megtervezni, hogyan erősíthetjük a család erőforrásait.",
          scheduledStart: "2027-03-09T09:00:00.000Z",
          place: "Riverside Családsegítő, tárgyaló",
          onlineLink: "https://meet.example.org/ertekezlet",
        },
      },
    );
    const seat = {
      anna: (await addParticipant(s, conference.id, "ORGANISER", anna.id)).id,
      jiri: (await addParticipant(s, conference.id, "FACILITATOR", jiri.id)).id,
      mother: (await addParticipant(s, conference.id, "PARENT", mother.id)).id,
      child: (await addParticipant(s, conference.id, "CHILD", child.id)).id,
      noEmail: (await addParticipant(s, conference.id, "PROFESSIONAL", noEmail.id)).id,
    };
    return {
      conferenceId: conference.id,
      reference,
      seat,
      annaClient,
      address: { anna: email("anna"), jiri: email("jiri"), mother: email("erzsebet") },
      noEmailPersonId: noEmail.id,
      email,
    };
  }

  type Setup = Awaited<ReturnType<typeof hungarianConference>>;
  let c: Setup;
  let jiriToken = "";
  let uid = "";

  const participants = async () =>
    (
      await s.gql<{
        conference: {
          participants: {
            id: string;
            invitationState: string;
            invitation: {
              lastLetter: string;
              sequence: number;
              answeredAt: string | null;
              answerNote: string | null;
            } | null;
          }[];
          notReachableByEmail: { id: string }[];
        };
      }>(PARTICIPANTS, { id: c.conferenceId })
    ).conference;
  const stateOf = async (seat: string) => (await participants()).participants.find((p) => p.id === seat);

  it("moving a conference to invited delivers one invitation per participant with an address, in its language, with a valid .ics", async () => {
    c = await hungarianConference();
    const moved = await transition(s, c.conferenceId, "INVITED");
    expect(moved.errors).toBeUndefined();

    const mails = await eventually(async () => {
      const got = await Promise.all([c.address.anna, c.address.jiri, c.address.mother].map(mailsTo));
      for (const list of got) expect(list).toHaveLength(1);
      return got.map((list) => list[0]!);
    }, 15_000);
    const [annaMail, jiriMail, motherMail] = mails as [ParsedMail, ParsedMail, ParsedMail];
    // Nobody else was written to.
    expect(sink.received.filter((r) => r.raw.includes(c.address.anna.split("-")[1]!))).toHaveLength(3);

    for (const mail of mails) {
      expect(mail.subject).toBe(`Meghívó esetkonferenciára: 2027. március 9., kedd (ügyszám: ${c.reference})`);
      expect(mail.text).toContain(`(ügyszám: ${c.reference}) esetkonferenciát tartunk`);
      expect(mail.text).toContain(
        "Az esetkonferencia ideje: 2027. március 9., kedd, 10:00–13:00 (közép-európai téli idő)",
      );
      expect(mail.text).toContain("- Dvořák Jiří – facilitátor, Óbudai Védőnői Szolgálat");
      expect(mail.text).toContain("- Szűcs Gyöngyi – szakember");
      expect(mail.html).toContain("<li>Szülő</li>");
      for (const secret of ["Bejelentő Béla", "Petra"]) {
        expect(mail.text).not.toContain(secret);
        expect(mail.html).not.toContain(secret);
      }
      const ics = calendarOf(mail);
      expect(ics).toMatchObject({
        method: "REQUEST",
        sequence: 0,
        start: "2027-03-09T09:00:00.000Z",
        localStart: "2027-03-09T10:00:00",
        zone: "Europe/Budapest",
        end: "2027-03-09T12:00:00.000Z",
        location: "Riverside Családsegítő, tárgyaló — https://meet.example.org/ertekezlet",
        status: "CONFIRMED",
      });
      expect(ics.uid).toBe(`conference-${c.conferenceId}@roundtable.example.org`);
    }
    uid = calendarOf(jiriMail).uid;
    // To the professionals the family is the case reference, never its name.
    for (const mail of [annaMail, jiriMail]) expect(`${mail.subject}${mail.text}${mail.html}`).not.toContain("Kovács");
    expect(jiriMail.text).toContain("Tisztelt Dvořák Jiří!");
    expect(motherMail.text).toContain("az Önök családjával kapcsolatosan");

    // Staff join from the conference page; guests get a personal link.
    expect(annaMail.text).toContain(`${PUBLIC_URL}/conferences/${c.conferenceId}`);
    expect(annaMail.text).not.toMatch(JOIN);
    expect(calendarOf(jiriMail).description).toMatch(JOIN);

    const states = await participants();
    expect(Object.fromEntries(states.participants.map((p) => [p.id, p.invitationState]))).toEqual({
      [c.seat.anna]: "SENT",
      [c.seat.jiri]: "SENT",
      [c.seat.mother]: "SENT",
      [c.seat.child]: "NOT_SENT",
      [c.seat.noEmail]: "NOT_SENT",
    });
    expect(states.notReachableByEmail.map((p) => p.id).sort()).toEqual([c.seat.child, c.seat.noEmail].sort());
    expect(states.participants.find((p) => p.id === c.seat.jiri)?.invitation).toMatchObject({
      lastLetter: "INVITATION",
      sequence: 0,
    });
    jiriToken = JOIN.exec(jiriMail.text ?? "")?.[1] ?? "";

    if (target.name === "pglite") {
      // The Hungarian invitation as delivered, for people to look at (test/artifacts is not committed).
      await mkdir(ARTIFACTS, { recursive: true });
      const raw = sink.received.find((r) => r.to.includes(c.address.jiri))!.raw;
      await writeFile(`${ARTIFACTS}invitation-hu.eml`, raw);
      await writeFile(`${ARTIFACTS}invitation-hu.txt`, `Subject: ${jiriMail.subject}\n\n${jiriMail.text}`);
      await writeFile(`${ARTIFACTS}invitation-hu.html`, String(jiriMail.html));
      await writeFile(`${ARTIFACTS}invitation-hu-family.txt`, `Subject: ${motherMail.subject}\n\n${motherMail.text}`);
    }
  });

  it("the invitation's link really opens a guest session for the invitee's seat", async () => {
    const guest = await s.guest(jiriToken);
    expect(await guest.gql(`{ me { conferenceId participantId } }`)).toEqual({
      me: { conferenceId: c.conferenceId, participantId: c.seat.jiri },
    });
  });

  it("an answer from the link sets ACCEPTED or DECLINED with the time and note, and the organiser hears of it", async () => {
    const organiser = createClient({
      url: `${s.wsUrl}/graphql`,
      webSocketImpl: s.WebSocket,
      lazy: false,
      keepAlive: 0,
    });
    const events: { participantChanged: { id: string; invitationState: string } | null }[] = [];
    const stop = organiser.subscribe(
      {
        query: `subscription ($c: ID!) { participantChanged(conferenceId: $c) { id invitationState } }`,
        variables: { c: c.conferenceId },
      },
      { next: (r) => events.push(r.data as never), error: () => {}, complete: () => {} },
    );
    try {
      // The subscription registers asynchronously: warm it up with a change of another seat.
      await eventually(async () => {
        await s.gql(`mutation ($p: ID!) { acknowledgeConfidentiality(participantId: $p) { id } }`, { p: c.seat.child });
        expect(events.length).toBeGreaterThan(0);
      });
      const guest: TestClient = await s.guest(jiriToken);
      const answered = await guest.gql<{ respondToInvitation: { invitationState: string } }>(
        `mutation ($p: ID!) { respondToInvitation(participantId: $p, accept: true, note: "Ott leszek, ő is jön.") { invitationState } }`,
        { p: c.seat.jiri },
      );
      expect(answered.respondToInvitation.invitationState).toBe("ACCEPTED");
      await eventually(() =>
        expect(events).toContainEqual({ participantChanged: { id: c.seat.jiri, invitationState: "ACCEPTED" } }),
      );
    } finally {
      stop();
      await organiser.dispose();
    }
    // Staff answer for their own seat, signed in.
    await c.annaClient.gql(`mutation ($p: ID!) { respondToInvitation(participantId: $p, accept: false) { id } }`, {
      p: c.seat.anna,
    });
    const jiri = await stateOf(c.seat.jiri);
    expect(jiri?.invitationState).toBe("ACCEPTED");
    expect(jiri?.invitation?.answerNote).toBe("Ott leszek, ő is jön.");
    expect(Date.now() - Date.parse(jiri?.invitation?.answeredAt ?? "")).toBeLessThan(60_000);
    expect((await stateOf(c.seat.anna))?.invitationState).toBe("DECLINED");
    // Nobody answers for another: the guest's link does not reach the organiser's seat.
    const guest = await s.guest(jiriToken);
    const refused = await guest.request(
      `mutation ($p: ID!) { respondToInvitation(participantId: $p, accept: true) { id } }`,
      {
        p: c.seat.mother,
      },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("a new time delivers an update with a higher SEQUENCE, keeps the link working and asks for the answer again", async () => {
    await s.gql(
      `mutation ($id: ID!) { updateConference(id: $id, input: { scheduledStart: "2027-04-13T08:00:00.000Z" }) { id } }`,
      {
        id: c.conferenceId,
      },
    );
    const updates = await eventually(async () => {
      const got = await Promise.all([c.address.anna, c.address.jiri, c.address.mother].map(mailsTo));
      for (const list of got) expect(list).toHaveLength(2);
      return got.map((list) => list[1]!);
    }, 15_000);
    for (const mail of updates) {
      expect(mail.subject).toBe(`Módosult az esetkonferencia: 2027. április 13., kedd (ügyszám: ${c.reference})`);
      expect(mail.text).toContain("A korábban tervezett időpont: 2027. március 9., kedd, 10:00–13:00");
      expect(mail.text).toContain(
        "Az esetkonferencia ideje: 2027. április 13., kedd, 10:00–13:00 (közép-európai nyári idő)",
      );
      const ics = calendarOf(mail);
      expect(ics).toMatchObject({
        method: "REQUEST",
        uid,
        sequence: 1,
        start: "2027-04-13T08:00:00.000Z",
        localStart: "2027-04-13T10:00:00",
      });
    }
    const jiriUpdate = updates[1]!;
    expect(jiriUpdate.text).not.toMatch(JOIN);
    expect(jiriUpdate.text).toContain("A meghívóban kapott személyes linkje továbbra is érvényes");
    // The link from the invitation still opens the meeting.
    expect(await (await s.guest(jiriToken)).gql(`{ me { participantId } }`)).toEqual({
      me: { participantId: c.seat.jiri },
    });
    const jiri = await stateOf(c.seat.jiri);
    expect(jiri?.invitationState).toBe("SENT");
    expect(jiri?.invitation).toMatchObject({ lastLetter: "INVITATION_UPDATE", sequence: 1, answeredAt: null });
  });

  it("a participant added later gets their own invitation at the current SEQUENCE", async () => {
    const late = await buildPerson(s, { fullName: "Novák Tereza", email: c.email("tereza") });
    await addParticipant(s, c.conferenceId, "PROFESSIONAL", late.id);
    const [mail] = await eventually(async () => {
      const got = await mailsTo(c.email("tereza"));
      expect(got).toHaveLength(1);
      return got;
    }, 15_000);
    expect(mail!.subject).toMatch(/^Meghívó esetkonferenciára: 2027\. április 13\., kedd/);
    expect(mail!.text).toMatch(JOIN);
    expect(calendarOf(mail!)).toMatchObject({ method: "REQUEST", uid, sequence: 1 });
    // Others are not written to again.
    expect(await mailsTo(c.address.jiri)).toHaveLength(2);
  });

  it("sends one participant's invitation again on the organiser's word, with a new link replacing the old", async () => {
    const resent = await s.gql<{ sendInvitation: { id: string } }>(
      `mutation ($p: ID!) { sendInvitation(participantId: $p) { id } }`,
      { p: c.seat.jiri },
    );
    expect(resent.sendInvitation.id).toBe(c.seat.jiri);
    const again = await eventually(async () => {
      const got = await mailsTo(c.address.jiri);
      expect(got).toHaveLength(3);
      return got[2]!;
    }, 15_000);
    expect(again.subject).toMatch(/^Meghívó esetkonferenciára: 2027\. április 13\., kedd/);
    expect(calendarOf(again)).toMatchObject({ method: "REQUEST", uid, sequence: 1 });
    const newToken = JOIN.exec(again.text ?? "")?.[1] ?? "";
    expect(newToken).not.toBe(jiriToken);
    const old = await s
      .anonymous()
      .request(`mutation ($t: String!) { redeemGuestLink(token: $t) { conferenceId } }`, { t: jiriToken });
    expect(old.errors?.[0]?.extensions?.code).toBe("LINK_REVOKED");
    await s.guest(newToken);
    jiriToken = newToken;
  });

  it("refuses to send to a participant without an address, and sends once one is added", async () => {
    const send = () =>
      s.request(`mutation ($p: ID!) { sendInvitation(participantId: $p) { invitationState } }`, { p: c.seat.noEmail });
    const refused = await send();
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.extensions?.fields).toEqual([
      { path: "participantId", code: "NO_EMAIL", message: "has no e-mail address" },
    ]);
    await s.gql(`mutation ($id: ID!, $i: PersonInput!) { updatePerson(id: $id, input: $i) { id } }`, {
      id: c.noEmailPersonId,
      i: { kind: "PROFESSIONAL", fullName: "Szűcs Gyöngyi", profession: "TEACHER", email: c.email("gyongyi") },
    });
    expect((await send()).data).toEqual({ sendInvitation: { invitationState: "SENT" } });
    const [mail] = await eventually(async () => {
      const got = await mailsTo(c.email("gyongyi"));
      expect(got).toHaveLength(1);
      return got;
    }, 15_000);
    expect(mail!.text).toContain("Tisztelt Szűcs Gyöngyi!");
    expect((await participants()).notReachableByEmail.map((p) => p.id)).toEqual([c.seat.child]);
  });

  it("cancelling delivers a cancellation (METHOD:CANCEL, STATUS:CANCELLED, same UID, higher SEQUENCE) to everyone invited", async () => {
    const cancelled = await transition(s, c.conferenceId, "CANCELLED");
    expect(cancelled.errors).toBeUndefined();
    const addresses = [c.address.anna, c.address.jiri, c.address.mother, c.email("tereza"), c.email("gyongyi")];
    const cancellations = await eventually(async () => {
      const got = (await Promise.all(addresses.map(mailsTo))).map((list) => list.at(-1)!);
      for (const mail of got) expect(mail.subject).toMatch(/^Elmarad az esetkonferencia/);
      return got;
    }, 15_000);
    for (const mail of cancellations) {
      expect(mail.text).toContain("elmarad. A tervezett időpont: 2027. április 13., kedd, 10:00–13:00");
      expect(mail.text).not.toMatch(JOIN);
      expect(calendarOf(mail)).toMatchObject({ method: "CANCEL", status: "CANCELLED", uid, sequence: 2 });
    }
    expect((await stateOf(c.seat.jiri))?.invitation).toMatchObject({
      lastLetter: "INVITATION_CANCELLATION",
      sequence: 2,
    });
    // Answers are over with the meeting.
    const guest = await s.guest(jiriToken);
    const late = await guest.request(
      `mutation ($p: ID!) { respondToInvitation(participantId: $p, accept: true) { id } }`,
      {
        p: c.seat.jiri,
      },
    );
    expect(late.errors?.[0]?.extensions?.code).toBe("CONFERENCE_LOCKED");
  });

  it.each([
    {
      language: "EN",
      subject: /^Invitation to a case conference: Tuesday, 9 March 2027 \(case EN-/,
      words: [
        "Dear Věra Dvořáková,",
        "Time of the case conference: Tuesday, 9 March 2027, 10:00–13:00 (Central European Standard Time)",
      ],
    },
    {
      language: "CS",
      subject: /^Pozvánka na případovou konferenci: úterý 9\. března 2027 \(sp\. zn\. CS-/,
      words: [
        "nejvhodnější způsoby",
        "Termín konání: úterý 9. března 2027, 10:00–13:00 (středoevropský standardní čas)",
      ],
    },
  ])("writes the invitation in $language", async ({ language, subject, words }) => {
    const tag = hex();
    const { createCase: kase } = await s.gql<{ createCase: { id: string } }>(
      `mutation ($i: CaseInput!) { createCase(input: $i) { id } }`,
      { i: { reference: `${language}-${tag}`, familyName: "Procházka", reporter: { name: "Oznamovatel Řehoř" } } },
    );
    const { createConference: conference } = await s.gql<{ createConference: { id: string } }>(
      `mutation ($i: ConferenceInput!) { createConference(input: $i) { id } }`,
      {
        i: {
          caseId: kase.id,
          language,
          purpose: "Společně naplánovat další kroky.",
          scheduledStart: "2027-03-09T09:00:00.000Z",
        },
      },
    );
    const address = `vera-${tag}@mail.example`;
    const vera = await buildPerson(s, { fullName: "Věra Dvořáková", profession: "TEACHER", email: address });
    await addParticipant(s, conference.id, "FACILITATOR", vera.id);
    expect((await transition(s, conference.id, "INVITED")).errors).toBeUndefined();
    const [mail] = await eventually(async () => {
      const got = await mailsTo(address);
      expect(got).toHaveLength(1);
      return got;
    }, 15_000);
    expect(mail!.subject).toMatch(subject);
    for (const w of words) expect(mail!.text).toContain(w);
    expect(`${mail!.text}${mail!.html}`).not.toMatch(/Procházka|Řehoř/);
    expect(calendarOf(mail!)).toMatchObject({ method: "REQUEST", sequence: 0, start: "2027-03-09T09:00:00.000Z" });
    await s.guest(JOIN.exec(mail!.text ?? "")?.[1] ?? "");
  });
});
