import * as Y from "yjs";
import { agendaArray, minutesMap, nestedType } from "./layout.js";
import { insertVisible, mapsWithId, moveById, removeById, visibleEntries } from "./list.js";
import { readMeeting, type MeetingState } from "./meeting-state.js";
import { isUuid, nonNegativeInteger, oneOf, randomId, stringOr } from "./values.js";

export const AGENDA_ITEM_STATES = ["pending", "current", "done"] as const;
export type AgendaItemState = (typeof AGENDA_ITEM_STATES)[number];

export interface LiveAgendaItem {
  id: string;
  title: string;
  timeboxMinutes: number;
  state: AgendaItemState;
  /** Free notes on who presents the item, e.g. "health visitor, then the mother". */
  presenters: string;
}

export interface NewLiveAgendaItem {
  /** The server passes the relational row's id; clients leave it out for a random uuid. */
  id?: string;
  title: string;
  timeboxMinutes: number;
  presenters?: string;
}

/** State changes only through the meeting operations, so it is not patchable here. */
export type LiveAgendaItemPatch = Partial<Pick<LiveAgendaItem, "title" | "timeboxMinutes" | "presenters">>;

/** An entry as stored, before the meeting state decides which item is current. */
export function parseAgendaMap(map: Y.Map<unknown>): LiveAgendaItem | null {
  const id = map.get("id");
  const title = map.get("title");
  if (!isUuid(id) || typeof title !== "string") return null;
  const state = map.get("state");
  return {
    id,
    title,
    timeboxMinutes: nonNegativeInteger(map.get("timeboxMinutes")),
    state: oneOf(AGENDA_ITEM_STATES, state) ? state : "pending",
    presenters: stringOr(map.get("presenters"), ""),
  };
}

/**
 * The meeting's current item id is the one source of truth for "current": two facilitators
 * switching items at once would otherwise leave two items marked current after the merge.
 * Any other item that has run is done.
 */
function effectiveState(item: LiveAgendaItem, meeting: MeetingState): AgendaItemState {
  if (item.id === meeting.currentItemId) return "current";
  if (item.state === "done" || (meeting.elapsedMs[item.id] ?? 0) > 0) return "done";
  return "pending";
}

export function readAgenda(doc: Y.Doc): LiveAgendaItem[] {
  const meeting = readMeeting(doc);
  return visibleEntries(agendaArray(doc), parseAgendaMap).map(({ value }) => ({
    ...value,
    state: effectiveState(value, meeting),
  }));
}

function checkTimebox(minutes: number): void {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError(`timebox must be whole minutes: ${minutes}`);
}

/** Checks input before any write: a throw inside doc.transact would not undo earlier changes. */
export function prepareAgendaItem(input: NewLiveAgendaItem): Required<NewLiveAgendaItem> {
  const id = input.id ?? randomId();
  if (!isUuid(id)) throw new RangeError(`agenda item id must be a uuid: ${JSON.stringify(id)}`);
  if (input.title.trim() === "") throw new RangeError("agenda item title is empty");
  checkTimebox(input.timeboxMinutes);
  return {
    id: id.toLowerCase(),
    title: input.title,
    timeboxMinutes: input.timeboxMinutes,
    presenters: input.presenters ?? "",
  };
}

/** Inserts the item and its minutes fragment in one update, so no client has to create the fragment. */
export function insertAgendaItem(doc: Y.Doc, item: Required<NewLiveAgendaItem>, index: number): void {
  const map = new Y.Map<unknown>([...Object.entries(item), ["state", "pending"]]);
  insertVisible(agendaArray(doc), parseAgendaMap, index, map);
  nestedType(minutesMap(doc), item.id, Y.XmlFragment);
}

/** Adds an item at `index` (default: the end) and returns its id. */
export function addAgendaItem(doc: Y.Doc, input: NewLiveAgendaItem, index = Number.POSITIVE_INFINITY): string {
  const item = prepareAgendaItem(input);
  if (mapsWithId(agendaArray(doc), item.id).length > 0) throw new RangeError(`agenda item ${item.id} already exists`);
  doc.transact(() => insertAgendaItem(doc, item, index));
  return item.id;
}

export function updateAgendaItem(doc: Y.Doc, id: string, patch: LiveAgendaItemPatch): boolean {
  if (patch.title !== undefined && patch.title.trim() === "") throw new RangeError("agenda item title is empty");
  if (patch.timeboxMinutes !== undefined) checkTimebox(patch.timeboxMinutes);
  const maps = mapsWithId(agendaArray(doc), id);
  if (maps.length === 0) return false;
  doc.transact(() => {
    for (const map of maps) {
      if (patch.title !== undefined) map.set("title", patch.title);
      if (patch.timeboxMinutes !== undefined) map.set("timeboxMinutes", patch.timeboxMinutes);
      if (patch.presenters !== undefined) map.set("presenters", patch.presenters);
    }
  });
  return true;
}

/** Moves the item to `toIndex` of readAgenda's list; its minutes and clock are keyed by id and stay. */
export function moveAgendaItem(doc: Y.Doc, id: string, toIndex: number): boolean {
  return doc.transact(() => moveById(agendaArray(doc), parseAgendaMap, id, toIndex));
}

/**
 * Removes the item (every copy). Its minutes fragment stays in the document: words typed into it
 * meanwhile are not destroyed, and the minutes render only the items on the agenda.
 */
export function removeAgendaItem(doc: Y.Doc, id: string): boolean {
  return doc.transact(() => removeById(agendaArray(doc), id));
}
