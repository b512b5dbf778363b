import type * as Y from "yjs";
import { ATTENDANCES, type Attendance } from "../enums.js";
import { attendanceMap } from "./layout.js";
import { isUuid, oneOf } from "./values.js";

/**
 * Who is in the room, remote, absent or excused, marked during the meeting. A map keyed by
 * participant: two marks for the same person merge to one (the last writer wins), and the
 * server projects it into the participants' attendance for the attendance sheet.
 */
export function setAttendance(doc: Y.Doc, participantId: string, attendance: Attendance | null): void {
  if (!isUuid(participantId)) throw new RangeError(`not a participant id: ${participantId}`);
  if (attendance !== null && !oneOf(ATTENDANCES, attendance)) throw new RangeError(`not an attendance: ${attendance}`);
  doc.transact(() => {
    if (attendance === null) attendanceMap(doc).delete(participantId);
    else attendanceMap(doc).set(participantId, attendance);
  });
}

/** Valid marks only: a value another client wrote wrongly is left out, not guessed. */
export function readAttendance(doc: Y.Doc): Record<string, Attendance> {
  const marks: Record<string, Attendance> = {};
  attendanceMap(doc).forEach((value, participantId) => {
    if (isUuid(participantId) && oneOf(ATTENDANCES, value)) marks[participantId] = value;
  });
  return marks;
}
