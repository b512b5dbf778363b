import { describe, expect, it } from "vitest";
import { speakersArray } from "./layout.js";
import { readMeeting } from "./meeting-state.js";
import { giveWord, lowerHand, raiseHand, readSpeakers } from "./speakers.js";
import { PERSON, at, buildDocument } from "./test-support.js";

describe("the speaker queue", () => {
  it("queues raised hands in order with when and where", () => {
    const doc = buildDocument();
    expect(raiseHand(doc, PERSON.mother, "room", at(3))).toBe(true);
    expect(raiseHand(doc, PERSON.teacher, "remote", at(4))).toBe(true);
    expect(readSpeakers(doc)).toEqual([
      { participantId: PERSON.mother, raisedAt: "2025-03-10T09:03:00.000Z", where: "room" },
      { participantId: PERSON.teacher, raisedAt: "2025-03-10T09:04:00.000Z", where: "remote" },
    ]);
  });

  it("keeps a participant's place when they raise their hand again", () => {
    const doc = buildDocument();
    raiseHand(doc, PERSON.mother, "room", at(3));
    raiseHand(doc, PERSON.teacher, "remote", at(4));
    expect(raiseHand(doc, PERSON.mother, "room", at(5))).toBe(false);
    expect(readSpeakers(doc).map((entry) => entry.participantId)).toEqual([PERSON.mother, PERSON.teacher]);
    expect(readSpeakers(doc)[0]?.raisedAt).toBe("2025-03-10T09:03:00.000Z");
  });

  it("lowers a hand", () => {
    const doc = buildDocument();
    raiseHand(doc, PERSON.mother, "room", at(3));
    expect(lowerHand(doc, PERSON.mother)).toBe(true);
    expect(lowerHand(doc, PERSON.mother)).toBe(false);
    expect(readSpeakers(doc)).toEqual([]);
  });

  it("gives the word: takes the speaker off the queue and records them in the meeting", () => {
    const doc = buildDocument();
    raiseHand(doc, PERSON.mother, "room", at(3));
    raiseHand(doc, PERSON.teacher, "remote", at(4));
    giveWord(doc, PERSON.teacher);
    expect(readMeeting(doc).speakingParticipantId).toBe(PERSON.teacher);
    expect(readSpeakers(doc).map((entry) => entry.participantId)).toEqual([PERSON.mother]);
    giveWord(doc, PERSON.healthVisitor);
    expect(readMeeting(doc).speakingParticipantId).toBe(PERSON.healthVisitor);
    giveWord(doc, null);
    expect(readMeeting(doc).speakingParticipantId).toBeNull();
  });

  it("refuses ids that are not participant ids", () => {
    const doc = buildDocument();
    expect(() => raiseHand(doc, "mum", "room", at(1))).toThrow(RangeError);
    expect(() => giveWord(doc, "mum")).toThrow(RangeError);
  });

  it("skips malformed and duplicate entries", () => {
    const doc = buildDocument();
    speakersArray(doc).push([
      "hello",
      { participantId: PERSON.mother, raisedAt: "now", where: "room" },
      { participantId: PERSON.teacher, raisedAt: "2025-03-10T09:04:00.000Z", where: "garden" },
      { participantId: PERSON.healthVisitor, raisedAt: "2025-03-10T09:05:00.000Z", where: "remote" },
      { participantId: PERSON.healthVisitor, raisedAt: "2025-03-10T09:06:00.000Z", where: "room" },
    ]);
    expect(readSpeakers(doc)).toEqual([
      { participantId: PERSON.healthVisitor, raisedAt: "2025-03-10T09:05:00.000Z", where: "remote" },
    ]);
  });
});
