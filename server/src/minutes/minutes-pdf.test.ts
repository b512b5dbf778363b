import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Language } from "@roundtable/shared";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { renderMinutesPdf } from "./minutes-pdf.js";
import { PDF_LABELS, PdfFormats, signatureText } from "./pdf-labels.js";
import { MINUTES_SAMPLES, longHungarianSample } from "./pdf-test-samples.js";

const HASH = "9f2c4e7a1b3d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8";
const VERSION = { number: 2, sha256: HASH, createdAt: "2025-03-14T11:36:00.000Z" };
const OPTIONS = { timeZone: "Europe/Budapest" };
const ARTIFACTS = fileURLToPath(new URL("../../../test/artifacts/", import.meta.url));

interface ReadPdf {
  pages: string[];
  info: Record<string, unknown>;
}

/** The text of every page as pdf.js reads it (what a screen reader or a copy-paste gets). */
async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdf.js takes the buffer over; hand it a copy so the caller's bytes stay usable.
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const text = content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : " ") : "")).join("");
    pages.push(text.replace(/[ \t]+/g, " "));
  }
  const { info } = await pdf.getMetadata();
  await pdf.destroy();
  return { pages, info: info as Record<string, unknown> };
}

/** Every word (letters only, lower case) of a text. */
const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** Every text a label table can produce, its phrases called with placeholder values. */
function labelTexts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") return [String((value as (...args: unknown[]) => unknown)(1, 1))];
  if (value && typeof value === "object") return Object.values(value).flatMap(labelTexts);
  return [];
}

/** Text that wrapped onto several lines or table cells is still found: whitespace is ignored. */
const squash = (text: string) => text.replace(/\s+/g, "");
const expectText = (haystack: string, needle: string) => expect(squash(haystack)).toContain(squash(needle));

describe.each<Language>(["hu", "cs", "en"])("the minutes PDF in %s", (language) => {
  const { content, signatures } = MINUTES_SAMPLES[language]();
  const labels = PDF_LABELS[language];
  const formats = new PdfFormats(language, OPTIONS.timeZone);

  it("lists every participant, task and agreement in the conference's language", async () => {
    const { pages } = await readPdf(await renderMinutesPdf(content, signatures, VERSION, OPTIONS));
    const all = pages.join("\n");
    for (const heading of [labels.minutes, labels.attendanceSheet, labels.tasks, labels.agreements]) {
      expectText(all, heading);
    }
    expectText(all, content.conference.caseReference);
    expectText(all, content.conference.purpose);
    for (const person of content.attendance) {
      expectText(all, person.name);
      expectText(all, labels.roles[person.role]);
      if (person.attendance) expectText(all, labels.attendance[person.attendance]);
    }
    for (const item of content.agenda) expectText(all, item.title);
    for (const task of content.tasks) {
      expectText(all, task.title);
      if (task.ownerName) expectText(all, task.ownerName);
      if (task.successIndicator) expectText(all, task.successIndicator);
      if (task.dueDate) expectText(all, formats.day(task.dueDate));
    }
    for (const line of content.agreements.howToInform.split("\n")) expectText(all, line);
    if (content.agreements.otherDecisions) expectText(all, content.agreements.otherDecisions);
    expectText(
      all,
      content.agreements.nextMeetingDate ? formats.dayInText(content.agreements.nextMeetingDate) : labels.noNextMeeting,
    );
  });

  it("puts the version, its SHA-256 and the page count in every page's footer", async () => {
    const { pages } = await readPdf(await renderMinutesPdf(content, signatures, VERSION, OPTIONS));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      expect(page).toContain(`${labels.footerVersion(2)} · SHA-256 ${HASH}`);
      expect(page).toContain(labels.page(index + 1, pages.length));
    });
  });

  it("prints no word that is neither in the content nor in the language's labels", async () => {
    // The PDF adds nothing of its own (no reporter, no other case data): every word it shows
    // comes from the version's content, the signatures, the labels or the dates it formats.
    const { pages } = await readPdf(await renderMinutesPdf(content, signatures, VERSION, OPTIONS));
    const { conference, agenda } = content;
    const formatted = [
      ...[conference.startedAt, conference.scheduledStart, VERSION.createdAt].flatMap((d) =>
        d ? [formats.date(d)] : [],
      ),
      ...(content.agreements.nextMeetingDate ? [formats.dayInText(content.agreements.nextMeetingDate)] : []),
      ...content.tasks.flatMap((t) => (t.dueDate ? [formats.day(t.dueDate)] : [])),
      ...signatures.flatMap((s) => (s.at ? [formats.moment(s.at)] : [])),
      formats.moment(VERSION.createdAt),
      ...agenda.flatMap((item) => [
        formats.duration(Math.round(item.elapsedMs / 60_000)),
        formats.duration(item.timeboxMinutes),
      ]),
      `SHA ${HASH}`,
    ];
    const allowed = new Set(
      words([JSON.stringify(content), JSON.stringify(signatures), ...labelTexts(labels), ...formatted].join(" ")),
    );
    const unexpected = words(pages.join(" ")).filter((word) => !allowed.has(word));
    expect(unexpected).toEqual([]);
  });

  it("says for each person whether they signed, when and where, dissented or asked for a correction", async () => {
    const { pages } = await readPdf(await renderMinutesPdf(content, signatures, VERSION, OPTIONS));
    const all = pages.join("\n");
    for (const line of signatures) {
      expectText(all, signatureText(labels, line, line.at ? formats.moment(line.at) : null));
      if (line.note) expectText(all, line.note);
    }
  });
});

describe("the minutes PDF's characters and formats", () => {
  it("keeps Hungarian and Czech accented letters intact", async () => {
    const hu = MINUTES_SAMPLES.hu();
    const cs = MINUTES_SAMPLES.cs();
    const huText = (await readPdf(await renderMinutesPdf(hu.content, hu.signatures, VERSION, OPTIONS))).pages.join("");
    const csText = (await readPdf(await renderMinutesPdf(cs.content, cs.signatures, VERSION, OPTIONS))).pages.join("");
    expect(huText).toContain("Kőváry Ödön");
    expect(huText).toContain("Horváth Győző");
    expectText(huText, "Kovácsné Szőke Ilona");
    expect(huText).toContain("Jegyzőkönyv");
    expect(huText).toContain("Jelenléti ív");
    expect(huText).toMatch(/ű/);
    expect(csText).toContain("Řehoř Dvořák");
    expect(csText).toContain("Dagmar Hůlková");
    expect(csText).toContain("Prezenční listina");
    expectText(csText, "Odpovědná osoba");
    for (const letter of ["ř", "ě", "ů", "š", "č", "ž"]) expect(csText).toContain(letter);
  });

  it("keeps every letter copyable after other documents have used the same fonts", async () => {
    // The fonts are parsed once per process; the italic ü of "készült" (a composite of u) once
    // left the next document's italic u without a Unicode mapping.
    const hu = MINUTES_SAMPLES.hu();
    await renderMinutesPdf(hu.content, hu.signatures, VERSION, OPTIONS);
    const cs = MINUTES_SAMPLES.cs();
    const csText = (await readPdf(await renderMinutesPdf(cs.content, cs.signatures, VERSION, OPTIONS))).pages.join("");
    expect(csText.replace(/\s+/g, " ")).toContain(PDF_LABELS.cs.signedVersionNote(2));
    expect(csText.replace(/\s+/g, " ")).toContain("Lucie Černá (Požádáno o opravu): Do poradny chodím už od dubna");
  });

  it("prints dates and times in the language's format and the service's time zone", async () => {
    const hu = MINUTES_SAMPLES.hu();
    const cs = MINUTES_SAMPLES.cs();
    const en = MINUTES_SAMPLES.en();
    const read = async (s: typeof hu) =>
      (await readPdf(await renderMinutesPdf(s.content, s.signatures, VERSION, OPTIONS))).pages.join("");
    const [huText, csText, enText] = await Promise.all([read(hu), read(cs), read(en)]);
    expect(huText).toContain("2025. március 14.");
    expect(huText).toContain("9:34–12:35"); // 08:34–11:35 UTC in Budapest (winter time)
    expect(huText).toContain("2025. május 23.");
    expectText(huText, "2025. 03. 28."); // a deadline in the task table
    expect(csText).toContain("3. června 2025");
    expect(csText).toContain("9:05–11:50"); // summer time
    expect(enText).toContain("2 October 2025");
    expect(enText).toContain(PDF_LABELS.en.noNextMeeting);
  });

  it("shows the children as the content names them and no one absent as having signed", async () => {
    const { content, signatures } = MINUTES_SAMPLES.hu();
    const all = (await readPdf(await renderMinutesPdf(content, signatures, VERSION, OPTIONS))).pages.join("");
    expect(all).toContain("Bence, Lili");
    // Absent and excused people are not asked to sign; a present one without a line has not signed.
    const rowOf = (name: string) => squash(all).split(squash(name))[1]?.slice(0, 80) ?? "";
    expect(rowOf("Lőrincz Ágota")).toMatch(/^Szakember.*Távolmaradt—/);
    expect(rowOf("Dr. Örkényi Ferenc")).toMatch(/Kimentettemagát—/);
    const withoutLines = signatures.filter((s) => s.participantId !== "p7");
    const text = (await readPdf(await renderMinutesPdf(content, withoutLines, VERSION, OPTIONS))).pages.join("");
    expect(squash(text).split("FeketeZsolt")[1]).toMatch(/^Szakember.*Aterembennemírtaalá/i);
  });

  it("says in words what was not recorded instead of leaving empty sections", async () => {
    const { content } = MINUTES_SAMPLES.en();
    const empty = {
      ...content,
      conference: { ...content.conference, scheduledStart: null, startedAt: null, endedAt: null, onlineLink: null },
      attendance: [],
      agenda: [],
      tasks: [],
      agreements: { howToInform: "  ", otherDecisions: "", nextMeetingDate: null },
    };
    const { pages } = await readPdf(await renderMinutesPdf(empty, [], VERSION, OPTIONS));
    const all = pages.join("\n");
    const en = PDF_LABELS.en;
    for (const text of [en.nobodyInvited, en.noAgenda, en.noTasks, en.notRecorded, en.noNextMeeting]) {
      expectText(all, text);
    }
    expect(all.match(new RegExp(en.notRecorded.replace(".", "\\."), "g"))).toHaveLength(2);
    expect(pages[0]).toContain(`${en.time} —`);
  });

  it("sets the title, subject and language in the PDF's metadata and its dates from the version", async () => {
    const { content, signatures } = MINUTES_SAMPLES.cs();
    const { info } = await readPdf(await renderMinutesPdf(content, signatures, VERSION, OPTIONS));
    expect(info.Title).toBe("Zápis – Případová konference – OSPOD-Brno-112/2025 – 3. června 2025");
    expect(info.Subject).toBe("Případová konference");
    expect(info.Language).toBe("cs");
    expect(info.CreationDate).toBe("D:20250314113600Z");
  });

  it("gives the same bytes for the same version and other bytes for another hash", async () => {
    const { content, signatures } = MINUTES_SAMPLES.hu();
    const first = await renderMinutesPdf(content, signatures, VERSION, OPTIONS);
    // Other documents in between (the fonts are shared by the process) change nothing.
    const cs = MINUTES_SAMPLES.cs();
    await renderMinutesPdf(cs.content, cs.signatures, VERSION, OPTIONS);
    const second = await renderMinutesPdf(content, signatures, VERSION, OPTIONS);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const other = await renderMinutesPdf(content, signatures, { ...VERSION, sha256: "0".repeat(64) }, OPTIONS);
    expect(Buffer.from(other).equals(Buffer.from(first))).toBe(false);
  });
});

describe("a long minutes PDF", () => {
  it("runs over several pages with the task table's header repeated on each page it reaches", async () => {
    const { content, signatures } = longHungarianSample();
    const { pages } = await readPdf(await renderMinutesPdf(content, signatures, VERSION, OPTIONS));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const header = squash("Feladat Felelős Határidő Sikermutató Állapot");
    const withTasks = pages.filter((page) => /\(\d+\. lépés\)/.test(page));
    expect(withTasks.length).toBeGreaterThanOrEqual(2);
    for (const page of withTasks) expect(squash(page)).toContain(header);
    for (const task of content.tasks) expectText(pages.join("\n"), task.title);
  });

  it("splits a table row taller than a page across pages without losing a word", async () => {
    const { content, signatures } = MINUTES_SAMPLES.hu();
    const words = Array.from({ length: 1200 }, (_, i) => `mutató${i + 1}`);
    content.tasks = [{ ...content.tasks[0]!, successIndicator: words.join(" ") }, ...content.tasks.slice(1)];
    const { pages } = await readPdf(await renderMinutesPdf(content, signatures, VERSION, OPTIONS));
    const found = pages.join(" ").match(/mutató\d+/g) ?? [];
    expect(found).toEqual(words);
    const header = squash("Feladat Felelős Határidő Sikermutató Állapot");
    const spanned = pages.filter((page) => page.includes("mutató"));
    expect(spanned.length).toBeGreaterThanOrEqual(2);
    for (const page of spanned) expect(squash(page)).toContain(header);
  });

  it("breaks a pasted word of thousands of characters over lines and pages without losing one", async () => {
    // pdfkit alone measures such a word again for every line: 25–40 s for this one, here < 1 s.
    const { content, signatures } = MINUTES_SAMPLES.hu();
    const word = Array.from({ length: 6000 }, (_, i) => "qwx"[i % 3]).join("");
    content.tasks[0] = { ...content.tasks[0]!, successIndicator: word };
    content.agenda[0]!.minutes = [{ type: "paragraph", text: `https://meet.example.org/${word.slice(0, 2000)}` }];
    const { pages } = await readPdf(await renderMinutesPdf(content, signatures, VERSION, OPTIONS));
    const runs = pages.join("\n").match(/[qwx]+/g) ?? [];
    expect(runs.join("")).toContain(word.slice(0, 2000) + word); // the paragraph, then the task
  }, 10_000);

  it("wraps a long paragraph onto the next page instead of cutting it", async () => {
    const { content, signatures } = MINUTES_SAMPLES.cs();
    const words = Array.from({ length: 1500 }, (_, i) => `slovo${i + 1}`);
    content.agenda[0]!.minutes = [{ type: "paragraph", text: words.join(" ") }];
    const { pages } = await readPdf(await renderMinutesPdf(content, signatures, VERSION, OPTIONS));
    expect(pages.join(" ").match(/slovo\d+/g)).toEqual(words);
  });
});

describe("the Hungarian minutes' first page as an image", () => {
  it("renders with pdftoppm into test/artifacts/minutes-hu-page1.png", async () => {
    const { content, signatures } = MINUTES_SAMPLES.hu();
    await mkdir(ARTIFACTS, { recursive: true });
    const pdfPath = `${ARTIFACTS}minutes-hu.pdf`;
    await writeFile(pdfPath, await renderMinutesPdf(content, signatures, VERSION, OPTIONS));
    await promisify(execFile)("pdftoppm", [
      "-png",
      "-r",
      "110",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      pdfPath,
      `${ARTIFACTS}minutes-hu-page1`,
    ]);
    const png = await readFile(`${ARTIFACTS}minutes-hu-page1.png`);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    // A4 at 110 dpi: 910 × 1287 pixels (IHDR width and height).
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([910, 1287]);
  });
});
