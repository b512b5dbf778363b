import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { initializeConferenceDocument } from "./initialize.js";
import { DOCUMENT_VERSION, metaMap, readDocumentVersion } from "./layout.js";
import { snapshotDocument } from "./snapshot.js";
import { DEFAULT_AGENDA, ITEM, buildDocument } from "./test-support.js";

describe("initialising a conference document", () => {
  it("writes the version and the whole empty layout", () => {
    expect(snapshotDocument(buildDocument())).toEqual({
      version: DOCUMENT_VERSION,
      agenda: [
        {
          id: ITEM.welcome,
          title: "Welcome and frame",
          timeboxMinutes: 10,
          state: "pending",
          presenters: "facilitator",
        },
        {
          id: ITEM.situation,
          title: "The family's situation and strengths",
          timeboxMinutes: 60,
          state: "pending",
          presenters: "",
        },
        { id: ITEM.plan, title: "Cooperation plan", timeboxMinutes: 45, state: "pending", presenters: "everyone" },
      ],
      meeting: {
        currentItemId: null,
        startedAt: null,
        pausedAt: null,
        endedAt: null,
        runningSince: null,
        accumulatedMs: 0,
        elapsedMs: {},
        speakingParticipantId: null,
      },
      minutes: { [ITEM.welcome]: "", [ITEM.situation]: "", [ITEM.plan]: "" },
      tasks: [],
      agreements: { howToInform: "", nextMeetingDate: null, otherDecisions: "" },
      speakers: [],
      attendance: {},
    });
  });

  it("does it in one update", () => {
    const doc = new Y.Doc();
    let updates = 0;
    doc.on("update", () => updates++);
    expect(initializeConferenceDocument(doc, { agenda: DEFAULT_AGENDA })).toBe(true);
    expect(updates).toBe(1);
  });

  it("leaves an initialised document alone when called again", () => {
    const doc = buildDocument();
    const before = Y.encodeStateAsUpdate(doc);
    expect(initializeConferenceDocument(doc, { agenda: DEFAULT_AGENDA })).toBe(false);
    expect(initializeConferenceDocument(doc, { agenda: [{ title: "Other", timeboxMinutes: 5 }] })).toBe(false);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(snapshotDocument(doc).agenda).toHaveLength(3);
  });

  it("treats any stored version as initialised, even one it cannot read", () => {
    const doc = new Y.Doc();
    metaMap(doc).set("version", "one");
    expect(readDocumentVersion(doc)).toBeNull();
    expect(initializeConferenceDocument(doc, { agenda: DEFAULT_AGENDA })).toBe(false);
    expect(snapshotDocument(doc).agenda).toEqual([]);
  });

  it("refuses a seed with a repeated or malformed id before writing anything", () => {
    const doc = new Y.Doc();
    const repeated = [DEFAULT_AGENDA[0]!, { ...DEFAULT_AGENDA[1]!, id: ITEM.welcome }];
    expect(() => initializeConferenceDocument(doc, { agenda: repeated })).toThrow(/appears twice/);
    expect(() => initializeConferenceDocument(doc, { agenda: [{ id: "1", title: "x", timeboxMinutes: 1 }] })).toThrow(
      RangeError,
    );
    expect(readDocumentVersion(doc)).toBeNull();
    expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(new Y.Doc()));
  });

  it("takes the tasks already agreed in the conference, in order, with their ids", () => {
    const doc = new Y.Doc();
    const tasks = [
      { id: "00000000-0000-4000-8000-000000000301", title: "Book the psychologist", dueDate: "2027-02-01" },
      { id: "00000000-0000-4000-8000-000000000302", title: "GP referral", status: "in_progress" as const },
    ];
    initializeConferenceDocument(doc, { agenda: DEFAULT_AGENDA, tasks });
    expect(snapshotDocument(doc).tasks).toEqual([
      { ...tasks[0], ownerParticipantId: null, successIndicator: "", status: "open" },
      { ...tasks[1], ownerParticipantId: null, dueDate: null, successIndicator: "" },
    ]);
    expect(() =>
      initializeConferenceDocument(new Y.Doc(), { agenda: [], tasks: [{ title: "x", id: "nope" }] }),
    ).toThrow(/uuid/);
  });
});
