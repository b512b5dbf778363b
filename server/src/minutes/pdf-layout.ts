import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * A small flow layout over pdfkit for a document meant to be printed and signed: headings kept
 * with what follows them, wrapped paragraphs and lists, and tables whose rows wrap, split across
 * pages when taller than what is left, and repeat their header row on every page they reach.
 * (pdfkit's own table neither repeats the header nor splits a row: a tall row is clamped.)
 */

const require = createRequire(import.meta.url);

/** DejaVu Sans covers Hungarian and Czech (ő, ű, ř, ě, ů) and is embedded as a subset. */
export const FONT_FILES = {
  regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
  oblique: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf"),
} as const;

export type FontName = keyof typeof FONT_FILES;

export const COLORS = {
  ink: "#1a1a1a",
  muted: "#5a6470",
  rule: "#aeb6bf",
  headerFill: "#e4e9ee",
  zebra: "#f5f7f9",
  accent: "#1f4e79",
} as const;

export interface TextStyle {
  font?: FontName;
  size?: number;
  color?: string;
}

export interface Cell extends TextStyle {
  text: string;
}

export interface Column {
  header: string;
  /** Share of the table's width; the shares of a table add up to 1. */
  share: number;
}

const BODY: Required<TextStyle> = { font: "regular", size: 9.5, color: COLORS.ink };
const LINE_GAP = 1.5;
const CELL_PADDING = { x: 4, y: 3.5 };
const TABLE_SIZE = 8.5;

/** The parts of a fontkit font used here; pdfkit (0.20+) takes one wherever it takes a file. */
interface ParsedFont {
  layout: (...args: never[]) => unknown;
  characterSet: number[];
  glyphForCodePoint: (codePoint: number) => unknown;
}

// pdfkit's own fontkit, so the fonts are parsed (and their tables decoded) once per process
// rather than once per document, which cost 1.5–2 s a render.
const fontkit = createRequire(require.resolve("pdfkit"))("fontkit") as {
  create: (data: Uint8Array) => ParsedFont;
};
let parsedFonts: Record<FontName, ParsedFont> | undefined;

/**
 * A font shared by documents, every encoded glyph created up front with its character. fontkit
 * caches a glyph with the characters of its first use, and subsetting one document creates the
 * components of composite glyphs (the u of ű) with none: the next document's u would then have
 * no Unicode mapping, and copying its text (or a screen reader) would get garbage.
 */
function parseFont(file: string): ParsedFont {
  const font = fontkit.create(readFileSync(file));
  for (const codePoint of font.characterSet) font.glyphForCodePoint(codePoint);
  return font;
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  parsedFonts ??= {
    regular: parseFont(FONT_FILES.regular),
    bold: parseFont(FONT_FILES.bold),
    oblique: parseFont(FONT_FILES.oblique),
  };
  // @types/pdfkit predates 0.20, which takes a parsed font wherever it takes a file.
  for (const [name, font] of Object.entries(parsedFonts)) doc.registerFont(name, font as unknown as Uint8Array);
}

export class PdfFlow {
  constructor(private readonly doc: PDFKit.PDFDocument) {}

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  get y(): number {
    return this.doc.y;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
  }

  space(points: number): void {
    if (this.doc.y + points <= this.bottom) this.doc.y += points;
  }

  style(style: TextStyle = {}): this {
    const s = { ...BODY, ...style };
    this.doc.font(s.font).fontSize(s.size).fillColor(s.color);
    return this;
  }

  lineHeight(style: TextStyle = {}): number {
    this.style(style);
    return this.doc.currentLineHeight(true) + LINE_GAP;
  }

  heightOf(text: string, width: number, style: TextStyle = {}): number {
    this.style(style);
    return this.doc.heightOfString(text, { width, lineGap: LINE_GAP });
  }

  /**
   * A heading, moved to the next page together with room for `keepWith` points of what follows,
   * so a heading never ends a page alone.
   */
  heading(text: string, style: TextStyle, keepWith = 40, spaceBefore = 10): void {
    if (this.doc.y > this.doc.page.margins.top) this.space(spaceBefore);
    this.ensureSpace(this.heightOf(text, this.width, style) + keepWith);
    this.text(text, style);
  }

  /** Wrapped text over the full width (from `indent`); pdfkit continues it on the next page. */
  text(text: string, style: TextStyle = {}, indent = 0, after = 3): void {
    this.ensureSpace(this.lineHeight(style));
    this.style(style);
    const width = this.width - indent;
    this.doc.text(this.fitWords(text, width, style), this.left + indent, this.doc.y, { width, lineGap: LINE_GAP });
    this.space(after);
  }

  /** A bulleted or numbered list, each item's lines aligned after its marker. */
  list(items: string[], ordered: boolean, style: TextStyle = {}, indent = 0): void {
    const markerWidth = ordered ? 8 + 6 * String(items.length).length : 12;
    items.forEach((item, index) => {
      this.ensureSpace(this.lineHeight(style));
      const y = this.doc.y;
      this.style(style);
      this.doc.text(ordered ? `${index + 1}.` : "•", this.left + indent, y, {
        width: markerWidth,
        lineBreak: false,
      });
      const width = this.width - indent - markerWidth;
      this.doc.text(this.fitWords(item, width, style), this.left + indent + markerWidth, y, {
        width,
        lineGap: LINE_GAP,
      });
      this.space(2);
    });
    this.space(2);
  }

  /** Label and value pairs, labels in a narrow muted column: the minutes' particulars. */
  particulars(rows: [label: string, value: string][], labelWidth = 130): void {
    const valueWidth = this.width - labelWidth;
    const labelStyle: TextStyle = { size: 8.5, color: COLORS.muted };
    for (const [label, value] of rows) {
      const labelHeight = this.heightOf(label, labelWidth - 8, labelStyle);
      this.ensureSpace(Math.max(labelHeight, Math.min(this.heightOf(value, valueWidth), 3 * this.lineHeight())));
      const y = this.doc.y;
      const page = this.doc.page;
      this.style(labelStyle);
      this.doc.text(label, this.left, y + 1, { width: labelWidth - 8, lineGap: LINE_GAP, height: labelHeight + 2 });
      // The value flows on to the next page if it must (a very long purpose), never clipped.
      this.style();
      this.doc.text(this.fitWords(value, valueWidth), this.left + labelWidth, y, {
        width: valueWidth,
        lineGap: LINE_GAP,
      });
      const end = this.doc.page === page ? Math.max(y + labelHeight, this.doc.y) : this.doc.y;
      this.doc.x = this.left;
      this.doc.y = end + 3;
    }
  }

  /** A thin horizontal rule across the text width. */
  rule(color: string = COLORS.rule, weight = 0.6): void {
    const y = this.doc.y;
    this.doc
      .save()
      .lineWidth(weight)
      .strokeColor(color)
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .stroke()
      .restore();
  }

  table(columns: Column[], rows: Cell[][]): void {
    new FlowTable(this.doc, this, columns, rows).draw();
  }

  /**
   * The text with every word wider than `width` cut into line-wide pieces. pdfkit breaks such a
   * word itself, but measures the whole rest of the word again for every line: a pasted link of
   * 6,000 characters took 40 s. Cut here the lines come out the same, at once (the word starts a
   * new line instead of filling the end of the previous one).
   */
  fitWords(text: string, width: number, style: TextStyle = {}): string {
    this.style(style);
    // Runs without a space or a hyphen: pdfkit already breaks fast after a hyphen.
    return text.replace(/[^\s\-\u2010\u2013\u2014]{20,}/g, (word) => {
      const total = this.doc.widthOfString(word);
      if (total <= width) return word;
      const chars = Array.from(word);
      // A line holds at most twice the average character's share of it: search below that.
      const bound = Math.ceil((2 * width * chars.length) / total) + 2;
      const pieces: string[] = [];
      for (let rest = chars; rest.length > 0;) {
        // pdfkit measures a piece with the line break that ends it (which has a width in DejaVu).
        const fits = (n: number) => this.doc.widthOfString(`${rest.slice(0, n).join("")}\n`) <= width;
        const n = Math.max(1, longestFitting(Math.min(rest.length, bound), fits));
        pieces.push(rest.slice(0, n).join(""));
        rest = rest.slice(n);
      }
      return pieces.join("\n");
    });
  }

  /** The widest unbreakable run of a text (no-break spaces join words), for column widths. */
  widestWord(text: string, style: TextStyle = {}): number {
    this.style(style);
    return Math.max(0, ...text.split(/[ \t\n]+/).map((word) => this.doc.widthOfString(word)));
  }
}

class FlowTable {
  private readonly rows: Cell[][];
  private readonly widths: number[];
  private readonly xs: number[];
  private readonly headerHeight: number;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly flow: PdfFlow,
    private readonly columns: Column[],
    rows: Cell[][],
  ) {
    // No word is broken inside a column (a status, a date, a long Hungarian compound) unless it
    // is wider than a quarter of the table (a link): narrower columns give up their spare room.
    const minimum = columns.map((column, i) =>
      Math.min(
        0.25 * flow.width,
        2 * CELL_PADDING.x +
          Math.max(
            flow.widestWord(column.header, { size: TABLE_SIZE, font: "bold" }),
            ...rows.map((row) => (row[i] ? flow.widestWord(row[i].text, this.cellStyle(row[i])) : 0)),
          ),
      ),
    );
    this.widths = fitWidths(
      columns.map((c) => c.share * flow.width),
      minimum,
    );
    let x = flow.left;
    this.xs = this.widths.map((w) => {
      const at = x;
      x += w;
      return at;
    });
    this.headerHeight =
      Math.max(...columns.map((c, i) => this.textHeight({ text: c.header, font: "bold" }, i))) + 2 * CELL_PADDING.y;
    this.rows = rows.map((row) =>
      row.map((cell, i) => ({ ...cell, text: flow.fitWords(cell.text, this.innerWidth(i), this.cellStyle(cell)) })),
    );
  }

  draw(): void {
    const rows = this.rows;
    // The header and at least the first row (or three lines of it) stay together.
    const firstRow = rows[0] ? this.rowHeight(rows[0]) : 0;
    this.flow.ensureSpace(this.headerHeight + Math.min(firstRow, 3 * this.flow.lineHeight({ size: TABLE_SIZE })));
    this.drawHeader();
    rows.forEach((row, index) => this.drawRow(row, index % 2 === 1));
    this.flow.space(6);
  }

  private textHeight(cell: Cell, column: number): number {
    if (cell.text === "") return 0;
    return this.flow.heightOf(cell.text, this.innerWidth(column), this.cellStyle(cell));
  }

  private innerWidth(column: number): number {
    return (this.widths[column] ?? 0) - 2 * CELL_PADDING.x;
  }

  private cellStyle(cell: Cell): TextStyle {
    return { size: TABLE_SIZE, font: cell.font ?? "regular", color: cell.color ?? COLORS.ink };
  }

  private rowHeight(row: Cell[]): number {
    return Math.max(0, ...row.map((cell, i) => this.textHeight(cell, i))) + 2 * CELL_PADDING.y;
  }

  private drawHeader(): void {
    const y = this.doc.y;
    const width = this.flow.width;
    this.doc.save().rect(this.flow.left, y, width, this.headerHeight).fill(COLORS.headerFill).restore();
    this.paintCells(
      this.columns.map((c) => ({ text: c.header, font: "bold" as const })),
      y,
      this.headerHeight,
    );
    this.doc
      .save()
      .lineWidth(0.8)
      .strokeColor(COLORS.muted)
      .moveTo(this.flow.left, y + this.headerHeight)
      .lineTo(this.flow.left + width, y + this.headerHeight)
      .stroke()
      .restore();
    this.doc.y = y + this.headerHeight;
  }

  private continueOnNewPage(): void {
    this.flow.newPage();
    this.drawHeader();
  }

  /** Draws a row, splitting its cells' text across pages when it is taller than any page's room. */
  private drawRow(row: Cell[], zebra: boolean): void {
    let rest = row;
    const minimumSplit = 3 * this.flow.lineHeight({ size: TABLE_SIZE }) + 2 * CELL_PADDING.y;
    for (;;) {
      const needed = this.rowHeight(rest);
      const available = this.flow.bottom - this.doc.y;
      if (needed <= available) {
        this.paintRow(rest, needed, zebra);
        return;
      }
      const onFreshPage = this.flow.bottom - this.doc.page.margins.top - this.headerHeight;
      if (needed <= onFreshPage || available < minimumSplit) {
        this.continueOnNewPage();
        continue;
      }
      const room = available - 2 * CELL_PADDING.y;
      const parts = rest.map((cell, i) => this.splitToFit(cell, i, room));
      this.paintRow(
        parts.map((p) => p[0]),
        available,
        zebra,
      );
      rest = parts.map((p) => p[1]);
      this.continueOnNewPage();
    }
  }

  /**
   * The longest run of whole words of the cell that fits in `room` points, and the rest; a word
   * longer than the room itself (a pasted link) is cut between characters.
   */
  private splitToFit(cell: Cell, column: number, room: number): [Cell, Cell] {
    if (this.textHeight(cell, column) <= room) return [cell, { ...cell, text: "" }];
    const fits = (text: string) => this.textHeight({ ...cell, text }, column) <= room;
    const words = cell.text.split(/(?<=\s)/);
    const count = longestFitting(words.length, (n) => fits(words.slice(0, n).join("")));
    if (count > 0) {
      return [
        { ...cell, text: words.slice(0, count).join("").trimEnd() },
        { ...cell, text: words.slice(count).join("") },
      ];
    }
    const first = Array.from(words[0] ?? "");
    const chars = Math.max(
      1,
      longestFitting(first.length, (n) => fits(first.slice(0, n).join(""))),
    );
    return [
      { ...cell, text: first.slice(0, chars).join("") },
      { ...cell, text: first.slice(chars).join("") + words.slice(1).join("") },
    ];
  }

  private paintRow(row: Cell[], height: number, zebra: boolean): void {
    const y = this.doc.y;
    const width = this.flow.width;
    if (zebra) this.doc.save().rect(this.flow.left, y, width, height).fill(COLORS.zebra).restore();
    this.paintCells(row, y, height);
    this.doc
      .save()
      .lineWidth(0.4)
      .strokeColor(COLORS.rule)
      .moveTo(this.flow.left, y + height)
      .lineTo(this.flow.left + width, y + height)
      .stroke()
      .restore();
    this.doc.y = y + height;
  }

  private paintCells(row: Cell[], y: number, height: number): void {
    row.forEach((cell, i) => {
      if (cell.text === "") return;
      const x = this.xs[i] ?? this.flow.left;
      this.flow.style(this.cellStyle(cell));
      // A height keeps pdfkit from ever starting a page inside a cell: the row was measured.
      this.doc.text(cell.text, x + CELL_PADDING.x, y + CELL_PADDING.y, {
        width: this.innerWidth(i),
        lineGap: LINE_GAP,
        height: height,
      });
    });
  }
}

export interface PageStamp {
  /** The running head, above the top margin; none on the first page, which has the title. */
  head?: string;
  footLeft: string;
  footRight: string;
}

/** The largest n in 0..count for which `fits(n)` holds, `fits` being true up to some n and false after. */
function longestFitting(count: number, fits: (n: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Widens columns narrower than their minimum, taking the room from columns with some to spare. */
function fitWidths(wanted: number[], minimum: number[]): number[] {
  let widths = wanted;
  for (let pass = 0; pass < widths.length; pass++) {
    const short = widths.map((w, i) => Math.max(0, (minimum[i] ?? 0) - w));
    const deficit = short.reduce((a, b) => a + b, 0);
    if (deficit < 0.01) break;
    const spare = widths.map((w, i) => ((short[i] ?? 0) > 0 ? 0 : Math.max(0, w - (minimum[i] ?? 0))));
    const totalSpare = spare.reduce((a, b) => a + b, 0);
    if (totalSpare <= 0) break;
    const moved = Math.min(deficit, totalSpare);
    widths = widths.map((w, i) =>
      (short[i] ?? 0) > 0 ? w + ((short[i] ?? 0) * moved) / deficit : w - ((spare[i] ?? 0) * moved) / totalSpare,
    );
  }
  return widths;
}

/**
 * Writes into the top and bottom margins of every buffered page once the page count is known.
 * The margins are lifted while writing so pdfkit starts no new page for text below them.
 */
export function stampPages(doc: PDFKit.PDFDocument, stamp: (index: number, count: number) => PageStamp): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = 0; index < count; index++) {
    doc.switchToPage(start + index);
    const page = doc.page;
    const margins = { ...page.margins };
    const width = page.width - margins.left - margins.right;
    const { head, footLeft, footRight } = stamp(index, count);
    page.margins = { top: 0, bottom: 0, left: margins.left, right: margins.right };
    const line = (y: number) =>
      doc
        .save()
        .lineWidth(0.4)
        .strokeColor(COLORS.rule)
        .moveTo(margins.left, y)
        .lineTo(margins.left + width, y)
        .stroke()
        .restore();
    const write = (text: string, y: number, align: "left" | "right") => {
      doc.font("regular").fontSize(7.5).fillColor(COLORS.muted);
      doc.text(text, margins.left, y, { width, align, lineBreak: false, height: 12 });
    };
    if (head) {
      write(head, margins.top - 24, "left");
      line(margins.top - 12);
    }
    const footY = page.height - margins.bottom + 12;
    line(footY);
    write(footLeft, footY + 6, "left");
    write(footRight, footY + 6, "right");
    page.margins = margins;
  }
}
