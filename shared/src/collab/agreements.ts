import * as Y from "yjs";
import { agreementsMap, nestedType } from "./layout.js";
import { isDateOnly } from "./values.js";

/** The closing agreements besides the task list (DOMAIN.md, "Outcome"). */
export const AGREEMENT_TEXTS = ["howToInform", "otherDecisions"] as const;
export type AgreementText = (typeof AGREEMENT_TEXTS)[number];
export const NEXT_MEETING_DATE = "nextMeetingDate";

export interface Agreements {
  /** How participants will keep each other informed until the next meeting. */
  howToInform: string;
  /** YYYY-MM-DD, or null when no next meeting is agreed. */
  nextMeetingDate: string | null;
  otherDecisions: string;
}

/** The Y.Text an editor binds to; created with the document, see nestedType for why. */
export function agreementText(doc: Y.Doc, field: AgreementText): Y.Text {
  const existing = agreementsMap(doc).get(field);
  if (existing instanceof Y.Text) return existing;
  return doc.transact(() => nestedType(agreementsMap(doc), field, Y.Text));
}

export function setNextMeetingDate(doc: Y.Doc, date: string | null): void {
  if (date !== null && !isDateOnly(date)) throw new RangeError(`next meeting date must be YYYY-MM-DD: ${date}`);
  doc.transact(() => agreementsMap(doc).set(NEXT_MEETING_DATE, date));
}

export function readAgreements(doc: Y.Doc): Agreements {
  const map = agreementsMap(doc);
  const text = (field: AgreementText): string => {
    const value = map.get(field);
    return value instanceof Y.Text ? value.toString() : "";
  };
  const date = map.get(NEXT_MEETING_DATE);
  return {
    howToInform: text("howToInform"),
    nextMeetingDate: isDateOnly(date) ? date : null,
    otherDecisions: text("otherDecisions"),
  };
}
