import * as Y from "yjs";

/**
 * The live document's layout: one Y.Doc per conference, the contract between the collaboration
 * server and every client. Root type names and map keys are stored identifiers: never rename one;
 * a change of meaning bumps DOCUMENT_VERSION so older clients can tell they are behind.
 */
export const DOCUMENT_VERSION = 1;

export const ROOT_TYPES = {
  /** Y.Map: `version`, set once when the server initialises the document. */
  meta: "meta",
  /** Y.Array of Y.Map agenda items, in agenda order. */
  agenda: "agenda",
  /** Y.Map: the shared clock, the current item and who has the word. */
  meeting: "meeting",
  /** Y.Map of agenda item id → Y.XmlFragment (ProseMirror content bound by Tiptap). */
  minutes: "minutes",
  /** Y.Array of Y.Map tasks: the cooperation plan, in the order agreed. */
  tasks: "tasks",
  /** Y.Map: how participants inform each other, the next meeting, other decisions. */
  agreements: "agreements",
  /** Y.Array of plain raised-hand entries, in queue order. */
  speakers: "speakers",
  /** Y.Map of participant id → in_room, remote, absent or excused, as the facilitator marks it. */
  attendance: "attendance",
} as const;

export const META_VERSION = "version";

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT_TYPES.meta);
}

export function agendaArray(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray(ROOT_TYPES.agenda);
}

export function meetingMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT_TYPES.meeting);
}

export function minutesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT_TYPES.minutes);
}

export function tasksArray(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray(ROOT_TYPES.tasks);
}

export function agreementsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT_TYPES.agreements);
}

export function attendanceMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT_TYPES.attendance);
}

export function speakersArray(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray(ROOT_TYPES.speakers);
}

/** The layout version the document was initialised with, or null before initialisation. */
export function readDocumentVersion(doc: Y.Doc): number | null {
  const version = metaMap(doc).get(META_VERSION);
  return typeof version === "number" && Number.isInteger(version) && version > 0 ? version : null;
}

/**
 * Nested shared types (a map inside a map, a text inside a map) are created by the server at
 * initialisation. If two clients each created one concurrently, one would win the key and the
 * other's content would vanish, so lazy creation is only a fallback for a document whose
 * structure is damaged, and must run after the first sync.
 */
export function nestedType<T>(parent: Y.Map<unknown>, key: string, kind: new () => T): T {
  const existing = parent.get(key);
  if (existing instanceof kind) return existing;
  const created = new kind();
  parent.set(key, created);
  return created;
}
