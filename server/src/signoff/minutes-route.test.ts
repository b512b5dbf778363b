import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { transition } from "../../test/factories.js";
import { startTestServer, type TestClient, type TestServer } from "../../test/server.js";
import { liveMeeting, minutesOf, sign } from "../../test/signoff-kit.js";
import { AuditEntry } from "../audit/audit-entry.entity.js";
import { MINUTES_PDF_ACTION } from "./minutes-route.js";

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  let text = "";
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    text += content.items.map((item) => ("str" in item ? item.str : "")).join("");
  }
  await pdf.destroy();
  return text.replace(/\s+/g, "");
}

describe.each(databaseTargets)("downloading the minutes PDF on $name", (target) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(target);
  });
  afterAll(() => s.stop());

  const download = (client: TestClient | null, path: string) => {
    const cookie = client?.cookie();
    return fetch(`${s.url}${path}`, { headers: cookie ? { cookie } : {} });
  };

  it("serves a version with its signatures to the team and to every invitee, and audits each read", async () => {
    const meeting = await liveMeeting(s, {
      facilitator: { role: "FACILITATOR", attendance: "IN_ROOM", fullName: "Tóth Éva" },
      visitor: { role: "PROFESSIONAL", attendance: "REMOTE", fullName: "Nagy Ildikó" },
      teacher: { role: "PROFESSIONAL", attendance: "ABSENT", fullName: "Szabó Péter" },
    });
    await transition(s, meeting.conference.id, "SIGNING");
    const v1 = (await minutesOf(s, meeting.conference.id)).latestMinutes!;
    const visitor = await s.guest(meeting.seats.visitor.token);
    await sign(visitor, v1.id, { answer: "DISSENT", note: "Item 2 is incomplete." });
    const teacher = await s.guest(meeting.seats.teacher.token);

    for (const reader of [s, visitor, teacher]) {
      const res = await download(reader, v1.pdfPath);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(res.headers.get("cache-control")).toBe("no-store");
      const text = await pdfText(new Uint8Array(await res.arrayBuffer()));
      expect(text).toContain(v1.sha256);
      expect(text).toContain("Item2isincomplete.");
    }
    const reads = await s.db.dataSource
      .getRepository(AuditEntry)
      .findBy({ action: MINUTES_PDF_ACTION, recordId: meeting.conference.id, outcome: "ok" });
    expect(reads.map((r) => r.actorKind).sort()).toEqual(["guest", "guest", "staff"]);
    expect(reads.every((r) => r.detail === "version 1")).toBe(true);
  });

  it("answers 404 to a guest of another conference and for a version that does not exist, 401 to nobody", async () => {
    const mine = await liveMeeting(s, { facilitator: { role: "FACILITATOR", attendance: "IN_ROOM" } });
    const other = await liveMeeting(s, { facilitator: { role: "FACILITATOR", attendance: "IN_ROOM" } });
    await transition(s, mine.conference.id, "SIGNING");
    const v1 = (await minutesOf(s, mine.conference.id)).latestMinutes!;
    const stranger = await s.guest(other.seats.facilitator.token);
    const outsider = await s.staff();

    expect((await download(stranger, v1.pdfPath)).status).toBe(404);
    expect((await download(outsider, v1.pdfPath)).status).toBe(404);
    expect((await download(s, `/conferences/${mine.conference.id}/minutes/2.pdf`)).status).toBe(404);
    expect((await download(s, `/conferences/not-an-id/minutes/1.pdf`)).status).toBe(404);
    const anonymous = await download(null, v1.pdfPath);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: expect.any(String) } });
    const refused = await s.db.dataSource
      .getRepository(AuditEntry)
      .findBy({ action: MINUTES_PDF_ACTION, recordId: mine.conference.id, outcome: "refused" });
    expect(refused.map((r) => r.detail).sort()).toEqual(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "UNAUTHENTICATED"]);
  });
});
