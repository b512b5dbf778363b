import { addTask, minutesFragment, readMinutesText, setAttendance } from "@roundtable/shared";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, paragraph, storedSnapshot, type LiveClient } from "../../test/collab-kit.js";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { transition } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { REOPEN, liveMeeting, minutesOf } from "../../test/signoff-kit.js";

describe.each(databaseTargets)("closing a live meeting into minutes on $name", (target) => {
  let s: TestServer;
  const clients: LiveClient[] = [];
  beforeAll(async () => {
    // Stores so rare that only closing itself can have stored what was typed.
    s = await startTestServer(target, {
      env: { COLLAB_STORE_DEBOUNCE_MS: "600000", COLLAB_STORE_MAX_DELAY_MS: "600000" },
    });
  });
  afterAll(async () => {
    for (const c of clients) c.leave();
    await s.stop();
  });

  async function join(conferenceId: string): Promise<LiveClient> {
    const client = connect(s.url, conferenceId, { WebSocket: s.WebSocket });
    clients.push(client);
    await client.synced();
    return client;
  }

  it("puts what was typed just before closing into version 1, though no store had run yet", async () => {
    const { conference, seats, agendaItemId } = await liveMeeting(s, {
      facilitator: { role: "FACILITATOR", attendance: "IN_ROOM", fullName: "Tóth Éva" },
      mother: { role: "PARENT", attendance: null, fullName: "Kovács Anna" },
    });
    const [writer, reader] = [await join(conference.id), await join(conference.id)];
    paragraph(writer.doc, minutesFragment(writer.doc, agendaItemId)).insert(
      0,
      "Anna brings Bence to nursery every day.",
    );
    setAttendance(writer.doc, seats.mother.id, "remote");
    addTask(writer.doc, { title: "Book the psychologist", ownerParticipantId: seats.mother.id, dueDate: "2027-02-01" });
    // The server has it (the other client received it from there), but has not stored it.
    await eventually(() => expect(readMinutesText(reader.doc)[agendaItemId]).toContain("nursery"));
    expect((await storedSnapshot(s.db, conference.id)).minutes[agendaItemId] ?? "").not.toContain("nursery");

    expect((await transition(s, conference.id, "SIGNING")).errors).toBeUndefined();
    const v1 = (await minutesOf(s, conference.id)).latestMinutes!;
    expect(v1.content.agenda[0]?.minutes).toEqual([
      { type: "paragraph", text: "Anna brings Bence to nursery every day." },
    ]);
    expect(v1.content.attendance.map((a) => [a.name, a.attendance])).toEqual([
      ["Tóth Éva", "in_room"],
      ["Kovács Anna", "remote"],
    ]);
    expect(v1.content.tasks).toEqual([
      expect.objectContaining({ title: "Book the psychologist", ownerName: "Kovács Anna" }),
    ]);
    expect(v1.signatures.map((l) => l.name)).toEqual(["Tóth Éva", "Kovács Anna"]);
    // Closing stored the document too.
    expect((await storedSnapshot(s.db, conference.id)).minutes[agendaItemId]).toContain("nursery");
  });

  it("hashes an amendment made after reopening differently, and the same minutes closed again alike", async () => {
    const { conference, agendaItemId } = await liveMeeting(s, {
      facilitator: { role: "FACILITATOR", attendance: "IN_ROOM" },
    });
    const first = await join(conference.id);
    paragraph(first.doc, minutesFragment(first.doc, agendaItemId)).insert(0, "The family found a flat.");
    const watcher = await join(conference.id);
    await eventually(() => expect(readMinutesText(watcher.doc)[agendaItemId]).toContain("flat"));
    await transition(s, conference.id, "SIGNING");
    const v1 = (await minutesOf(s, conference.id)).latestMinutes!;

    expect((await s.request(REOPEN, { c: conference.id })).errors).toBeUndefined();
    // A connection opened after the reopening may write again.
    const amender = await join(conference.id);
    const sentence = minutesFragment(amender.doc, agendaItemId).get(0);
    const typed = sentence instanceof Y.XmlElement ? sentence.get(0) : null;
    if (!(typed instanceof Y.XmlText)) throw new Error("the paragraph did not sync");
    typed.insert("The family found a flat".length, " near the school");
    await eventually(() => expect(readMinutesText(watcher.doc)[agendaItemId]).toContain("near the school"));
    await transition(s, conference.id, "SIGNING");
    const v2 = (await minutesOf(s, conference.id)).latestMinutes!;
    expect(v2.number).toBe(2);
    expect(v2.content.agenda[0]?.minutes).toEqual([
      { type: "paragraph", text: "The family found a flat near the school." },
    ]);
    expect(v2.sha256).not.toBe(v1.sha256);

    await s.gql(REOPEN, { c: conference.id });
    await transition(s, conference.id, "SIGNING");
    const v3 = (await minutesOf(s, conference.id)).latestMinutes!;
    expect(v3.number).toBe(3);
    expect(v3.sha256).toBe(v2.sha256);
  });
});
