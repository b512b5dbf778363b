import {
  addTask,
  agreementText,
  endMeeting,
  initializeConferenceDocument,
  minutesFragment,
  nextItem,
  setAttendance,
  setNextMeetingDate,
  startMeeting,
} from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  buildMinutesContent,
  canonicalJson,
  childName,
  fragmentBlocks,
  minutesHash,
  type MinutesFacts,
} from "./render-content.js";

const ITEM = {
  welcome: "00000000-0000-4000-8000-00000000000a",
  situation: "00000000-0000-4000-8000-00000000000b",
} as const;
const SEAT = {
  facilitator: "00000000-0000-4000-8000-000000000201",
  mother: "00000000-0000-4000-8000-000000000202",
  nurse: "00000000-0000-4000-8000-000000000203",
  teacher: "00000000-0000-4000-8000-000000000204",
} as const;
const TASK = "00000000-0000-4000-8000-000000000301";
const at = (minutes: number) => new Date(Date.parse("2025-03-10T09:00:00.000Z") + minutes * 60_000);

function facts(): MinutesFacts {
  return {
    conference: {
      id: "00000000-0000-4000-8000-000000000100",
      kind: "conference",
      seriesIndex: 1,
      purpose: "Agree how Bence can return to school",
      language: "hu",
      scheduledStart: new Date("2025-03-10T09:00:00.000Z"),
      place: "Családsegítő, 2. terem",
      onlineLink: null,
    },
    caseReference: "RT-2025-017",
    children: ["Bence"],
    participants: [
      { id: SEAT.facilitator, name: "Tóth Éva", role: "facilitator", institution: null, attendance: null },
      { id: SEAT.mother, name: "Kovács Anna", role: "parent", institution: null, attendance: null },
      { id: SEAT.nurse, name: "Nagy Ildikó", role: "professional", institution: "Védőnői szolgálat", attendance: null },
      { id: SEAT.teacher, name: "Szabó Péter", role: "professional", institution: "Iskola", attendance: "excused" },
    ],
    rowTasks: [],
  };
}

function paragraph(...children: (Y.XmlText | Y.XmlElement)[]): Y.XmlElement {
  const element = new Y.XmlElement("paragraph");
  element.insert(0, children);
  return element;
}

function text(value: string, attributes?: Record<string, unknown>): Y.XmlText {
  const node = new Y.XmlText();
  node.insert(0, value, attributes);
  return node;
}

function element(name: string, children: (Y.XmlText | Y.XmlElement)[]): Y.XmlElement {
  const node = new Y.XmlElement(name);
  node.insert(0, children);
  return node;
}

/** The text node of the welcome item's sentence ("Mindenki elfogadta a "). */
function firstSentence(doc: Y.Doc): Y.XmlText {
  const sentence = minutesFragment(doc, ITEM.welcome).get(1);
  if (!(sentence instanceof Y.XmlElement)) throw new Error("no sentence");
  const node = sentence.get(0);
  if (!(node instanceof Y.XmlText)) throw new Error("no text");
  return node;
}

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}

const listItem = (...children: (Y.XmlText | Y.XmlElement)[]) => element("listItem", children);

/** A meeting as the room leaves it: attendance, minutes typed, a task, agreements, the clock ended. */
function heldMeeting(): Y.Doc {
  const doc = new Y.Doc();
  initializeConferenceDocument(doc, {
    agenda: [
      { id: ITEM.welcome, title: "Üdvözlés és keretek", timeboxMinutes: 10 },
      { id: ITEM.situation, title: "A család helyzete és erősségei", timeboxMinutes: 45 },
    ],
  });
  startMeeting(doc, at(0));
  nextItem(doc, at(0));
  setAttendance(doc, SEAT.facilitator, "in_room");
  setAttendance(doc, SEAT.mother, "in_room");
  setAttendance(doc, SEAT.nurse, "remote");
  minutesFragment(doc, ITEM.welcome).insert(0, [
    element("heading", [text("Keretek")]),
    paragraph(text("Mindenki elfogadta a "), text("titoktartást", { bold: true }), text(".")),
    paragraph(),
  ]);
  nextItem(doc, at(12));
  minutesFragment(doc, ITEM.situation).insert(0, [
    paragraph(text("első sor"), new Y.XmlElement("hardBreak"), text("második sor")),
    element("bulletList", [
      listItem(paragraph(text("jár óvodába"))),
      listItem(
        paragraph(text("a nagymama segít")),
        element("orderedList", [listItem(paragraph(text("hétfőn"))), listItem(paragraph(text("szerdán")))]),
      ),
    ]),
    element("orderedList", [listItem(paragraph(text("egy"))), listItem(paragraph(text("kettő")))]),
    element("blockquote", [paragraph(text("idézet ő ű ř ě"))]),
  ]);
  addTask(doc, {
    id: TASK,
    title: "Időpont a pszichológushoz",
    ownerParticipantId: SEAT.mother,
    dueDate: "2025-04-01",
    successIndicator: "Bence eljár a pszichológushoz",
  });
  agreementText(doc, "howToInform").insert(0, "E-mailben, hetente");
  agreementText(doc, "otherDecisions").insert(0, "Nincs más");
  setNextMeetingDate(doc, "2025-06-02");
  endMeeting(doc, at(50));
  return doc;
}

describe("rendering a minutes version", () => {
  it("holds the conference, the attendance sheet, the minutes per item, the tasks and the agreements", () => {
    const content = buildMinutesContent(facts(), heldMeeting(), at(60));
    expect(content.format).toBe(1);
    expect(content.language).toBe("hu");
    expect(content.conference).toEqual({
      id: facts().conference.id,
      kind: "conference",
      seriesIndex: 1,
      purpose: "Agree how Bence can return to school",
      caseReference: "RT-2025-017",
      children: ["Bence"],
      scheduledStart: "2025-03-10T09:00:00.000Z",
      startedAt: at(0).toISOString(),
      endedAt: at(50).toISOString(),
      place: "Családsegítő, 2. terem",
      onlineLink: null,
    });
    expect(content.attendance.map((a) => [a.name, a.attendance])).toEqual([
      ["Tóth Éva", "in_room"],
      ["Kovács Anna", "in_room"],
      ["Nagy Ildikó", "remote"],
      // No mark in the document: what was recorded before the meeting stands.
      ["Szabó Péter", "excused"],
    ]);
    expect(content.agenda.map((i) => [i.title, i.timeboxMinutes, i.elapsedMs])).toEqual([
      ["Üdvözlés és keretek", 10, 12 * 60_000],
      ["A család helyzete és erősségei", 45, 38 * 60_000],
    ]);
    expect(content.agenda[0]?.minutes).toEqual([
      { type: "heading", text: "Keretek" },
      { type: "paragraph", text: "Mindenki elfogadta a titoktartást." },
    ]);
    expect(content.agenda[1]?.minutes).toEqual([
      { type: "paragraph", text: "első sor\nmásodik sor" },
      { type: "bulletList", items: ["jár óvodába", "a nagymama segít\n  hétfőn\n  szerdán"] },
      { type: "orderedList", items: ["egy", "kettő"] },
      { type: "paragraph", text: "idézet ő ű ř ě" },
    ]);
    expect(content.tasks).toEqual([
      {
        id: TASK,
        title: "Időpont a pszichológushoz",
        ownerName: "Kovács Anna",
        dueDate: "2025-04-01",
        successIndicator: "Bence eljár a pszichológushoz",
        status: "open",
      },
    ]);
    expect(content.agreements).toEqual({
      howToInform: "E-mailben, hetente",
      otherDecisions: "Nincs más",
      nextMeetingDate: "2025-06-02",
    });
  });

  it("adds tasks agreed through the API after the document's own, without repeating one the document holds", () => {
    const withRows = facts();
    const planned = {
      id: "00000000-0000-4000-8000-000000000302",
      title: "Call the school",
      ownerName: "Szabó Péter",
      dueDate: null,
      successIndicator: null,
      status: "open" as const,
    };
    withRows.rowTasks = [{ ...planned, id: TASK, title: "stale row of the live task" }, planned];
    const content = buildMinutesContent(withRows, heldMeeting(), at(60));
    expect(content.tasks.map((t) => t.title)).toEqual(["Időpont a pszichológushoz", "Call the school"]);
  });

  it("counts a clock still running up to the closing time, and a stopped one not beyond its end", () => {
    const doc = heldMeeting();
    expect(buildMinutesContent(facts(), doc, at(500)).agenda[1]?.elapsedMs).toBe(38 * 60_000);
    const running = new Y.Doc();
    initializeConferenceDocument(running, { agenda: [{ id: ITEM.welcome, title: "Only item", timeboxMinutes: 5 }] });
    startMeeting(running, at(0));
    nextItem(running, at(0));
    expect(buildMinutesContent(facts(), running, at(7)).agenda[0]?.elapsedMs).toBe(7 * 60_000);
  });

  it("leaves the document untouched: rendering creates no fragment and sends no update", () => {
    const doc = new Y.Doc();
    initializeConferenceDocument(doc, { agenda: [{ id: ITEM.welcome, title: "Only item", timeboxMinutes: 5 }] });
    doc.getMap("minutes").delete(ITEM.welcome);
    let updates = 0;
    doc.on("update", () => updates++);
    expect(buildMinutesContent(facts(), doc, at(0)).agenda[0]?.minutes).toEqual([]);
    expect(updates).toBe(0);
  });

  it("skips what is not a block and keeps an empty fragment empty", () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment("x");
    expect(fragmentBlocks(fragment)).toEqual([]);
    fragment.insert(0, [paragraph(text("   ")), element("bulletList", [listItem(paragraph())])]);
    expect(fragmentBlocks(fragment)).toEqual([]);
  });
});

describe("the version hash", () => {
  it("is the same for the same content, and for the same document synced into another copy", () => {
    const doc = heldMeeting();
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const a = minutesHash(buildMinutesContent(facts(), doc, at(60)));
    const b = minutesHash(buildMinutesContent(facts(), copy, at(90)));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
  });

  it("changes with one character of the minutes, a mark, a task's deadline or an attendance", () => {
    const base = minutesHash(buildMinutesContent(facts(), heldMeeting(), at(60)));
    const edits: ((doc: Y.Doc) => void)[] = [
      (doc) => firstSentence(doc).insert(0, "!"),
      (doc) => setAttendance(doc, SEAT.nurse, "in_room"),
      (doc) => addTask(doc, { title: "Another task" }),
      (doc) => agreementText(doc, "otherDecisions").insert(0, " "),
    ];
    const hashes = edits.map((edit) => {
      const doc = heldMeeting();
      edit(doc);
      return minutesHash(buildMinutesContent(facts(), doc, at(60)));
    });
    for (const hash of hashes) expect(hash).not.toBe(base);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it("does not change with formatting alone, since the record keeps the words and not the marks", () => {
    const base = minutesHash(buildMinutesContent(facts(), heldMeeting(), at(60)));
    const doc = heldMeeting();
    firstSentence(doc).format(0, 4, { italic: true });
    expect(minutesHash(buildMinutesContent(facts(), doc, at(60)))).toBe(base);
  });

  it("is computed over canonical JSON: key order does not matter, values do", () => {
    expect(canonicalJson({ b: 1, a: [{ y: null, x: "ő" }], c: undefined })).toBe('{"a":[{"x":"ő","y":null}],"b":1}');
    const content = buildMinutesContent(facts(), heldMeeting(), at(60));
    // What PostgreSQL's jsonb gives back: the same values, keys in another order.
    expect(canonicalJson(reverseKeys(content))).toBe(canonicalJson(content));
    expect(JSON.stringify(reverseKeys(content))).not.toBe(JSON.stringify(content));
    expect(minutesHash(reverseKeys(content) as typeof content)).toBe(minutesHash(content));
    expect(minutesHash({ ...content, language: "cs" })).not.toBe(minutesHash(content));
  });
});

describe("children's names in the minutes", () => {
  it("keeps the first name, whichever order the family name was written in", () => {
    expect(childName("Kovács Bence", "Kovács", "hu")).toBe("Bence");
    expect(childName("Bence Kovács", "Kovács", "en")).toBe("Bence");
    expect(childName("Kovács Anna Mária", "Kovács", "hu")).toBe("Anna Mária");
    expect(childName("Szabó Lili", "Kovács", "hu")).toBe("Lili");
    expect(childName("Lili Nováková", "Novák", "cs")).toBe("Lili");
    expect(childName("Kovács", "Kovács", "hu")).toBe("Kovács");
  });
});
