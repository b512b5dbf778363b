import * as Y from "yjs";
import { parseAgendaMap, readAgenda, type AgendaItemState } from "./agenda.js";
import { agendaArray, meetingMap, nestedType } from "./layout.js";
import { mapsWithId } from "./list.js";
import { isClockRunning, MEETING_KEYS, readMeeting, runningSegmentMs } from "./meeting-state.js";

/**
 * The facilitator's controls. Each takes the caller's `now` so tests and replays are exact, and
 * returns whether it changed anything: pausing a paused meeting or starting one twice is a no-op.
 */

function setItemState(doc: Y.Doc, itemId: string, state: AgendaItemState): void {
  for (const map of mapsWithId(agendaArray(doc), itemId)) map.set("state", state);
}

/** Adds the running segment to the meeting and current item totals and starts a new segment at `now`. */
function foldRunning(doc: Y.Doc, now: Date): void {
  const state = readMeeting(doc);
  if (!isClockRunning(state)) return;
  const ms = runningSegmentMs(state, now);
  const map = meetingMap(doc);
  map.set(MEETING_KEYS.accumulatedMs, state.accumulatedMs + ms);
  if (state.currentItemId !== null) {
    const elapsed = nestedType(map, MEETING_KEYS.elapsed, Y.Map<unknown>);
    elapsed.set(state.currentItemId, (state.elapsedMs[state.currentItemId] ?? 0) + ms);
  }
  map.set(MEETING_KEYS.runningSince, now.toISOString());
}

function isOpen(doc: Y.Doc): boolean {
  const state = readMeeting(doc);
  return state.startedAt !== null && state.endedAt === null;
}

export function startMeeting(doc: Y.Doc, now: Date): boolean {
  if (readMeeting(doc).startedAt !== null) return false;
  doc.transact(() => {
    const map = meetingMap(doc);
    map.set(MEETING_KEYS.startedAt, now.toISOString());
    map.set(MEETING_KEYS.runningSince, now.toISOString());
    map.set(MEETING_KEYS.pausedAt, null);
    map.set(MEETING_KEYS.endedAt, null);
  });
  return true;
}

export function pauseMeeting(doc: Y.Doc, now: Date): boolean {
  if (!isClockRunning(readMeeting(doc))) return false;
  doc.transact(() => {
    foldRunning(doc, now);
    meetingMap(doc).set(MEETING_KEYS.runningSince, null);
    meetingMap(doc).set(MEETING_KEYS.pausedAt, now.toISOString());
  });
  return true;
}

export function resumeMeeting(doc: Y.Doc, now: Date): boolean {
  if (!isOpen(doc) || readMeeting(doc).pausedAt === null) return false;
  doc.transact(() => {
    meetingMap(doc).set(MEETING_KEYS.pausedAt, null);
    meetingMap(doc).set(MEETING_KEYS.runningSince, now.toISOString());
  });
  return true;
}

/** Closes the clock for good: the current item is done and nobody has the word. */
export function endMeeting(doc: Y.Doc, now: Date): boolean {
  if (!isOpen(doc)) return false;
  doc.transact(() => {
    foldRunning(doc, now);
    finishCurrentItem(doc);
    const map = meetingMap(doc);
    map.set(MEETING_KEYS.runningSince, null);
    map.set(MEETING_KEYS.pausedAt, null);
    map.set(MEETING_KEYS.endedAt, now.toISOString());
    map.set(MEETING_KEYS.speakingParticipantId, null);
  });
  return true;
}

function finishCurrentItem(doc: Y.Doc): void {
  const current = readMeeting(doc).currentItemId;
  if (current !== null) setItemState(doc, current, "done");
  meetingMap(doc).set(MEETING_KEYS.currentItemId, null);
}

/**
 * Makes `itemId` the current item: the previous one is done and keeps its time, the new one's
 * clock continues from what it already had (an item can be revisited). While paused the switch
 * happens but the clock stays stopped. Only in a started, not ended meeting.
 */
export function setCurrentItem(doc: Y.Doc, itemId: string, now: Date): boolean {
  const exists = mapsWithId(agendaArray(doc), itemId).some((map) => parseAgendaMap(map) !== null);
  if (!exists || !isOpen(doc) || readMeeting(doc).currentItemId === itemId) return false;
  doc.transact(() => {
    foldRunning(doc, now);
    finishCurrentItem(doc);
    setItemState(doc, itemId, "current");
    meetingMap(doc).set(MEETING_KEYS.currentItemId, itemId);
  });
  return true;
}

/**
 * Moves to the next pending item in agenda order, wrapping round to pending items that were
 * skipped. With none left, finishes the current item and returns null; otherwise the new id.
 */
export function nextItem(doc: Y.Doc, now: Date): string | null {
  if (!isOpen(doc)) return null;
  const agenda = readAgenda(doc);
  const at = agenda.findIndex((item) => item.state === "current");
  const ordered = [...agenda.slice(at + 1), ...agenda.slice(0, Math.max(0, at))];
  const next = ordered.find((item) => item.state === "pending");
  if (next) {
    setCurrentItem(doc, next.id, now);
    return next.id;
  }
  doc.transact(() => {
    foldRunning(doc, now);
    finishCurrentItem(doc);
  });
  return null;
}
