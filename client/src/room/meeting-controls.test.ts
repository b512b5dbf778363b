import { addAgendaItem, readMeeting, setCurrentItem, startMeeting } from "@roundtable/shared";
import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import type { ConferenceStatus } from "../graphql/enums";
import { availableControls, closeTheMeeting, startTheMeeting } from "./meeting-controls";

const NOW = new Date("2026-03-02T09:00:00.000Z");
const LATER = new Date("2026-03-02T11:45:00.000Z");

describe("the facilitator's controls", () => {
  it("offers start before the meeting and close while it runs", () => {
    const doc = new Y.Doc();
    expect(availableControls("INVITED", readMeeting(doc))).toEqual({ canStart: true, canClose: false });
    expect(availableControls("LIVE", readMeeting(doc))).toEqual({ canStart: true, canClose: false });
    startMeeting(doc, NOW);
    expect(availableControls("LIVE", readMeeting(doc))).toEqual({ canStart: false, canClose: true });
    expect(availableControls("SIGNING", readMeeting(doc))).toEqual({ canStart: false, canClose: false });
  });

  it("takes an invited conference live before starting the clock", async () => {
    const doc = new Y.Doc();
    const transition = vi.fn((to: ConferenceStatus) => {
      expect(readMeeting(doc).startedAt).toBeNull(); // the clock waits for the server's yes
      return Promise.resolve(void to);
    });
    await startTheMeeting(doc, "INVITED", transition, NOW);
    expect(transition).toHaveBeenCalledWith("LIVE");
    expect(readMeeting(doc).startedAt).toBe(NOW.toISOString());
  });

  it("opens the first agenda item as the clock starts, in one update", async () => {
    const doc = new Y.Doc();
    const first = addAgendaItem(doc, { title: "Welcome and frame", timeboxMinutes: 10 });
    addAgendaItem(doc, { title: "Strengths", timeboxMinutes: 30 });
    let updates = 0;
    doc.on("update", () => updates++);
    await startTheMeeting(doc, "LIVE", () => Promise.resolve(), NOW);
    expect(readMeeting(doc)).toMatchObject({ startedAt: NOW.toISOString(), currentItemId: first });
    expect(updates).toBe(1);
  });

  it("leaves the agenda where it is when the clock had already started", async () => {
    const doc = new Y.Doc();
    addAgendaItem(doc, { title: "Welcome and frame", timeboxMinutes: 10 });
    const second = addAgendaItem(doc, { title: "Strengths", timeboxMinutes: 30 });
    startMeeting(doc, NOW);
    setCurrentItem(doc, second, NOW);
    await startTheMeeting(doc, "INVITED", () => Promise.resolve(), LATER);
    expect(readMeeting(doc)).toMatchObject({ startedAt: NOW.toISOString(), currentItemId: second });
  });

  it("starts nothing when the conference may not go live", async () => {
    const doc = new Y.Doc();
    const refused = vi.fn(() => Promise.reject(new Error("CONFERENCE_NOT_READY")));
    await expect(startTheMeeting(doc, "INVITED", refused, NOW)).rejects.toThrow();
    expect(readMeeting(doc).startedAt).toBeNull();
  });

  it("only starts the clock of a conference that is already live", async () => {
    const doc = new Y.Doc();
    const transition = vi.fn(() => Promise.resolve());
    await startTheMeeting(doc, "LIVE", transition, NOW);
    expect(transition).not.toHaveBeenCalled();
    expect(readMeeting(doc).startedAt).toBe(NOW.toISOString());
  });

  it("ends the meeting in the document and sends it before moving to signing", async () => {
    const doc = new Y.Doc();
    startMeeting(doc, NOW);
    const steps: string[] = [];
    await closeTheMeeting(
      doc,
      (to) => {
        steps.push(`transition ${to} with the meeting ended at ${readMeeting(doc).endedAt ?? "-"}`);
        return Promise.resolve();
      },
      () => {
        steps.push("sent");
        return Promise.resolve();
      },
      LATER,
    );
    expect(steps).toEqual(["sent", `transition SIGNING with the meeting ended at ${LATER.toISOString()}`]);
  });
});
