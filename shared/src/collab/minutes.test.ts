import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { minutesMap } from "./layout.js";
import { minutesFragment, minutesText, readMinutesText } from "./minutes.js";
import { ITEM, buildDocument, forkDocument, sync } from "./test-support.js";

function paragraph(...children: (Y.XmlText | Y.XmlElement)[]): Y.XmlElement {
  const element = new Y.XmlElement("paragraph");
  element.insert(0, children);
  return element;
}

function text(value: string, attributes?: Record<string, unknown>): Y.XmlText {
  const node = new Y.XmlText();
  node.insert(0, value, attributes);
  return node;
}

const UNKNOWN_ITEM = "00000000-0000-4000-8000-0000000000ee";

describe("the minutes", () => {
  it("returns the fragment the server created with the agenda item", () => {
    const doc = buildDocument();
    const fragment = minutesFragment(doc, ITEM.plan);
    expect(fragment).toBe(minutesMap(doc).get(ITEM.plan));
    expect(minutesFragment(doc, ITEM.plan)).toBe(fragment);
  });

  it("creates a missing fragment once, in one update", () => {
    const doc = buildDocument([]);
    let updates = 0;
    doc.on("update", () => updates++);
    const fragment = minutesFragment(doc, UNKNOWN_ITEM);
    expect(minutesFragment(doc, UNKNOWN_ITEM)).toBe(fragment);
    expect(updates).toBe(1);
  });

  it("extracts text with one line per block, without mark tags, through lists and line breaks", () => {
    const doc = buildDocument();
    const fragment = minutesFragment(doc, ITEM.situation);
    const list = new Y.XmlElement("bulletList");
    const item = (value: string): Y.XmlElement => {
      const li = new Y.XmlElement("listItem");
      li.insert(0, [paragraph(text(value))]);
      return li;
    };
    list.insert(0, [item("attends nursery"), item("grandmother helps")]);
    fragment.insert(0, [
      paragraph(text("Mother is "), text("worried", { bold: true }), text(" about school.")),
      list,
      paragraph(text("first line"), new Y.XmlElement("hardBreak"), text("second line")),
      paragraph(),
    ]);
    expect(minutesText(fragment)).toBe(
      "Mother is worried about school.\nattends nursery\ngrandmother helps\nfirst line\nsecond line\n",
    );
  });

  it("merges two note takers typing into the same item", () => {
    const server = buildDocument();
    const a = forkDocument(server);
    const b = forkDocument(server);
    minutesFragment(a, ITEM.welcome).insert(0, [paragraph(text("Frame agreed."))]);
    minutesFragment(b, ITEM.welcome).insert(0, [paragraph(text("Confidentiality stated."))]);
    sync(a, b);
    const lines = minutesText(minutesFragment(a, ITEM.welcome)).split("\n");
    expect(lines.sort()).toEqual(["Confidentiality stated.", "Frame agreed."]);
    expect(minutesText(minutesFragment(b, ITEM.welcome))).toBe(minutesText(minutesFragment(a, ITEM.welcome)));
  });

  it("reads text per item and skips entries that are not fragments", () => {
    const doc = buildDocument();
    minutesFragment(doc, ITEM.plan).insert(0, [paragraph(text("Tasks split."))]);
    minutesMap(doc).set(UNKNOWN_ITEM, "plain string");
    expect(readMinutesText(doc)).toEqual({ [ITEM.welcome]: "", [ITEM.situation]: "", [ITEM.plan]: "Tasks split." });
  });
});
