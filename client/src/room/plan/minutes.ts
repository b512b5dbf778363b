import { minutesFragment, readAgenda, ROOT_TYPES } from "@roundtable/shared";
import * as Y from "yjs";
import type { LiveDocument } from "../useLiveDocument";

/** What the minutes editor needs of the live document. */
export type MinutesLive = Pick<LiveDocument, "doc" | "awareness" | "ready" | "state" | "revision">;

/** The item's minutes fragment as the document holds it, without creating one. */
export function findMinutesFragment(doc: Y.Doc, itemId: string): Y.XmlFragment | null {
  const value = doc.getMap(ROOT_TYPES.minutes).get(itemId);
  return value instanceof Y.XmlFragment ? value : null;
}

/** How the minutes editor creates a missing fragment; whoever added the item normally made it along. */
export function minutesFragmentAccess(doc: Y.Doc, itemId: () => string) {
  return {
    create: () => minutesFragment(doc, itemId()),
    // Only for an item that exists: a fragment for a deleted item would be dead weight.
    mayCreate: () => readAgenda(doc).some((item) => item.id === itemId()),
  };
}
