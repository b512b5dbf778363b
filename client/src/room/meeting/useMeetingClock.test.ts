import { addAgendaItem, nextItem, pauseMeeting, resumeMeeting, setCurrentItem, startMeeting } from "@roundtable/shared";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { effectScope, type EffectScope } from "vue";
import type * as Y from "yjs";
import { ITEM, MINUTE, at, buildDocument, forkDocument, liveSource, sync } from "./test-support";
import { useMeetingClock, type MeetingClock } from "./useMeetingClock";

const SECOND = 1000;
let scopes: EffectScope[] = [];

function clockOf(doc: Y.Doc): MeetingClock {
  const scope = effectScope();
  scopes.push(scope);
  const clock = scope.run(() => useMeetingClock(liveSource(doc)));
  if (!clock) throw new Error("no clock");
  return clock;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(at(0));
});

afterEach(() => {
  for (const scope of scopes) scope.stop();
  scopes = [];
  vi.useRealTimers();
});

describe("the meeting clock on one screen", () => {
  it("stands at zero and does not tick before the meeting starts", () => {
    const clock = clockOf(buildDocument());
    expect(clock.phase.value).toBe("notStarted");
    vi.advanceTimersByTime(5 * MINUTE);
    expect(clock.meetingElapsedMs.value).toBe(0);
    expect(clock.itemClock.value).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("ticks the meeting and the current item from the document's timestamps", () => {
    const doc = buildDocument();
    const clock = clockOf(doc);
    startMeeting(doc, at(0));
    vi.advanceTimersByTime(MINUTE);
    setCurrentItem(doc, ITEM.welcome, at(1));
    vi.advanceTimersByTime(3 * MINUTE + 20 * SECOND);
    expect(clock.phase.value).toBe("running");
    expect(clock.meetingElapsedMs.value).toBe(4 * MINUTE + 20 * SECOND);
    expect(clock.currentItem.value?.id).toBe(ITEM.welcome);
    expect(clock.itemClock.value).toMatchObject({
      elapsedMs: 3 * MINUTE + 20 * SECOND,
      timeboxMs: 10 * MINUTE,
      remainingMs: 6 * MINUTE + 40 * SECOND,
      overTime: false,
    });
    vi.advanceTimersByTime(SECOND);
    expect(clock.meetingElapsedMs.value).toBe(4 * MINUTE + 21 * SECOND);
  });

  it("keeps a single timer however often the document changes", () => {
    const doc = buildDocument();
    clockOf(doc);
    startMeeting(doc, at(0));
    setCurrentItem(doc, ITEM.welcome, at(0));
    addAgendaItem(doc, { title: "Questions", timeboxMinutes: 5 });
    nextItem(doc, at(0));
    expect(vi.getTimerCount()).toBe(1);
  });

  it("stops ticking while paused and continues from the same totals on resume", () => {
    const doc = buildDocument();
    const clock = clockOf(doc);
    startMeeting(doc, at(0));
    setCurrentItem(doc, ITEM.welcome, at(0));
    vi.advanceTimersByTime(2 * MINUTE);
    pauseMeeting(doc, new Date());
    expect(clock.phase.value).toBe("paused");
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10 * MINUTE);
    expect(clock.meetingElapsedMs.value).toBe(2 * MINUTE);
    resumeMeeting(doc, new Date());
    vi.advanceTimersByTime(30 * SECOND);
    expect(clock.meetingElapsedMs.value).toBe(2 * MINUTE + 30 * SECOND);
    expect(clock.itemClock.value?.elapsedMs).toBe(2 * MINUTE + 30 * SECOND);
  });

  it("says when the item is nearly over and when it runs over its timebox", () => {
    const doc = buildDocument();
    const clock = clockOf(doc);
    startMeeting(doc, at(0));
    setCurrentItem(doc, ITEM.welcome, at(0));
    vi.advanceTimersByTime(7 * MINUTE);
    expect(clock.itemClock.value).toMatchObject({ overTime: false, endingSoon: false });
    vi.advanceTimersByTime(2 * MINUTE);
    expect(clock.itemClock.value).toMatchObject({ overTime: false, endingSoon: true, remainingMs: MINUTE });
    vi.advanceTimersByTime(MINUTE);
    expect(clock.itemClock.value).toMatchObject({ overTime: false, remainingMs: 0, overByMs: 0 });
    vi.advanceTimersByTime(95 * SECOND);
    expect(clock.itemClock.value).toMatchObject({ overTime: true, remainingMs: 0, overByMs: 95 * SECOND });
  });

  it("never runs over an item without a timebox", () => {
    const doc = buildDocument([{ id: ITEM.welcome, title: "Open round", timeboxMinutes: 0 }]);
    const clock = clockOf(doc);
    startMeeting(doc, at(0));
    setCurrentItem(doc, ITEM.welcome, at(0));
    vi.advanceTimersByTime(90 * MINUTE);
    expect(clock.itemClock.value).toMatchObject({ elapsedMs: 90 * MINUTE, remainingMs: null, overTime: false });
  });

  it("stops for good when the scope is disposed", () => {
    const doc = buildDocument();
    const clock = clockOf(doc);
    startMeeting(doc, at(0));
    expect(vi.getTimerCount()).toBe(1);
    for (const scope of scopes) scope.stop();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(MINUTE);
    expect(clock.now.value).toEqual(at(0));
  });
});

describe("the meeting clock on two screens", () => {
  it("shows the same seconds on screens opened at different moments", () => {
    const facilitator = buildDocument();
    const facilitatorClock = clockOf(facilitator);
    startMeeting(facilitator, at(0));
    setCurrentItem(facilitator, ITEM.welcome, at(0));
    vi.advanceTimersByTime(12_345);

    const guest = forkDocument(facilitator);
    const guestClock = clockOf(guest);
    for (const step of [400, 600, 250, 750, 999, 1]) {
      vi.advanceTimersByTime(step);
      expect(guestClock.meetingElapsedMs.value).toBe(facilitatorClock.meetingElapsedMs.value);
      expect(guestClock.itemClock.value?.elapsedMs).toBe(facilitatorClock.itemClock.value?.elapsedMs);
    }
  });

  it("moves to the item the facilitator chose once the change arrives", () => {
    const facilitator = buildDocument();
    const guest = forkDocument(facilitator);
    const guestClock = clockOf(guest);
    startMeeting(facilitator, at(0));
    setCurrentItem(facilitator, ITEM.welcome, at(0));
    sync(facilitator, guest);
    vi.advanceTimersByTime(11 * MINUTE);
    expect(guestClock.itemClock.value).toMatchObject({ overTime: true });

    nextItem(facilitator, new Date());
    sync(facilitator, guest);
    vi.advanceTimersByTime(MINUTE);
    expect(guestClock.currentItem.value?.id).toBe(ITEM.situation);
    expect(guestClock.itemClock.value).toMatchObject({ elapsedMs: MINUTE, overTime: false });
    expect(guestClock.elapsedOf(ITEM.welcome)).toBe(11 * MINUTE);
    expect(guestClock.meetingElapsedMs.value).toBe(12 * MINUTE);
  });
});
