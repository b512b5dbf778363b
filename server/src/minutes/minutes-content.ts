import type { Attendance, ConferenceKind, Language, ParticipantRole, TaskStatus } from "@roundtable/shared";

/**
 * One version of a conference's minutes as rendered at closing: everything the signed record
 * and its PDF show, as plain JSON. It is stored immutably with the SHA-256 of its canonical JSON,
 * so the same content always gives the same hash and any change gives another. It never holds
 * the reporter's identity; the family is named by the case reference, children by first name.
 */
export interface MinutesContent {
  format: 1;
  language: Language;
  conference: {
    id: string;
    kind: ConferenceKind;
    seriesIndex: number;
    purpose: string;
    caseReference: string;
    /** As the case's naming rules allow in minutes shared with every invitee. */
    children: string[];
    scheduledStart: string | null;
    /** From the live document's meeting clock. */
    startedAt: string | null;
    endedAt: string | null;
    place: string | null;
    onlineLink: string | null;
  };
  /** The attendance sheet: every invitee, present or not. */
  attendance: {
    participantId: string;
    name: string;
    role: ParticipantRole;
    institution: string | null;
    attendance: Attendance | null;
  }[];
  agenda: {
    id: string;
    title: string;
    timeboxMinutes: number;
    elapsedMs: number;
    minutes: MinutesBlock[];
  }[];
  tasks: {
    id: string;
    title: string;
    ownerName: string | null;
    dueDate: string | null;
    successIndicator: string | null;
    status: TaskStatus;
  }[];
  agreements: { howToInform: string; otherDecisions: string; nextMeetingDate: string | null };
}

/** The minutes' rich text, reduced to what a signed record needs: paragraphs, headings, lists. */
export type MinutesBlock =
  | { type: "paragraph"; text: string }
  | { type: "heading"; text: string }
  | { type: "bulletList"; items: string[] }
  | { type: "orderedList"; items: string[] };

/** A line of the signature table, printed under the minutes. */
export interface SignatureLine {
  participantId: string;
  name: string;
  role: ParticipantRole;
  outcome: "signed" | "dissent" | "correction_requested" | "missing";
  at: string | null;
  /** Signed in the room on the facilitator's device rather than from their own link. */
  inRoom: boolean;
  note: string | null;
}
