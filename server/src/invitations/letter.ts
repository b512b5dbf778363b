import type { ConferenceKind, Language, ParticipantRole, Profession } from "@roundtable/shared";
import { dayWords, meetingTime } from "./when.js";
import { WORDS, type LetterKind, type LetterWords } from "./words/index.js";

/** Someone on the letter's list of expected participants, or its recipient. */
export interface LetterPerson {
  name: string;
  role: ParticipantRole;
  institution: string | null;
  /** A member of the family: named only by role in the list, so the letter never names the family. */
  family: boolean;
}

/** How the recipient joins: a new personal link, the link from the invitation, or (staff) the conference page. */
export type JoinLink =
  { kind: "guest"; url: string; expiresAt: Date } | { kind: "earlier" } | { kind: "staff"; url: string };

/** Everything one letter says; nothing else reaches it (no family name, no children, no reporter). */
export interface LetterFacts {
  letter: LetterKind;
  language: Language;
  timeZone: string;
  conference: {
    kind: ConferenceKind;
    purpose: string;
    start: Date;
    durationMinutes: number;
    place: string | null;
    onlineLink: string | null;
    /** The case reference: the family's neutral name. */
    reference: string;
  };
  organiser: { name: string; profession: Profession | null; service: string | null };
  recipient: LetterPerson;
  participants: LetterPerson[];
  /** Null in a cancellation. */
  join: JoinLink | null;
  /** For an update: what changed, and when (and how long) the meeting was planned before. */
  changed?: { time: boolean; place: boolean; previousStart: Date | null; previousDurationMinutes?: number };
}

export interface Letter {
  subject: string;
  text: string;
  html: string;
}

type Block =
  | { kind: "paragraph"; text: string }
  | { kind: "facts"; rows: { label: string; value: string; link?: boolean }[] }
  | { kind: "list"; title: string; items: string[] }
  | { kind: "link"; intro: string; url: string; note: string | null }
  | { kind: "lines"; lines: string[] }
  | { kind: "footer"; text: string };

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The expected participants: professionals with name, role and institution; the family by role
 * alone ("parent (2)"), since the letter goes to every professional and must not name the family.
 */
export function participantLines(people: LetterPerson[], words: LetterWords): string[] {
  const named = people
    .filter((p) => !p.family)
    .map((p) => `${p.name} – ${[words.roles[p.role], p.institution].filter(Boolean).join(", ")}`);
  const familyRoles = new Map<ParticipantRole, number>();
  for (const p of people.filter((x) => x.family)) familyRoles.set(p.role, (familyRoles.get(p.role) ?? 0) + 1);
  const family = [...familyRoles].map(([role, n]) => capital(words.roles[role]) + (n > 1 ? ` (${n})` : ""));
  return [...named, ...family];
}

function blocks(f: LetterFacts, words: LetterWords): Block[] {
  const c = f.conference;
  const when = meetingTime(c.start, c.durationMinutes, f.timeZone, words.locale);
  const previousWhen = f.changed?.previousStart
    ? meetingTime(
        f.changed.previousStart,
        f.changed.previousDurationMinutes ?? c.durationMinutes,
        f.timeZone,
        words.locale,
      ).full
    : null;
  const opening = words.opening(f.letter, {
    conferenceKind: c.kind,
    reference: c.reference,
    toFamily: f.recipient.family,
    institution: f.recipient.institution,
    when: when.full,
    changed: { time: f.changed?.time ?? false, place: f.changed?.place ?? false, previousWhen },
  });
  const signature: Block = {
    kind: "lines",
    lines: [
      words.closing,
      "",
      f.organiser.name,
      ...[words.organiserTitle(f.organiser.profession), f.organiser.service].filter((x): x is string => !!x),
    ],
  };
  const footer: Block = { kind: "footer", text: words.footer };
  const greeting: Block = { kind: "paragraph", text: words.greeting(f.recipient.name) };
  const paragraphs = opening.map((text): Block => ({ kind: "paragraph", text }));
  if (f.letter === "cancellation" || f.letter === "withdrawal") return [greeting, ...paragraphs, signature, footer];

  const rows = [
    { label: words.labels.purpose, value: c.purpose },
    { label: words.labels.time(c.kind), value: when.full },
    { label: words.labels.duration, value: when.duration },
    ...(c.place ? [{ label: words.labels.place, value: c.place }] : []),
    ...(c.onlineLink ? [{ label: words.labels.online, value: c.onlineLink, link: true }] : []),
  ];
  const join: Block[] =
    f.join?.kind === "guest"
      ? [
          {
            kind: "link",
            intro: words.guestLink.intro,
            url: f.join.url,
            note: words.guestLink.note(dayWords(f.join.expiresAt, f.timeZone, words.locale)),
          },
        ]
      : f.join?.kind === "staff"
        ? [{ kind: "link", intro: words.staffLink, url: f.join.url, note: null }]
        : f.join?.kind === "earlier"
          ? [{ kind: "paragraph", text: words.earlierLink }]
          : [];
  return [
    greeting,
    ...paragraphs,
    { kind: "facts", rows },
    { kind: "list", title: words.labels.participants(c.kind), items: participantLines(f.participants, words) },
    ...join,
    signature,
    footer,
  ];
}

function toText(parts: Block[]): string {
  const out = parts.map((b) => {
    switch (b.kind) {
      case "paragraph":
      case "footer":
        return b.text;
      case "facts":
        return b.rows.map((r) => `${r.label}: ${r.value}`).join("\n");
      case "list":
        return [`${b.title}:`, ...b.items.map((i) => `- ${i}`)].join("\n");
      case "link":
        return [b.intro, b.url, ...(b.note ? ["", b.note] : [])].join("\n");
      case "lines":
        return b.lines.join("\n");
    }
  });
  return `${out.join("\n\n")}\n`;
}

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch,
  );
}

const anchor = (url: string) => `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;

function toHtml(parts: Block[], language: Language, subject: string): string {
  const body = parts.map((b) => {
    switch (b.kind) {
      case "paragraph":
        return `<p>${escapeHtml(b.text)}</p>`;
      case "footer":
        return `<p style="color:#555;font-size:smaller">${escapeHtml(b.text)}</p>`;
      case "facts":
        return `<table role="presentation">${b.rows
          .map(
            (r) =>
              `<tr><th style="text-align:left;vertical-align:top;padding-right:1em">${escapeHtml(r.label)}</th>` +
              `<td>${r.link ? anchor(r.value) : escapeHtml(r.value)}</td></tr>`,
          )
          .join("")}</table>`;
      case "list":
        return `<p>${escapeHtml(b.title)}:</p><ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`;
      case "link":
        return (
          `<p>${escapeHtml(b.intro)}<br><strong>${anchor(b.url)}</strong></p>` +
          (b.note ? `<p>${escapeHtml(b.note)}</p>` : "")
        );
      case "lines":
        return `<p>${b.lines.map(escapeHtml).join("<br>")}</p>`;
    }
  });
  return (
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="font-family:sans-serif;line-height:1.5">${body.join("\n")}</body></html>\n`
  );
}

/** The letter in the conference's language, as plain text and as simple HTML with the same words. */
export function composeLetter(f: LetterFacts): Letter {
  const words = WORDS[f.language];
  const date = meetingTime(f.conference.start, f.conference.durationMinutes, f.timeZone, words.locale).date;
  const subject = words.subject(f.letter, f.conference.kind, date, f.conference.reference);
  const parts = blocks(f, words);
  return { subject, text: toText(parts), html: toHtml(parts, f.language, subject) };
}

/**
 * The calendar entry's own words: its neutral title, the purpose and how to join, in the
 * letter's language (a calendar keeps the last message's description, not the letter).
 */
export function calendarWords(f: LetterFacts): { summary: string; description: string } {
  const words = WORDS[f.language];
  const join =
    f.join?.kind === "guest"
      ? [words.guestLink.intro, f.join.url]
      : f.join?.kind === "staff"
        ? [words.staffLink, f.join.url]
        : f.join?.kind === "earlier"
          ? [words.earlierLink]
          : [];
  return {
    summary: words.calendarSummary(f.conference.kind, f.conference.reference),
    description: [`${words.labels.purpose}: ${f.conference.purpose}`, ...(join.length ? ["", ...join] : [])].join("\n"),
  };
}
