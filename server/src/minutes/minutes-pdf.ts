import PDFDocument from "pdfkit";
import type { MinutesBlock, MinutesContent, SignatureLine } from "./minutes-content.js";
import { COLORS, PdfFlow, registerFonts, stampPages, type Cell } from "./pdf-layout.js";
import { PDF_LABELS, PdfFormats, signatureText, type PdfLabels } from "./pdf-labels.js";

export interface MinutesVersionStamp {
  number: number;
  sha256: string;
  createdAt: string;
}

export interface MinutesPdfOptions {
  /**
   * The IANA time zone the meeting's times are printed in: pass the service's TIME_ZONE setting.
   * Default: that setting's own default, Europe/Budapest.
   */
  timeZone?: string;
}

const MARGINS = { top: 62, bottom: 62, left: 56, right: 56 };

/**
 * The minutes as a PDF to print, sign and send to every invitee: in the conference's language,
 * A4, header with the meeting's particulars, the attendance sheet with each person's signature
 * state, the minutes per agenda item, the task table, the agreements, and on every page the
 * version and its SHA-256 so a paper copy can be matched to the stored, signed version.
 *
 * It prints only what the content carries (children as the case's naming rules gave them, no
 * reporter: the content has none). The same input gives the same bytes: the PDF's dates come
 * from the version, not the clock.
 */
export async function renderMinutesPdf(
  content: MinutesContent,
  signatures: SignatureLine[],
  version: MinutesVersionStamp,
  options: MinutesPdfOptions = {},
): Promise<Uint8Array> {
  const labels = PDF_LABELS[content.language];
  const formats = new PdfFormats(content.language, options.timeZone ?? "Europe/Budapest");
  const createdAt = new Date(version.createdAt);
  const { conference } = content;
  const kind = labels.kind[conference.kind];
  const meetingDay = conference.startedAt ?? conference.scheduledStart;
  const dayText = meetingDay ? formats.date(meetingDay) : "";
  const title = [labels.minutes, kind, conference.caseReference, dayText].filter(Boolean).join(" – ");

  const doc = new PDFDocument({
    size: "A4",
    margins: MARGINS,
    bufferPages: true,
    lang: content.language,
    displayTitle: true,
    info: {
      Title: title,
      Subject: kind,
      Creator: "Roundtable",
      CreationDate: createdAt,
      ModDate: createdAt,
    },
  });
  const bytes = collect(doc);
  registerFonts(doc);
  const flow = new PdfFlow(doc);

  writeHeader(flow, content, version, labels, formats);
  writeAttendance(flow, content, signatures, version, labels, formats);
  writeAgenda(flow, content, labels, formats);
  writeTasks(flow, content, labels, formats);
  writeAgreements(flow, content, labels, formats);

  const head = [labels.minutes, kind, conference.caseReference, dayText].filter(Boolean).join(" · ");
  stampPages(doc, (index, count) => ({
    ...(index > 0 ? { head } : {}),
    footLeft: `${labels.footerVersion(version.number)} · SHA-256 ${version.sha256}`,
    footRight: labels.page(index + 1, count),
  }));
  doc.end();
  return bytes;
}

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on("error", reject);
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}

const SECTION = { font: "bold", size: 13, color: COLORS.accent } as const;
const ITEM = { font: "bold", size: 11, color: COLORS.ink } as const;
const SUBHEADING = { font: "bold", size: 10, color: COLORS.ink } as const;
const NOTE = { font: "oblique", size: 9, color: COLORS.muted } as const;
const SMALL = { size: 8.5, color: COLORS.muted } as const;

function section(flow: PdfFlow, number: number, text: string): void {
  flow.heading(`${number}. ${text}`, SECTION, 50, 16);
  flow.rule(COLORS.accent, 0.8);
  flow.space(6);
}

function writeHeader(
  flow: PdfFlow,
  content: MinutesContent,
  version: MinutesVersionStamp,
  labels: PdfLabels,
  formats: PdfFormats,
): void {
  const { conference } = content;
  flow.text(`${labels.kind[conference.kind]} · ${labels.series(conference.seriesIndex)}`.toUpperCase(), {
    ...SMALL,
    font: "bold",
  });
  flow.text(labels.minutes, { font: "bold", size: 22, color: COLORS.accent }, 0, 6);
  flow.rule(COLORS.accent, 1.2);
  flow.space(10);

  const rows: [string, string][] = [[labels.caseReference, conference.caseReference]];
  if (conference.children.length > 0) rows.push([labels.children, conference.children.join(", ")]);
  rows.push([labels.purpose, conference.purpose]);
  const day = conference.startedAt ?? conference.scheduledStart;
  rows.push([labels.date, day ? formats.date(day) : "—"]);
  rows.push([labels.time, meetingTime(content, labels, formats)]);
  if (conference.place) rows.push([labels.place, conference.place]);
  if (conference.onlineLink) rows.push([labels.onlineLink, conference.onlineLink]);
  rows.push([labels.version, labels.versionValue(version.number, formats.moment(version.createdAt))]);
  flow.particulars(rows);
  flow.space(4);
  flow.rule();
}

function meetingTime(content: MinutesContent, labels: PdfLabels, formats: PdfFormats): string {
  const { startedAt, endedAt, scheduledStart } = content.conference;
  if (startedAt) return `${formats.time(startedAt)}–${endedAt ? formats.time(endedAt) : ""}`;
  if (scheduledStart) return `${formats.time(scheduledStart)} (${labels.scheduled})`;
  return "—";
}

function writeAttendance(
  flow: PdfFlow,
  content: MinutesContent,
  signatures: SignatureLine[],
  version: MinutesVersionStamp,
  labels: PdfLabels,
  formats: PdfFormats,
): void {
  section(flow, 1, labels.attendanceSheet);
  const byParticipant = new Map(signatures.map((s) => [s.participantId, s]));
  const listed = new Set(content.attendance.map((a) => a.participantId));
  const rows: Cell[][] = content.attendance.map((person) => {
    const line = byParticipant.get(person.participantId);
    const present = person.attendance === "in_room" || person.attendance === "remote";
    return [
      { text: person.name, font: "bold" },
      { text: labels.roles[person.role] },
      { text: person.institution ?? "" },
      { text: person.attendance ? labels.attendance[person.attendance] : labels.attendanceUnknown },
      signatureCell(
        line ?? (present ? missing(person.participantId, person.name, person.role) : undefined),
        labels,
        formats,
      ),
    ];
  });
  // A signature from someone not on the sheet is still part of the record: never drop it.
  for (const line of signatures.filter((s) => !listed.has(s.participantId))) {
    rows.push([
      { text: line.name, font: "bold" },
      { text: labels.roles[line.role] },
      { text: "" },
      { text: labels.attendanceUnknown },
      signatureCell(line, labels, formats),
    ]);
  }
  if (rows.length === 0) {
    flow.text(labels.nobodyInvited, NOTE);
  } else {
    flow.table(
      [
        { header: labels.name, share: 0.2 },
        { header: labels.role, share: 0.14 },
        { header: labels.institution, share: 0.21 },
        { header: labels.presence, share: 0.14 },
        { header: labels.signature, share: 0.31 },
      ],
      rows,
    );
  }
  flow.text(labels.signedVersionNote(version.number), NOTE);

  const notes = signatures.filter((s) => s.note && s.note.trim() !== "");
  if (notes.length > 0) {
    flow.heading(labels.signatureNotes, SUBHEADING, 30, 6);
    flow.list(
      notes.map((s) => `${s.name} (${labels.outcome[s.outcome]}): ${s.note?.trim() ?? ""}`),
      false,
    );
  }
}

function missing(participantId: string, name: string, role: SignatureLine["role"]): SignatureLine {
  return { participantId, name, role, outcome: "missing", at: null, inRoom: false, note: null };
}

function signatureCell(line: SignatureLine | undefined, labels: PdfLabels, formats: PdfFormats): Cell {
  if (!line) return { text: labels.notExpectedToSign, color: COLORS.muted };
  const text = signatureText(labels, line, line.at ? formats.moment(line.at) : null);
  switch (line.outcome) {
    case "signed":
      return { text };
    case "missing":
      return { text, font: "oblique", color: COLORS.muted };
    default:
      return { text, font: "bold" };
  }
}

function writeAgenda(flow: PdfFlow, content: MinutesContent, labels: PdfLabels, formats: PdfFormats): void {
  section(flow, 2, labels.agendaMinutes);
  if (content.agenda.length === 0) flow.text(labels.noAgenda, NOTE);
  content.agenda.forEach((item, index) => {
    flow.heading(`2.${index + 1}  ${item.title}`, ITEM, 36, index === 0 ? 0 : 10);
    const taken = formats.duration(Math.round(item.elapsedMs / 60_000));
    flow.text(labels.timeTaken(taken, formats.duration(item.timeboxMinutes)), SMALL, 0, 5);
    if (item.minutes.length === 0) flow.text(labels.nothingRecorded, NOTE);
    for (const block of item.minutes) writeBlock(flow, block);
  });
}

function writeBlock(flow: PdfFlow, block: MinutesBlock): void {
  switch (block.type) {
    case "paragraph":
      flow.text(block.text, {}, 0, 4);
      return;
    case "heading":
      flow.heading(block.text, SUBHEADING, 24, 4);
      return;
    case "bulletList":
      flow.list(block.items, false, {}, 6);
      return;
    case "orderedList":
      flow.list(block.items, true, {}, 6);
      return;
  }
}

function writeTasks(flow: PdfFlow, content: MinutesContent, labels: PdfLabels, formats: PdfFormats): void {
  section(flow, 3, labels.tasks);
  if (content.tasks.length === 0) {
    flow.text(labels.noTasks, NOTE);
    return;
  }
  flow.table(
    [
      { header: "#", share: 0.05 },
      { header: labels.task, share: 0.28 },
      { header: labels.responsible, share: 0.17 },
      { header: labels.deadline, share: 0.13 },
      { header: labels.indicator, share: 0.24 },
      { header: labels.status, share: 0.13 },
    ],
    content.tasks.map((task, index) => [
      { text: String(index + 1), color: COLORS.muted },
      { text: task.title, font: "bold" },
      task.ownerName ? { text: task.ownerName } : { text: labels.noOwner, font: "oblique", color: COLORS.muted },
      task.dueDate
        ? { text: formats.day(task.dueDate) }
        : { text: labels.noDeadline, font: "oblique", color: COLORS.muted },
      { text: task.successIndicator ?? "" },
      { text: labels.taskStatus[task.status] },
    ]),
  );
}

function writeAgreements(flow: PdfFlow, content: MinutesContent, labels: PdfLabels, formats: PdfFormats): void {
  section(flow, 4, labels.agreements);
  const { howToInform, otherDecisions, nextMeetingDate } = content.agreements;
  for (const [heading, text] of [
    [labels.howToInform, howToInform],
    [labels.otherDecisions, otherDecisions],
  ] as const) {
    flow.heading(heading, SUBHEADING, 24, 4);
    const paragraphs = text
      .split(/\n\s*\n|\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (paragraphs.length === 0) flow.text(labels.notRecorded, NOTE);
    for (const paragraph of paragraphs) flow.text(paragraph, {}, 0, 4);
  }
  flow.heading(labels.nextMeeting, SUBHEADING, 24, 4);
  flow.text(nextMeetingDate ? formats.dayInText(nextMeetingDate) : labels.noNextMeeting, nextMeetingDate ? {} : NOTE);
}
