import { createHash } from "node:crypto";
import {
  PARTICIPANT_ROLES,
  ROOT_TYPES,
  itemElapsedMs,
  readAgenda,
  readAgreements,
  readAttendance,
  readMeeting,
  readTasks,
  type Attendance,
  type ConferenceKind,
  type Language,
  type ParticipantRole,
  type TaskStatus,
} from "@roundtable/shared";
import { In, type EntityManager } from "typeorm";
import * as Y from "yjs";
import { Case } from "../cases/case.entity.js";
import { Child } from "../cases/child.entity.js";
import { Conference } from "../conferences/conference.entity.js";
import { Participant } from "../conferences/participant.entity.js";
import { Institution } from "../institutions/institution.entity.js";
import { Person } from "../persons/person.entity.js";
import { Task } from "../tasks/task.entity.js";
import type { MinutesBlock, MinutesContent } from "./minutes-content.js";

/**
 * The relational half of a minutes version: what the live document does not hold. Names are
 * already as the minutes may print them (see `childName`); the reporter is never loaded.
 */
export interface MinutesFacts {
  conference: {
    id: string;
    kind: ConferenceKind;
    seriesIndex: number;
    purpose: string;
    language: Language;
    scheduledStart: Date | null;
    place: string | null;
    onlineLink: string | null;
  };
  caseReference: string;
  /** First names, in the case's order. */
  children: string[];
  /** Every invitee, with the attendance recorded through GraphQL (the document's marks win). */
  participants: {
    id: string;
    name: string;
    role: ParticipantRole;
    institution: string | null;
    attendance: Attendance | null;
  }[];
  /** Tasks agreed at this conference that exist only as rows (added through GraphQL), oldest first. */
  rowTasks: {
    id: string;
    title: string;
    ownerName: string | null;
    dueDate: string | null;
    successIndicator: string | null;
    status: TaskStatus;
  }[];
}

/**
 * The version's content from the live document and the facts. `now` only matters while the
 * meeting clock still runs (the room normally ends it before closing): the running item's time
 * is counted up to then. Nothing else varies, so the same document and facts give the same hash.
 */
export function buildMinutesContent(facts: MinutesFacts, doc: Y.Doc, now: Date): MinutesContent {
  const meeting = readMeeting(doc);
  const marks = readAttendance(doc);
  const until = meeting.endedAt ? new Date(meeting.endedAt) : now;
  const names = new Map(facts.participants.map((p) => [p.id, p.name]));
  const fragments = doc.getMap<unknown>(ROOT_TYPES.minutes);
  const liveTasks = readTasks(doc);
  const liveTaskIds = new Set(liveTasks.map((t) => t.id));
  const { conference } = facts;
  return {
    format: 1,
    language: conference.language,
    conference: {
      id: conference.id,
      kind: conference.kind,
      seriesIndex: conference.seriesIndex,
      purpose: conference.purpose,
      caseReference: facts.caseReference,
      children: facts.children,
      scheduledStart: conference.scheduledStart?.toISOString() ?? null,
      startedAt: meeting.startedAt,
      endedAt: meeting.endedAt,
      place: conference.place,
      onlineLink: conference.onlineLink,
    },
    attendance: facts.participants.map((p) => ({
      participantId: p.id,
      name: p.name,
      role: p.role,
      institution: p.institution,
      attendance: marks[p.id] ?? p.attendance,
    })),
    agenda: readAgenda(doc).map((item) => {
      const fragment = fragments.get(item.id);
      return {
        id: item.id,
        title: item.title,
        timeboxMinutes: item.timeboxMinutes,
        elapsedMs: itemElapsedMs(doc, item.id, until),
        minutes: fragment instanceof Y.XmlFragment ? fragmentBlocks(fragment) : [],
      };
    }),
    tasks: [
      ...liveTasks.map((t) => ({
        id: t.id,
        title: t.title,
        ownerName: t.ownerParticipantId ? (names.get(t.ownerParticipantId) ?? null) : null,
        dueDate: t.dueDate,
        successIndicator: t.successIndicator.trim() || null,
        status: t.status,
      })),
      ...facts.rowTasks.filter((t) => !liveTaskIds.has(t.id)),
    ],
    agreements: readAgreements(doc),
  };
}

// ProseMirror's inline line break: Tiptap calls it hardBreak, prosemirror-schema-basic hard_break.
const LINE_BREAKS = new Set(["hardBreak", "hard_break"]);
const LISTS = new Set(["bulletList", "orderedList", "bullet_list", "ordered_list"]);

/** Inline text of a node with its marks dropped: bold or italic words are just words on paper. */
function inlineText(node: Y.XmlElement | Y.XmlText | Y.XmlFragment): string {
  if (node instanceof Y.XmlText) {
    const delta: unknown = node.toDelta();
    if (!Array.isArray(delta)) return "";
    return delta.map((op: { insert?: unknown }) => (typeof op.insert === "string" ? op.insert : "")).join("");
  }
  if (node instanceof Y.XmlElement && LINE_BREAKS.has(node.nodeName)) return "\n";
  const children = node.toArray().filter((c) => c instanceof Y.XmlElement || c instanceof Y.XmlText);
  // A textblock joins its inline children; a container (a list item's paragraphs) puts each on a line.
  const separator = children.some((c) => c instanceof Y.XmlText) ? "" : "\n";
  return children
    .map((c) => inlineText(c))
    .filter((t) => t !== "")
    .join(separator);
}

/** One list entry: its paragraphs, and a nested list's entries indented below them. */
function listItemText(item: Y.XmlElement): string {
  const lines: string[] = [];
  for (const child of item.toArray()) {
    if (child instanceof Y.XmlElement && LISTS.has(child.nodeName)) {
      for (const nested of child.toArray()) {
        if (nested instanceof Y.XmlElement)
          lines.push(
            ...listItemText(nested)
              .split("\n")
              .map((l) => `  ${l}`),
          );
      }
    } else if (child instanceof Y.XmlElement || child instanceof Y.XmlText) {
      const text = inlineText(child);
      if (text.trim() !== "") lines.push(text);
    }
  }
  return lines.join("\n");
}

/**
 * The minutes of one agenda item as blocks: paragraphs, headings and lists as Tiptap writes
 * them into the fragment. Any other block (a quote, code) keeps its text as a paragraph, so
 * nothing typed in the room is missing from the signed record; empty paragraphs are dropped.
 */
export function fragmentBlocks(fragment: Y.XmlFragment): MinutesBlock[] {
  const blocks: MinutesBlock[] = [];
  for (const node of fragment.toArray()) {
    if (node instanceof Y.XmlElement && LISTS.has(node.nodeName)) {
      const items = node
        .toArray()
        .filter((c): c is Y.XmlElement => c instanceof Y.XmlElement)
        .map(listItemText)
        .filter((t) => t.trim() !== "");
      if (items.length === 0) continue;
      const type = node.nodeName.startsWith("ordered") ? "orderedList" : "bulletList";
      blocks.push({ type, items });
      continue;
    }
    if (!(node instanceof Y.XmlElement || node instanceof Y.XmlText)) continue;
    const text = inlineText(node);
    if (text.trim() === "") continue;
    blocks.push({ type: node instanceof Y.XmlElement && node.nodeName === "heading" ? "heading" : "paragraph", text });
  }
  return blocks;
}

/**
 * A child's first name from the full name as the case records it: the family name's words are
 * taken out, whichever order they were typed in (Hungarian puts it first). When the family name
 * is not in it (another surname), the given name is the first word, or the last in Hungarian.
 */
export function childName(fullName: string, familyName: string, language: Language): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  const family = new Set(
    familyName
      .trim()
      .split(/\s+/)
      .map((w) => w.toLocaleLowerCase()),
  );
  const given = words.filter((w) => !family.has(w.toLocaleLowerCase()));
  if (given.length === 0) return words[0] ?? "";
  if (given.length < words.length) return given.join(" ");
  return (language === "hu" ? words.at(-1) : words[0]) ?? "";
}

const ROLE_ORDER = new Map(PARTICIPANT_ROLES.map((role, index) => [role, index]));

/** Reads everything besides the document, in the caller's transaction. Never the reporter. */
export async function loadMinutesFacts(em: EntityManager, conferenceId: string): Promise<MinutesFacts> {
  const conference = await em.getRepository(Conference).findOneByOrFail({ id: conferenceId });
  const kase = await em.getRepository(Case).findOneByOrFail({ id: conference.caseId });
  const children = await em.getRepository(Child).find({ where: { caseId: kase.id }, order: { position: "ASC" } });
  const seats = await em.getRepository(Participant).findBy({ conferenceId });
  const persons = seats.length
    ? await em.getRepository(Person).findBy({ id: In(seats.map((s) => s.personId)) })
    : ([] as Person[]);
  const personById = new Map(persons.map((p) => [p.id, p]));
  const institutionIds = [...new Set(persons.flatMap((p) => (p.institutionId ? [p.institutionId] : [])))];
  const institutions = institutionIds.length
    ? await em.getRepository(Institution).findBy({ id: In(institutionIds) })
    : ([] as Institution[]);
  const institutionName = new Map(institutions.map((i) => [i.id, i.name]));
  const language = conference.language;

  const participants = seats
    .map((seat) => {
      const person = personById.get(seat.personId);
      const fullName = person?.fullName ?? "";
      return {
        id: seat.id,
        personId: seat.personId,
        name: seat.role === "child" ? childName(fullName, kase.familyName, language) : fullName,
        role: seat.role,
        institution: person?.institutionId ? (institutionName.get(person.institutionId) ?? null) : null,
        attendance: seat.attendance,
      };
    })
    .sort(
      (a, b) =>
        (ROLE_ORDER.get(a.role) ?? 0) - (ROLE_ORDER.get(b.role) ?? 0) ||
        a.name.localeCompare(b.name, language) ||
        a.id.localeCompare(b.id),
    );

  const tasks = await em
    .getRepository(Task)
    .find({ where: { agreedInId: conferenceId }, order: { createdAt: "ASC", id: "ASC" } });
  const nameBySeat = new Map(participants.map((p) => [p.id, p.name]));
  const nameByPerson = new Map(participants.map((p) => [p.personId, p.name]));
  const ownerPersons = tasks.flatMap((t) =>
    t.ownerPersonId && !nameByPerson.has(t.ownerPersonId) ? [t.ownerPersonId] : [],
  );
  const owners = ownerPersons.length ? await em.getRepository(Person).findBy({ id: In(ownerPersons) }) : [];
  for (const owner of owners) nameByPerson.set(owner.id, owner.fullName);

  return {
    conference: {
      id: conference.id,
      kind: conference.kind,
      seriesIndex: conference.seriesIndex,
      purpose: conference.purpose,
      language,
      scheduledStart: conference.scheduledStart,
      place: conference.place,
      onlineLink: conference.onlineLink,
    },
    caseReference: kase.reference,
    children: children.map((c) => childName(c.fullName, kase.familyName, language)),
    participants: participants.map(({ personId: _personId, ...p }) => p),
    rowTasks: tasks.map((t) => ({
      id: t.id,
      title: t.title,
      ownerName:
        (t.ownerParticipantId ? nameBySeat.get(t.ownerParticipantId) : undefined) ??
        (t.ownerPersonId ? nameByPerson.get(t.ownerPersonId) : undefined) ??
        null,
      dueDate: t.dueDate,
      successIndicator: t.successIndicator,
      status: t.status,
    })),
  };
}

/**
 * JSON with object keys sorted (by UTF-16 code units, as RFC 8785 does) and no whitespace: the
 * same content always gives the same bytes, whatever order its keys were built or stored in
 * (PostgreSQL's jsonb reorders them).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    const json = JSON.stringify(value);
    if (json === undefined) throw new TypeError(`not representable in JSON: ${String(value)}`);
    return json;
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** The version's fingerprint: SHA-256 of the canonical JSON, lowercase hex. */
export function minutesHash(content: MinutesContent): string {
  return createHash("sha256").update(canonicalJson(content), "utf8").digest("hex");
}
