import * as Y from "yjs";
import { minutesMap, nestedType } from "./layout.js";

/**
 * The minutes of one agenda item: the fragment Tiptap's Collaboration extension binds to
 * (`Collaboration.configure({ fragment })`). The server creates it together with the agenda item;
 * creating it here covers a damaged document and must only run after the first sync, or a
 * fragment typed into before syncing could lose the key to the server's one.
 */
export function minutesFragment(doc: Y.Doc, itemId: string): Y.XmlFragment {
  const existing = minutesMap(doc).get(itemId);
  if (existing instanceof Y.XmlFragment) return existing;
  return doc.transact(() => nestedType(minutesMap(doc), itemId, Y.XmlFragment));
}

// ProseMirror's inline line break: Tiptap calls it hardBreak, prosemirror-schema-basic hard_break.
const LINE_BREAKS = new Set(["hardBreak", "hard_break"]);

function textOf(node: unknown): string {
  if (node instanceof Y.XmlText) {
    // toString() would render marks as XML tags; the delta holds the bare text.
    const delta: unknown = node.toDelta();
    if (!Array.isArray(delta)) return "";
    return delta.map((op: unknown) => (isTextInsert(op) ? op.insert : "")).join("");
  }
  if (node instanceof Y.XmlElement) {
    if (LINE_BREAKS.has(node.nodeName)) return "\n";
    const children = node.toArray();
    // A textblock (holding text) joins its inline children; a container puts each block on a line.
    const separator = children.some((child) => child instanceof Y.XmlText) ? "" : "\n";
    return children.map(textOf).join(separator);
  }
  return "";
}

function isTextInsert(op: unknown): op is { insert: string } {
  return typeof op === "object" && op !== null && "insert" in op && typeof op.insert === "string";
}

/** Plain text of a minutes fragment, one line per block, for projections, search and tests. */
export function minutesText(fragment: Y.XmlFragment): string {
  return fragment.toArray().map(textOf).join("\n");
}

/** Plain text of every item's minutes, by agenda item id, skipping entries that are not fragments. */
export function readMinutesText(doc: Y.Doc): Record<string, string> {
  const result: Record<string, string> = {};
  const map = minutesMap(doc);
  for (const key of [...map.keys()].sort()) {
    const fragment = map.get(key);
    if (fragment instanceof Y.XmlFragment) result[key] = minutesText(fragment);
  }
  return result;
}
