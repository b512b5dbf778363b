import { describe, expect, it } from "vitest";
import { parseCsv } from "../../test/csv-parse.js";
import { textCell, toCsv } from "./csv.js";

const awkward = [
  "plain",
  "Kovács, Anna",
  'the "Ducks" nursery',
  "first line\nsecond line",
  "windows\r\nline",
  "semi;colon",
  " leading space",
  "Řehoř Šťastný, Őrség Ű",
  "",
];

describe("CSV", () => {
  it.each([",", ";"] as const)("reads back exactly what was written, with %s between fields", (delimiter) => {
    const rows = [["a", "b", "c"], awkward, ["1", "2", "3"]];
    const csv = toCsv(rows, delimiter);
    expect(parseCsv(csv, delimiter)).toEqual(rows);
  });

  it("quotes only what needs it, doubles quotes, ends lines with CRLF and starts with a byte order mark", () => {
    const csv = toCsv([["plain", "Kovács, Anna", 'say "hi"', "two\nlines"]], ",");
    expect(csv).toBe('\uFEFFplain,"Kovács, Anna","say ""hi""","two\nlines"\r\n');
  });

  it("keeps a formula a text: a leading =, +, - or @ gets an apostrophe", () => {
    expect(["=HYPERLINK(1)", "+36 1", "-x", "@SUM", "Anna"].map(textCell)).toEqual([
      "'=HYPERLINK(1)",
      "'+36 1",
      "'-x",
      "'@SUM",
      "Anna",
    ]);
  });
});
