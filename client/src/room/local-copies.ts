/**
 * The offline copies of live documents this browser keeps in IndexedDB (y-indexeddb). They hold
 * minutes about children, so they are named with one prefix and all deleted on sign-out.
 */
const PREFIX = "roundtable:";
const KNOWN = "roundtable.localCopies";

export function localCopyName(conferenceId: string): string {
  const name = `${PREFIX}${conferenceId}`;
  const known = new Set(readKnown());
  known.add(name);
  localStorage.setItem(KNOWN, JSON.stringify([...known]));
  return name;
}

function readKnown(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KNOWN) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((n): n is string => typeof n === "string") : [];
  } catch {
    return [];
  }
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/** Deletes every local copy: the ones this page recorded and any other with our prefix. */
export async function clearLocalCopies(): Promise<void> {
  const names = new Set(readKnown());
  // `databases()` also finds copies whose record was lost; not every browser has it.
  const listed = (await indexedDB.databases?.().catch(() => [])) ?? [];
  for (const db of listed) if (db.name?.startsWith(PREFIX)) names.add(db.name);
  await Promise.all([...names].map(deleteDatabase));
  localStorage.removeItem(KNOWN);
}
