import type { Attendance, ConferenceKind, Language, ParticipantRole, TaskStatus } from "@roundtable/shared";
import type { SignatureLine } from "./minutes-content.js";

/**
 * Every word the minutes PDF prints, per language. The domain words follow DOMAIN.md's table
 * (jegyzőkönyv / zápis, jelenléti ív / prezenční listina, feladat, határidő, felelős / úkol,
 * termín, odpovědná osoba) and the client's vocabulary, so the signed paper says what the
 * screens said in the room. One typed table: a missing word is a compile error, not a blank.
 */
export interface PdfLabels {
  minutes: string;
  kind: Record<ConferenceKind, string>;
  series: (index: number) => string;
  caseReference: string;
  children: string;
  purpose: string;
  date: string;
  time: string;
  scheduled: string;
  place: string;
  onlineLink: string;
  version: string;
  versionValue: (number: number, createdAt: string) => string;

  attendanceSheet: string;
  name: string;
  role: string;
  institution: string;
  presence: string;
  signature: string;
  roles: Record<ParticipantRole, string>;
  attendance: Record<Attendance, string>;
  attendanceUnknown: string;
  notExpectedToSign: string;
  /** What the person did with this version. */
  outcome: Record<SignatureLine["outcome"], string>;
  inRoom: string;
  remotely: string;
  signatureNotes: string;
  signedVersionNote: (number: number) => string;
  nobodyInvited: string;

  agendaMinutes: string;
  timeTaken: (taken: string, planned: string) => string;
  nothingRecorded: string;
  noAgenda: string;

  tasks: string;
  task: string;
  responsible: string;
  deadline: string;
  indicator: string;
  status: string;
  taskStatus: Record<TaskStatus, string>;
  noOwner: string;
  noDeadline: string;
  noTasks: string;

  agreements: string;
  howToInform: string;
  otherDecisions: string;
  nextMeeting: string;
  noNextMeeting: string;
  notRecorded: string;

  footerVersion: (number: number) => string;
  page: (page: number, of: number) => string;
}

const en: PdfLabels = {
  minutes: "Minutes",
  kind: {
    conference: "Case conference",
    consultation: "Case consultation",
    inter_professional: "Inter-professional meeting",
  },
  series: (i) => `meeting ${i} of the case's series`,
  caseReference: "Case reference",
  children: "Children",
  purpose: "Purpose",
  date: "Date",
  time: "Time",
  scheduled: "scheduled",
  place: "Place",
  onlineLink: "Online link",
  version: "Version of the minutes",
  versionValue: (n, at) => `${n}, drawn up ${at}`,

  attendanceSheet: "Attendance sheet",
  name: "Name",
  role: "Role",
  institution: "Institution",
  presence: "Attendance",
  signature: "Signature",
  roles: {
    organiser: "Organiser",
    facilitator: "Facilitator",
    note_taker: "Note taker",
    professional: "Professional",
    parent: "Parent",
    child: "Child",
    relative: "Relative",
    supporter: "Supporter",
    observer: "Observer",
  },
  attendance: { in_room: "In the room", remote: "Remote", absent: "Absent", excused: "Excused" },
  attendanceUnknown: "Not recorded",
  notExpectedToSign: "—",
  outcome: {
    signed: "Signed",
    dissent: "Dissent recorded",
    correction_requested: "Correction requested",
    missing: "Not signed",
  },
  inRoom: "in the room",
  remotely: "remotely",
  signatureNotes: "Remarks made when signing",
  signedVersionNote: (n) =>
    `The signatures refer to version ${n} of these minutes, identified by the SHA-256 hash in the footer of every page.`,
  nobodyInvited: "Nobody was invited.",

  agendaMinutes: "Minutes by agenda item",
  timeTaken: (taken, planned) => `Time taken: ${taken} (planned: ${planned})`,
  nothingRecorded: "Nothing was recorded under this item.",
  noAgenda: "The meeting had no agenda items.",

  tasks: "Tasks (cooperation plan)",
  task: "Task",
  responsible: "Responsible",
  deadline: "Deadline",
  indicator: "Success indicator",
  status: "Status",
  taskStatus: { open: "Open", in_progress: "In progress", done: "Done", dropped: "Dropped" },
  noOwner: "Not assigned",
  noDeadline: "No deadline",
  noTasks: "No tasks were agreed.",

  agreements: "Agreements",
  howToInform: "How we keep each other informed",
  otherDecisions: "Other decisions",
  nextMeeting: "Next meeting",
  noNextMeeting: "No next meeting was agreed.",
  notRecorded: "Nothing recorded.",

  footerVersion: (n) => `version ${n}`,
  page: (p, of) => `page ${p} of ${of}`,
};

const hu: PdfLabels = {
  minutes: "Jegyzőkönyv",
  kind: {
    conference: "Esetkonferencia",
    consultation: "Esetkonzultáció",
    inter_professional: "Szakmaközi megbeszélés",
  },
  series: (i) => `az eset sorozatának ${i}. megbeszélése`,
  caseReference: "Ügyazonosító",
  children: "Gyermekek",
  purpose: "A megbeszélés célja",
  date: "Dátum",
  time: "Időpont",
  scheduled: "tervezett",
  place: "Helyszín",
  onlineLink: "Online elérhetőség",
  version: "A jegyzőkönyv változata",
  versionValue: (n, at) => `${n}. változat, készült: ${at}`,

  attendanceSheet: "Jelenléti ív",
  name: "Név",
  role: "Szerep",
  institution: "Intézmény",
  presence: "Jelenlét",
  signature: "Aláírás",
  roles: {
    organiser: "Szervező",
    facilitator: "Facilitátor",
    note_taker: "Jegyzőkönyvvezető",
    professional: "Szakember",
    parent: "Szülő",
    child: "Gyermek",
    relative: "Rokon",
    supporter: "Támogató személy",
    observer: "Megfigyelő",
  },
  attendance: { in_room: "A teremben", remote: "Távolról", absent: "Távol maradt", excused: "Kimentette magát" },
  attendanceUnknown: "Nincs rögzítve",
  notExpectedToSign: "—",
  outcome: {
    signed: "Aláírta",
    dissent: "Különvéleményt rögzített",
    correction_requested: "Javítást kért",
    missing: "Nem írta alá",
  },
  inRoom: "a teremben",
  remotely: "távolról",
  signatureNotes: "Az aláíráskor tett megjegyzések",
  signedVersionNote: (n) =>
    `Az aláírások a jegyzőkönyv ${n}. változatára vonatkoznak, amelyet minden oldal láblécében szereplő SHA-256 ellenőrzőösszeg azonosít.`,
  nobodyInvited: "Senki sem volt meghívva.",

  agendaMinutes: "Napirendi pontok és feljegyzések",
  timeTaken: (taken, planned) => `Időtartam: ${taken} (tervezett: ${planned})`,
  nothingRecorded: "Ehhez a ponthoz nem készült feljegyzés.",
  noAgenda: "A megbeszélésnek nem volt napirendi pontja.",

  tasks: "Feladatok (együttműködési terv)",
  task: "Feladat",
  responsible: "Felelős",
  deadline: "Határidő",
  indicator: "Sikermutató",
  status: "Állapot",
  taskStatus: { open: "Nyitott", in_progress: "Folyamatban", done: "Teljesítve", dropped: "Elvetve" },
  noOwner: "Nincs kijelölve",
  noDeadline: "Nincs határidő",
  noTasks: "Nem született megállapodás feladatokról.",

  agreements: "Megállapodások",
  howToInform: "Hogyan tájékoztatjuk egymást",
  otherDecisions: "Egyéb döntések",
  nextMeeting: "Következő találkozó",
  noNextMeeting: "Nem született megállapodás következő találkozóról.",
  notRecorded: "Nincs rögzítve.",

  footerVersion: (n) => `${n}. változat`,
  page: (p, of) => `${p}/${of}. oldal`,
};

const cs: PdfLabels = {
  minutes: "Zápis",
  kind: {
    conference: "Případová konference",
    consultation: "Případová konzultace",
    inter_professional: "Mezioborové setkání",
  },
  series: (i) => `${i}. setkání v řadě tohoto případu`,
  caseReference: "Označení případu",
  children: "Děti",
  purpose: "Cíl setkání",
  date: "Datum",
  time: "Čas",
  scheduled: "plánováno",
  place: "Místo",
  onlineLink: "Odkaz na online připojení",
  version: "Verze zápisu",
  versionValue: (n, at) => `${n}, vyhotoveno ${at}`,

  attendanceSheet: "Prezenční listina",
  name: "Jméno",
  role: "Role",
  institution: "Instituce",
  presence: "Účast",
  signature: "Podpis",
  roles: {
    organiser: "Organizátor",
    facilitator: "Facilitátor",
    note_taker: "Zapisovatel",
    professional: "Odborník",
    parent: "Rodič",
    child: "Dítě",
    relative: "Příbuzný",
    supporter: "Podpůrná osoba",
    observer: "Pozorovatel",
  },
  attendance: { in_room: "V místnosti", remote: "Na dálku", absent: "Nepřítomen", excused: "Omluven" },
  attendanceUnknown: "Nezaznamenáno",
  notExpectedToSign: "—",
  outcome: {
    signed: "Podepsáno",
    dissent: "Nesouhlas zaznamenán",
    correction_requested: "Požádáno o opravu",
    missing: "Nepodepsáno",
  },
  inRoom: "v místnosti",
  remotely: "na dálku",
  signatureNotes: "Poznámky připojené k podpisu",
  signedVersionNote: (n) =>
    `Podpisy se vztahují k verzi ${n} tohoto zápisu, kterou určuje otisk SHA-256 v zápatí každé strany.`,
  nobodyInvited: "Nikdo nebyl pozván.",

  agendaMinutes: "Zápis podle bodů programu",
  timeTaken: (taken, planned) => `Trvání: ${taken} (plánováno: ${planned})`,
  nothingRecorded: "K tomuto bodu nebylo nic zapsáno.",
  noAgenda: "Setkání nemělo žádné body programu.",

  tasks: "Úkoly (plán spolupráce)",
  task: "Úkol",
  responsible: "Odpovědná osoba",
  deadline: "Termín",
  indicator: "Ukazatel úspěchu",
  status: "Stav",
  taskStatus: { open: "Otevřený", in_progress: "Probíhá", done: "Splněno", dropped: "Zrušeno" },
  noOwner: "Nepřiřazeno",
  noDeadline: "Bez termínu",
  noTasks: "Nebyly dohodnuty žádné úkoly.",

  agreements: "Dohody",
  howToInform: "Jak se budeme vzájemně informovat",
  otherDecisions: "Další rozhodnutí",
  nextMeeting: "Příští setkání",
  noNextMeeting: "Příští setkání nebylo dohodnuto.",
  notRecorded: "Nic nezaznamenáno.",

  footerVersion: (n) => `verze ${n}`,
  page: (p, of) => `strana ${p} z ${of}`,
};

export const PDF_LABELS: Record<Language, PdfLabels> = { en, hu, cs };

/**
 * The signature cell: what the person did and where ("signed in the room"), then when. Whoever was
 * present but has no signature line has not signed.
 */
export function signatureText(labels: PdfLabels, line: SignatureLine, at: string | null): string {
  if (line.outcome === "missing") return labels.outcome.missing;
  const where = line.inRoom ? labels.inRoom : labels.remotely;
  return `${labels.outcome[line.outcome]} ${where}${at ? `\n${at}` : ""}`;
}

/** The locale whose formats each language's documents use (British English: day before month). */
const LOCALE: Record<Language, string> = { en: "en-GB", hu: "hu-HU", cs: "cs-CZ" };

/**
 * Dates in table cells, short enough for a narrow column: 2025. 03. 14. / 14. 3. 2025 /
 * 14 Mar 2025 (Hungarian's medium style, 2025. márc. 14., would wrap).
 */
const SHORT_DATE: Record<Language, Intl.DateTimeFormatOptions> = {
  hu: { year: "numeric", month: "2-digit", day: "2-digit" },
  cs: { dateStyle: "medium" },
  en: { dateStyle: "medium" },
};

/** No-break spaces keep a date or a time on one line of a narrow cell. */
const together = (text: string) => text.replace(/ /g, "\u00a0");

/** Dates and times as a reader of that language writes them, in the service's time zone. */
export class PdfFormats {
  private readonly longDate: Intl.DateTimeFormat;
  private readonly shortDate: Intl.DateTimeFormat;
  private readonly longDayFormat: Intl.DateTimeFormat;
  private readonly shortDay: Intl.DateTimeFormat;
  private readonly clock: Intl.DateTimeFormat;
  private readonly minutes: Intl.NumberFormat;

  constructor(language: Language, timeZone: string) {
    const locale = LOCALE[language];
    this.longDate = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone });
    this.shortDate = new Intl.DateTimeFormat(locale, { ...SHORT_DATE[language], timeZone });
    // Calendar days (deadlines, the next meeting) carry no time: read and print them in UTC
    // so no time zone can move them to the day before.
    this.longDayFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
    this.shortDay = new Intl.DateTimeFormat(locale, { ...SHORT_DATE[language], timeZone: "UTC" });
    this.clock = new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone });
    this.minutes = new Intl.NumberFormat(locale, { style: "unit", unit: "minute", unitDisplay: "long" });
  }

  /** 14 March 2025 / 2025. március 14. / 14. března 2025 */
  date(iso: string): string {
    return this.longDate.format(new Date(iso));
  }

  /** 09:30 / 9:30 */
  time(iso: string): string {
    return this.clock.format(new Date(iso));
  }

  /** A moment in a table cell, kept on one line: 14 Mar 2025 12:41. */
  moment(iso: string): string {
    const at = new Date(iso);
    return together(`${this.shortDate.format(at)} ${this.clock.format(at)}`);
  }

  /** A calendar day (YYYY-MM-DD, or the date part of an ISO timestamp) in a table cell. */
  day(value: string): string {
    const at = calendarDay(value);
    return at ? together(this.shortDay.format(at)) : value;
  }

  /** A calendar day in running text: 23 May 2025 / 2025. május 23. / 23. května 2025 */
  dayInText(value: string): string {
    const at = calendarDay(value);
    return at ? this.longDayFormat.format(at) : value;
  }

  /** 18 minutes / 18 perc / 18 minut */
  duration(minutes: number): string {
    return this.minutes.format(minutes);
  }
}

function calendarDay(value: string): Date | null {
  const at = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(at.getTime()) ? null : at;
}
