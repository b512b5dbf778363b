import "fake-indexeddb/auto";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import { beforeEach, describe, expect, it } from "vitest";
import { clearLocalCopies, localCopyName } from "./local-copies";

async function names(): Promise<string[]> {
  return (await indexedDB.databases()).flatMap((db) => (db.name ? [db.name] : [])).sort();
}

async function keepCopy(name: string, text: string): Promise<void> {
  const doc = new Y.Doc();
  const copy = new IndexeddbPersistence(name, doc);
  await copy.whenSynced;
  doc.getText("t").insert(0, text);
  await copy.destroy();
}

describe("offline copies of meeting documents", () => {
  beforeEach(async () => {
    localStorage.clear();
    for (const name of await names()) indexedDB.deleteDatabase(name);
  });

  it("are all deleted on sign-out, recorded or found by prefix, and nothing else is", async () => {
    await keepCopy(localCopyName("6f1c2b1e-0000-4000-8000-000000000001"), "minutes about a child");
    await keepCopy("roundtable:6f1c2b1e-0000-4000-8000-000000000002", "a copy whose record was lost");
    await keepCopy("another-app", "not ours");
    expect(await names()).toHaveLength(3);

    await clearLocalCopies();

    expect(await names()).toEqual(["another-app"]);
    expect(localStorage.getItem("roundtable.localCopies")).toBeNull();
  });
});
