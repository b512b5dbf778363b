import * as Y from "yjs";

/**
 * Ordered lists of Y.Map entries keyed by an `id` field (agenda items, tasks). Yjs has no move,
 * so a move deletes the entry and inserts a copy; two clients moving the same entry at once each
 * insert a copy. Readers therefore show the first valid entry per id, and every write goes to all
 * copies so a later move or removal heals the list.
 */

export interface Entry<T> {
  /** Position in the underlying Y.Array, counting entries readers skip. */
  index: number;
  map: Y.Map<unknown>;
  value: T;
}

export function entryId(value: unknown): string | null {
  if (!(value instanceof Y.Map)) return null;
  const id: unknown = value.get("id");
  return typeof id === "string" ? id : null;
}

/** What readers show: entries that parse, the first of each id. */
export function visibleEntries<T extends { id: string }>(
  array: Y.Array<unknown>,
  parse: (map: Y.Map<unknown>) => T | null,
): Entry<T>[] {
  const seen = new Set<string>();
  const entries: Entry<T>[] = [];
  array.forEach((map, index) => {
    if (!(map instanceof Y.Map)) return;
    const value = parse(map);
    if (value === null || seen.has(value.id)) return;
    seen.add(value.id);
    entries.push({ index, map, value });
  });
  return entries;
}

/** Every copy of the entry with this id, valid or not. */
export function mapsWithId(array: Y.Array<unknown>, id: string): Y.Map<unknown>[] {
  return array.toArray().filter((value): value is Y.Map<unknown> => entryId(value) === id);
}

export function removeById(array: Y.Array<unknown>, id: string): boolean {
  let removed = false;
  for (let index = array.length - 1; index >= 0; index--) {
    if (entryId(array.get(index)) !== id) continue;
    array.delete(index, 1);
    removed = true;
  }
  return removed;
}

/** Inserts at `toIndex` counted in what readers show, clamped to the list. */
export function insertVisible<T extends { id: string }>(
  array: Y.Array<unknown>,
  parse: (map: Y.Map<unknown>) => T | null,
  toIndex: number,
  map: Y.Map<unknown>,
): void {
  const visible = visibleEntries(array, parse);
  const target = Math.min(Math.max(0, Math.trunc(toIndex)), visible.length);
  const before = visible[target];
  array.insert(before ? before.index : array.length, [map]);
}

/**
 * Moves the entry to `toIndex` of the list readers show. Fields written concurrently to the old
 * copy are lost, an accepted cost for reordering being rare and done by one facilitator.
 */
export function moveById<T extends { id: string }>(
  array: Y.Array<unknown>,
  parse: (map: Y.Map<unknown>) => T | null,
  id: string,
  toIndex: number,
): boolean {
  const source = visibleEntries(array, parse).find((entry) => entry.value.id === id);
  if (!source) return false;
  const copy = new Y.Map<unknown>();
  // Shared types cannot be inserted twice, and none belong in these entries anyway.
  source.map.forEach((value, key) => {
    if (!(value instanceof Y.AbstractType)) copy.set(key, value);
  });
  removeById(array, id);
  insertVisible(array, parse, toIndex, copy);
  return true;
}
