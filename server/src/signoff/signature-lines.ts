import type { Attendance } from "@roundtable/shared";
import type { MinutesContent, SignatureLine } from "../minutes/minutes-content.js";
import type { MinutesSignature } from "./minutes-signature.entity.js";

const PRESENT: ReadonlySet<Attendance | null> = new Set<Attendance | null>(["in_room", "remote"]);

/** Who must answer a version: whoever its attendance sheet has in the room or remote. */
export function presentOn(content: MinutesContent): MinutesContent["attendance"] {
  return content.attendance.filter((a) => PRESENT.has(a.attendance));
}

export function isPresent(attendance: Attendance | null): boolean {
  return PRESENT.has(attendance);
}

/**
 * The signature table of a version: one line per present participant in the sheet's order,
 * with their answer, or `missing` (at null) while none is recorded. Names and roles are the
 * version's, as they were when it was rendered.
 */
export function signatureLines(content: MinutesContent, rows: readonly MinutesSignature[]): SignatureLine[] {
  const byParticipant = new Map(rows.map((r) => [r.participantId, r]));
  return presentOn(content).map((seat) => {
    const row = byParticipant.get(seat.participantId);
    return {
      participantId: seat.participantId,
      name: seat.name,
      role: seat.role,
      outcome: row?.outcome ?? "missing",
      at: row && row.outcome !== "missing" ? row.at.toISOString() : null,
      inRoom: row?.inRoom ?? false,
      note: row?.note ?? null,
    };
  });
}
