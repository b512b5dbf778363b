import {
  isClockRunning,
  itemElapsedMs,
  meetingElapsedMs,
  readAgenda,
  readMeeting,
  type LiveAgendaItem,
  type MeetingState,
} from "@roundtable/shared";
import { computed, onScopeDispose, shallowRef, watch, type ComputedRef, type ShallowRef } from "vue";
import type { LiveDocument } from "../useLiveDocument";

/** What the meeting parts read from the live document: the doc and the counter bumped on every change. */
export type LiveSource = Pick<LiveDocument, "doc" | "revision">;

/** notStarted: nobody started the clock yet; paused: started, stopped for now; ended: stopped for good. */
export type MeetingPhase = "notStarted" | "running" | "paused" | "ended";

const SECOND = 1000;
/** From this much time left the current item's clock warns that the timebox is nearly used. */
export const ENDING_SOON_MS = 2 * 60 * SECOND;

/** The current item's clock against its timebox. All values are in whole seconds (as milliseconds). */
export interface ItemClock {
  item: LiveAgendaItem;
  elapsedMs: number;
  /** 0: the item has no timebox, so it cannot run over. */
  timeboxMs: number;
  /** Null without a timebox. */
  remainingMs: number | null;
  overByMs: number;
  overTime: boolean;
  endingSoon: boolean;
}

export interface MeetingClock {
  /** This screen's time, moved on while the clock runs. */
  now: ShallowRef<Date>;
  meeting: ComputedRef<MeetingState>;
  agenda: ComputedRef<LiveAgendaItem[]>;
  phase: ComputedRef<MeetingPhase>;
  meetingElapsedMs: ComputedRef<number>;
  currentItem: ComputedRef<LiveAgendaItem | null>;
  /** Null while no item is current. */
  itemClock: ComputedRef<ItemClock | null>;
  /** Any item's time so far (done items keep theirs), for the agenda list. */
  elapsedOf: (itemId: string) => number;
}

const wholeSeconds = (ms: number) => Math.floor(ms / SECOND) * SECOND;

export function itemClockOf(item: LiveAgendaItem, elapsed: number): ItemClock {
  const elapsedMs = wholeSeconds(elapsed);
  const timeboxMs = item.timeboxMinutes * 60 * SECOND;
  if (timeboxMs === 0)
    return { item, elapsedMs, timeboxMs, remainingMs: null, overByMs: 0, overTime: false, endingSoon: false };
  const remainingMs = Math.max(0, timeboxMs - elapsedMs);
  const overByMs = Math.max(0, elapsedMs - timeboxMs);
  return {
    item,
    elapsedMs,
    timeboxMs,
    remainingMs,
    overByMs,
    overTime: overByMs > 0,
    endingSoon: overByMs === 0 && remainingMs <= ENDING_SOON_MS,
  };
}

/**
 * The shared clock as this screen shows it. The document holds only timestamps and totals
 * (see shared's meeting-state.ts); every screen derives the same clock from them and its own
 * `now`. One timer, and only while the clock runs: it fires when the meeting's or the current
 * item's clock turns to its next whole second, so screens started at different moments still
 * flip their seconds together (up to the difference between their computers' clocks).
 */
export function useMeetingClock(live: LiveSource): MeetingClock {
  const now = shallowRef(new Date());
  /** Reads the document so that whatever calls this re-runs on every change, local or remote. */
  function fromDocument<T>(read: () => T): T {
    void live.revision.value;
    return read();
  }
  const meeting = computed(() => fromDocument(() => readMeeting(live.doc)));
  const agenda = computed(() => fromDocument(() => readAgenda(live.doc)));

  const phase = computed<MeetingPhase>(() => {
    const state = meeting.value;
    if (state.endedAt !== null) return "ended";
    if (state.startedAt === null) return "notStarted";
    return isClockRunning(state) ? "running" : "paused";
  });

  const currentItem = computed(() => agenda.value.find((item) => item.id === meeting.value.currentItemId) ?? null);

  const elapsedOf = (itemId: string) => fromDocument(() => itemElapsedMs(live.doc, itemId, now.value));
  const meetingElapsed = computed(() => fromDocument(() => wholeSeconds(meetingElapsedMs(live.doc, now.value))));
  const itemClock = computed(() => {
    const item = currentItem.value;
    return item ? itemClockOf(item, elapsedOf(item.id)) : null;
  });

  let timer: ReturnType<typeof setTimeout> | null = null;
  function stop() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }
  function untilNextSecond(ms: number) {
    return SECOND - (ms % SECOND);
  }
  function tick() {
    stop();
    now.value = new Date();
    if (phase.value !== "running") return;
    const current = meeting.value.currentItemId;
    const delay = Math.min(
      untilNextSecond(meetingElapsedMs(live.doc, now.value)),
      current === null ? SECOND : untilNextSecond(itemElapsedMs(live.doc, current, now.value)),
    );
    // A timer that fires a little early finds the old second and simply waits the rest.
    timer = setTimeout(tick, delay);
  }

  // Starting, pausing or switching items changes the totals the seconds turn on: take a fresh
  // `now` and line the timer up again at once (sync), not at the next render, so no stale
  // segment is ever shown. Typing in the minutes changes none of these.
  watch(
    () => {
      const state = meeting.value;
      return JSON.stringify([
        phase.value,
        state.runningSince,
        state.accumulatedMs,
        state.currentItemId,
        state.elapsedMs,
      ]);
    },
    tick,
    { immediate: true, flush: "sync" },
  );
  onScopeDispose(stop);

  return { now, meeting, agenda, phase, meetingElapsedMs: meetingElapsed, currentItem, itemClock, elapsedOf };
}
