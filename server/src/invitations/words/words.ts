import type { ConferenceKind, ParticipantRole, Profession } from "@roundtable/shared";

/** Which letter: the first invitation, a change of time or place, a cancellation, or a withdrawal. */
/** A withdrawal: one participant removed from a conference they were invited to (a CANCEL for them alone). */
export type LetterKind = "invitation" | "update" | "cancellation" | "withdrawal";

/** What the opening paragraphs need to know about the letter. */
export interface OpeningFacts {
  conferenceKind: ConferenceKind;
  /** The case reference: the family's neutral name in every letter. */
  reference: string;
  /** Writing to a member of the family, not to a professional. */
  toFamily: boolean;
  /** The recipient's institution, when a professional has one. */
  institution: string | null;
  /** The meeting's time in words, for updates and cancellations. */
  when: string;
  /** For an update: what changed, and the time it was planned for before. */
  changed: { time: boolean; place: boolean; previousWhen: string | null };
}

/**
 * One language's words for the letters. Functions where grammar depends on the facts (Hungarian
 * articles and cases, Czech genders), plain strings elsewhere; the letter's structure is shared.
 */
export interface LetterWords {
  /** For Intl date, time, duration and list formats. */
  locale: string;
  roles: Record<ParticipantRole, string>;
  subject(letter: LetterKind, kind: ConferenceKind, date: string, reference: string): string;
  greeting(name: string): string;
  /** The opening paragraphs of each letter (the template's words for the invitation). */
  opening(letter: LetterKind, facts: OpeningFacts): string[];
  labels: {
    purpose: string;
    time: (kind: ConferenceKind) => string;
    duration: string;
    place: string;
    online: string;
    participants: (kind: ConferenceKind) => string;
  };
  /** A new personal link in this letter, with what the guest must know about it. */
  guestLink: { intro: string; note: (expires: string) => string };
  /** An update to a guest whose link from the invitation still works. */
  earlierLink: string;
  /** Staff join from the conference page after signing in. */
  staffLink: string;
  closing: string;
  /** The organiser's title under the signature, for the professions the template names. */
  organiserTitle(profession: Profession | null): string | null;
  /** The calendar entry's title, neutral like the subject. */
  calendarSummary(kind: ConferenceKind, reference: string): string;
  /** Why the mail came from this service, at the end of every letter. */
  footer: string;
}
