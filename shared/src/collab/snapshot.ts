import type * as Y from "yjs";
import { readAgenda, type LiveAgendaItem } from "./agenda.js";
import { readAgreements, type Agreements } from "./agreements.js";
import { readDocumentVersion } from "./layout.js";
import { readMeeting, type MeetingState } from "./meeting-state.js";
import { readMinutesText } from "./minutes.js";
import { readSpeakers, type SpeakerEntry } from "./speakers.js";
import { readAttendance } from "./attendance.js";
import type { Attendance } from "../enums.js";
import { readTasks, type LiveTask } from "./tasks.js";

/** The whole document as plain JSON, through the same validating readers the UI uses. */
export interface DocumentSnapshot {
  version: number | null;
  agenda: LiveAgendaItem[];
  meeting: MeetingState;
  /** Plain text per agenda item id (keys sorted, so two converged docs stringify alike). */
  minutes: Record<string, string>;
  tasks: LiveTask[];
  agreements: Agreements;
  speakers: SpeakerEntry[];
  attendance: Record<string, Attendance>;
}

export function snapshotDocument(doc: Y.Doc): DocumentSnapshot {
  return {
    version: readDocumentVersion(doc),
    agenda: readAgenda(doc),
    meeting: readMeeting(doc),
    minutes: readMinutesText(doc),
    tasks: readTasks(doc),
    agreements: readAgreements(doc),
    speakers: readSpeakers(doc),
    attendance: readAttendance(doc),
  };
}
