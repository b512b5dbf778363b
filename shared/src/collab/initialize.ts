import * as Y from "yjs";
import { insertAgendaItem, prepareAgendaItem, type NewLiveAgendaItem } from "./agenda.js";
import { AGREEMENT_TEXTS } from "./agreements.js";
import { agendaArray, agreementsMap, DOCUMENT_VERSION, META_VERSION, meetingMap, metaMap } from "./layout.js";
import { entryId } from "./list.js";
import { insertTask, prepareTask, type NewLiveTask } from "./tasks.js";
import { MEETING_KEYS } from "./meeting-state.js";

export interface ConferenceDocumentSeed {
  /** The agenda prepared before the meeting, in order; the relational rows' ids are kept. */
  agenda: NewLiveAgendaItem[];
  /**
   * Tasks already agreed in this conference (planned before its document existed), with their
   * rows' ids: from now on the document holds them, and the projection would delete a task of a
   * live conference that it does not hold.
   */
  tasks?: NewLiveTask[];
}

/**
 * Gives a new document its layout: version, agenda with a minutes fragment per item, and the
 * nested types (clock totals, agreement texts) that must have exactly one creator. The server
 * calls it under the conference row lock after loading; a document that already has a version is
 * left alone, so calling it on every load is safe. Returns whether it initialised.
 */
export function initializeConferenceDocument(doc: Y.Doc, seed: ConferenceDocumentSeed): boolean {
  if (metaMap(doc).has(META_VERSION)) return false;
  const items = seed.agenda.map(prepareAgendaItem);
  const tasks = (seed.tasks ?? []).map(prepareTask);
  const ids = new Set(agendaArray(doc).map(entryId));
  for (const item of items) {
    if (ids.has(item.id)) throw new RangeError(`agenda item ${item.id} appears twice`);
    ids.add(item.id);
  }
  doc.transact(() => {
    metaMap(doc).set(META_VERSION, DOCUMENT_VERSION);
    for (const item of items) insertAgendaItem(doc, item, Number.POSITIVE_INFINITY);
    for (const task of tasks) insertTask(doc, task, Number.POSITIVE_INFINITY);
    // Only the nested types: a plain value (a time, a date) reads as null or 0 until someone sets
    // it, and two setting it at once merge by last writer. Writing them all out as null would cost
    // every loaded document ~3 KB of memory for nothing.
    meetingMap(doc).set(MEETING_KEYS.elapsed, new Y.Map<unknown>());
    const agreements = agreementsMap(doc);
    for (const field of AGREEMENT_TEXTS) agreements.set(field, new Y.Text());
  });
  return true;
}
