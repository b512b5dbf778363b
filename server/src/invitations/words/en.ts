import type { ConferenceKind } from "@roundtable/shared";
import type { LetterWords, OpeningFacts } from "./words.js";

const KINDS: Record<ConferenceKind, { name: string; a: string }> = {
  conference: { name: "case conference", a: "a case conference" },
  consultation: { name: "case consultation", a: "a case consultation" },
  inter_professional: { name: "inter-professional meeting", a: "an inter-professional meeting" },
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const family = (f: OpeningFacts) => (f.toFamily ? "your family" : "a family we work with");

function changed(c: OpeningFacts["changed"]): string {
  if (c.time && c.place) return "time and place have";
  return c.time ? "time has" : "place has";
}

export const en: LetterWords = {
  locale: "en-GB",
  roles: {
    organiser: "organiser",
    facilitator: "facilitator",
    note_taker: "note taker",
    professional: "professional",
    parent: "parent",
    child: "child",
    relative: "relative",
    supporter: "supporter",
    observer: "observer",
  },
  subject(letter, kind, date, reference) {
    const k = KINDS[kind];
    if (letter === "invitation") return `Invitation to ${k.a}: ${date} (case ${reference})`;
    if (letter === "update") return `Changed: the ${k.name} on ${date} (case ${reference})`;
    if (letter === "withdrawal") return `Invitation withdrawn: the ${k.name} on ${date} (case ${reference})`;
    return `Cancelled: the ${k.name} on ${date} (case ${reference})`;
  },
  greeting: (name) => `Dear ${name},`,
  opening(letter, f) {
    const k = KINDS[f.conferenceKind];
    if (letter === "update") {
      return [
        `I am writing to let you know that the ${changed(f.changed)} changed for the ${k.name} about ${family(f)} (case reference ${f.reference}).` +
          (f.changed.time && f.changed.previousWhen ? ` It was planned for ${f.changed.previousWhen}.` : ""),
        ...(f.changed.time ? ["Please let us know again whether you can come at the new time."] : []),
        `The ${k.name} as it now stands:`,
      ];
    }
    if (letter === "withdrawal") {
      return [
        `I am writing to let you know that the participants of the ${k.name} about ${family(f)} (case reference ${f.reference}), planned for ${f.when}, have changed, and your invitation to it is withdrawn.`,
        "If you think this is a mistake, please let me know. Thank you for your understanding.",
      ];
    }
    if (letter === "cancellation") {
      return [
        `I am sorry to let you know that the ${k.name} about ${family(f)} (case reference ${f.reference}), planned for ${f.when}, will not take place.`,
        "If we agree on a new date, we will send you a new invitation. Thank you for your understanding.",
      ];
    }
    const asWhom = f.toFamily
      ? ", and I warmly invite you to it"
      : f.institution
        ? `, and I would like to invite you to it as the member of staff of ${f.institution} who is in contact with the family`
        : ", and I would like to invite you to it as a professional who is in contact with the family";
    const withWhom =
      f.conferenceKind === "consultation"
        ? "with the professionals who work with them, with the family's knowledge"
        : "with the professionals who work with them and with the family members concerned";
    return [
      `I am writing to let you know that we are holding ${k.a} about ${family(f)} (case reference ${f.reference})${asWhom}.`,
      `Our aim is to meet, for the family's sake, ${withWhom}, and to find together the most suitable ways and forms of help, so that the family, finding its own resources, can solve its present difficulties.`,
      f.toFamily
        ? "We are inviting you because we are there for you: we trust that your own experience and ideas will help our work together."
        : "We are inviting you to this meeting trusting that the experience you have gained in your own field will be a real help.",
    ];
  },
  labels: {
    purpose: "Purpose of the meeting",
    time: (kind) => `Time of the ${KINDS[kind].name}`,
    duration: "Duration",
    place: "Place",
    online: "Join online",
    participants: (kind) => `Expected participants of the ${KINDS[kind].name}`,
  },
  guestLink: {
    intro: "Your personal link, to tell us whether you can come and to join the meeting:",
    note: (expires) =>
      "This link is for you alone; please do not forward it. It replaces any link you received earlier for this meeting, which no longer works. " +
      `It expires on ${expires}.`,
  },
  earlierLink:
    "The personal link in your invitation still works: use it to tell us whether you can come and to join the meeting.",
  staffLink: "The meeting's page (after signing in, you can tell us there whether you can come):",
  closing: "Yours sincerely,",
  organiserTitle: (profession) =>
    profession === "case_manager"
      ? "case manager"
      : profession === "family_support_worker"
        ? "family support worker"
        : null,
  calendarSummary: (kind, reference) => `${capital(KINDS[kind].name)} (case ${reference})`,
  footer:
    "We sent this letter on behalf of the organiser. It contains confidential information: if you received it by mistake, please delete it and let the organiser know.",
};
