import * as Y from "yjs";
import { TASK_STATUSES, type TaskStatus } from "../enums.js";
import { tasksArray } from "./layout.js";
import { insertVisible, mapsWithId, moveById, removeById, visibleEntries } from "./list.js";
import { isDateOnly, isUuid, oneOf, randomId, stringOr } from "./values.js";

/** One line of the cooperation plan as agreed live; the server projects these into task rows. */
export interface LiveTask {
  id: string;
  title: string;
  ownerParticipantId: string | null;
  /** YYYY-MM-DD. */
  dueDate: string | null;
  /** How everyone will know it worked, e.g. "the child attends the offered psychologist". */
  successIndicator: string;
  status: TaskStatus;
}

export type NewLiveTask = Partial<LiveTask> & Pick<LiveTask, "title">;
export type LiveTaskPatch = Partial<Omit<LiveTask, "id">>;

// Listed rather than taken from the patch object, which may carry extra keys at run time.
const PATCHABLE = ["title", "ownerParticipantId", "dueDate", "successIndicator", "status"] as const;

function parseTaskMap(map: Y.Map<unknown>): LiveTask | null {
  const id = map.get("id");
  const title = map.get("title");
  if (!isUuid(id) || typeof title !== "string") return null;
  const owner = map.get("ownerParticipantId");
  const dueDate = map.get("dueDate");
  const status = map.get("status");
  return {
    id,
    title,
    ownerParticipantId: isUuid(owner) ? owner : null,
    dueDate: isDateOnly(dueDate) ? dueDate : null,
    successIndicator: stringOr(map.get("successIndicator"), ""),
    status: oneOf(TASK_STATUSES, status) ? status : "open",
  };
}

export function readTasks(doc: Y.Doc): LiveTask[] {
  return visibleEntries(tasksArray(doc), parseTaskMap).map(({ value }) => value);
}

/** Checks input before any write: a throw inside doc.transact would not undo earlier changes. */
function checkPatch(patch: LiveTaskPatch): void {
  if (patch.title !== undefined && patch.title.trim() === "") throw new RangeError("task title is empty");
  if (patch.ownerParticipantId != null && !isUuid(patch.ownerParticipantId))
    throw new RangeError(`task owner must be a participant id: ${JSON.stringify(patch.ownerParticipantId)}`);
  if (patch.dueDate != null && !isDateOnly(patch.dueDate))
    throw new RangeError(`task due date must be YYYY-MM-DD: ${JSON.stringify(patch.dueDate)}`);
  if (patch.status !== undefined && !oneOf(TASK_STATUSES, patch.status))
    throw new RangeError(`unknown task status: ${JSON.stringify(patch.status)}`);
}

/** Checks input and fills the defaults, before any write. */
export function prepareTask(input: NewLiveTask): LiveTask {
  checkPatch(input);
  const id = input.id ?? randomId();
  if (!isUuid(id)) throw new RangeError(`task id must be a uuid: ${JSON.stringify(id)}`);
  return {
    id: id.toLowerCase(),
    title: input.title,
    ownerParticipantId: input.ownerParticipantId ?? null,
    dueDate: input.dueDate ?? null,
    successIndicator: input.successIndicator ?? "",
    status: input.status ?? "open",
  };
}

export function insertTask(doc: Y.Doc, task: LiveTask, index: number): void {
  insertVisible(tasksArray(doc), parseTaskMap, index, new Y.Map(Object.entries(task)));
}

/** Adds a task at `index` (default: the end) and returns its id. */
export function addTask(doc: Y.Doc, input: NewLiveTask, index = Number.POSITIVE_INFINITY): string {
  const task = prepareTask(input);
  if (mapsWithId(tasksArray(doc), task.id).length > 0) throw new RangeError(`task ${task.id} already exists`);
  doc.transact(() => insertTask(doc, task, index));
  return task.id;
}

/** Sets only the given fields, so two people editing different fields of one task both keep theirs. */
export function updateTask(doc: Y.Doc, id: string, patch: LiveTaskPatch): boolean {
  checkPatch(patch);
  const maps = mapsWithId(tasksArray(doc), id);
  if (maps.length === 0) return false;
  doc.transact(() => {
    for (const map of maps) {
      for (const key of PATCHABLE) if (patch[key] !== undefined) map.set(key, patch[key]);
    }
  });
  return true;
}

/** Moves the task to `toIndex` of readTasks' list. */
export function moveTask(doc: Y.Doc, id: string, toIndex: number): boolean {
  return doc.transact(() => moveById(tasksArray(doc), parseTaskMap, id, toIndex));
}

export function removeTask(doc: Y.Doc, id: string): boolean {
  return doc.transact(() => removeById(tasksArray(doc), id));
}
