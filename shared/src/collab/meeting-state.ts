import * as Y from "yjs";
import { meetingMap } from "./layout.js";
import { isoOrNull, isUuid, nonNegativeInteger } from "./values.js";

/**
 * The shared meeting clock. Instead of a ticking value, the document stores when the running
 * segment began (`runningSince`) and the milliseconds accumulated before it, for the meeting and
 * per agenda item; every screen derives the same clock from these and its own `now`. Each pause,
 * end or item change folds the running segment into the totals and starts a new one.
 */
export const MEETING_KEYS = {
  currentItemId: "currentItemId",
  startedAt: "startedAt",
  pausedAt: "pausedAt",
  endedAt: "endedAt",
  /** Start of the running segment; only counts while started, not paused and not ended. */
  runningSince: "runningSince",
  /** Meeting milliseconds before `runningSince`. */
  accumulatedMs: "accumulatedMs",
  /** Y.Map of agenda item id → milliseconds before `runningSince`. */
  elapsed: "elapsed",
  /** Who has the word; set by giveWord. */
  speakingParticipantId: "speakingParticipantId",
} as const;

export interface MeetingState {
  currentItemId: string | null;
  startedAt: string | null;
  pausedAt: string | null;
  endedAt: string | null;
  runningSince: string | null;
  accumulatedMs: number;
  /** Per agenda item, excluding the running segment: use itemElapsedMs for a clock. */
  elapsedMs: Record<string, number>;
  speakingParticipantId: string | null;
}

function idOrNull(value: unknown): string | null {
  return isUuid(value) ? value : null;
}

function readElapsed(map: Y.Map<unknown>): Record<string, number> {
  const elapsed = map.get(MEETING_KEYS.elapsed);
  const result: Record<string, number> = {};
  if (!(elapsed instanceof Y.Map)) return result;
  for (const key of [...elapsed.keys()].sort()) {
    if (!isUuid(key)) continue;
    const ms = nonNegativeInteger(elapsed.get(key));
    if (ms > 0) result[key] = ms;
  }
  return result;
}

export function readMeeting(doc: Y.Doc): MeetingState {
  const map = meetingMap(doc);
  return {
    currentItemId: idOrNull(map.get(MEETING_KEYS.currentItemId)),
    startedAt: isoOrNull(map.get(MEETING_KEYS.startedAt)),
    pausedAt: isoOrNull(map.get(MEETING_KEYS.pausedAt)),
    endedAt: isoOrNull(map.get(MEETING_KEYS.endedAt)),
    runningSince: isoOrNull(map.get(MEETING_KEYS.runningSince)),
    accumulatedMs: nonNegativeInteger(map.get(MEETING_KEYS.accumulatedMs)),
    elapsedMs: readElapsed(map),
    speakingParticipantId: idOrNull(map.get(MEETING_KEYS.speakingParticipantId)),
  };
}

/**
 * Milliseconds of the running segment at `now`, or 0 when the clock stands. Keys are written by
 * different operations, so a merge of a concurrent pause and item change can leave `runningSince`
 * beside `pausedAt`: paused wins. A client clock behind the writer's reads 0, not negative time.
 */
export function runningSegmentMs(state: MeetingState, now: Date): number {
  if (!isClockRunning(state) || state.runningSince === null) return 0;
  return Math.max(0, now.getTime() - Date.parse(state.runningSince));
}

export function isClockRunning(state: MeetingState): boolean {
  return state.startedAt !== null && state.pausedAt === null && state.endedAt === null && state.runningSince !== null;
}

export function itemElapsedMs(doc: Y.Doc, itemId: string, now: Date): number {
  const state = readMeeting(doc);
  const running = state.currentItemId === itemId ? runningSegmentMs(state, now) : 0;
  return (state.elapsedMs[itemId] ?? 0) + running;
}

export function meetingElapsedMs(doc: Y.Doc, now: Date): number {
  const state = readMeeting(doc);
  return state.accumulatedMs + runningSegmentMs(state, now);
}
