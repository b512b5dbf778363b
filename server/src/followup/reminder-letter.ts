import type { Language } from "@roundtable/shared";
import type { ReminderTiming } from "./reminder.entity.js";
import type { LocalDate } from "./working-days.js";

/** What a task reminder says: the task, its indicator, the due date, the case by its reference. */
export interface TaskReminderFacts {
  language: Language;
  ownerName: string;
  title: string;
  successIndicator: string | null;
  dueDate: LocalDate;
  /** Days from today to the due date: 0 due today, negative overdue. */
  daysLeft: number;
  timing: ReminderTiming;
  /** The case's neutral reference; never the family's or the reporter's name. */
  caseReference: string;
  /** Where the owner sees and updates their tasks. */
  link: string;
}

const LOCALES: Record<Language, string> = { en: "en-GB", hu: "hu-HU", cs: "cs-CZ" };

/** A local date in the language's long format ("12 January 2027", "2027. január 12.", "12. ledna 2027"). */
export function longDate(date: LocalDate, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

interface Words {
  subject(f: TaskReminderFacts, due: string): string;
  greeting(name: string): string;
  intro(f: TaskReminderFacts): string;
  when(f: TaskReminderFacts, due: string): string;
  task: string;
  indicator: string;
  due: string;
  link: string;
  closing: string;
}

/** n in the language's plural form: `#` in the chosen form is the number. */
export const plural = (language: Language, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>>) =>
  (forms[new Intl.PluralRules(LOCALES[language]).select(n)] ?? forms.other ?? "").replace("#", String(n));

const WORDS: Record<Language, Words> = {
  en: {
    subject: (f, due) =>
      f.timing === "overdue"
        ? `Overdue task: ${f.title} (due ${due}, case ${f.caseReference})`
        : `Reminder: ${f.title} is due on ${due} (case ${f.caseReference})`,
    greeting: (name) => `Dear ${name},`,
    intro: (f) => `this is a reminder of a task you took on in the cooperation plan of case ${f.caseReference}.`,
    when: (f, due) =>
      f.daysLeft < 0
        ? `It was due on ${due}, ${plural("en", -f.daysLeft, { one: "# day ago", other: "# days ago" })}. If it is done, or no longer needed, please mark it so; if it needs more time, please tell the case manager.`
        : f.daysLeft === 0
          ? `It is due today, ${due}.`
          : `It is due on ${due}, ${plural("en", f.daysLeft, { one: "in # day", other: "in # days" })}.`,
    task: "Task",
    indicator: "How we will know it worked",
    due: "Due date",
    link: "Your tasks",
    closing: "Thank you for your work with the family.",
  },
  hu: {
    subject: (f, due) =>
      f.timing === "overdue"
        ? `Lejárt határidejű feladat: ${f.title} (határidő: ${due}, ügy: ${f.caseReference})`
        : `Emlékeztető: ${f.title} – határidő: ${due} (ügy: ${f.caseReference})`,
    greeting: (name) => `Kedves ${name}!`,
    intro: (f) =>
      `Emlékeztetjük egy feladatra, amelyet az együttműködési tervben vállalt (ügyszám: ${f.caseReference}).`,
    when: (f, due) =>
      f.daysLeft < 0
        ? `A határidő ${due} volt, ${-f.daysLeft} napja lejárt. Ha a feladat elkészült vagy már nem szükséges, kérjük, jelölje így; ha több időre van szükség, kérjük, jelezze az esetgazdának.`
        : f.daysLeft === 0
          ? `A határidő ma van (${due}).`
          : `A határidő: ${due}, ${f.daysLeft} nap múlva.`,
    task: "Feladat",
    indicator: "Miből látjuk, hogy sikerült",
    due: "Határidő",
    link: "Az Ön feladatai",
    closing: "Köszönjük a családért végzett munkáját.",
  },
  cs: {
    subject: (f, due) =>
      f.timing === "overdue"
        ? `Úkol po termínu: ${f.title} (termín ${due}, případ ${f.caseReference})`
        : `Připomínka: ${f.title} – termín ${due} (případ ${f.caseReference})`,
    greeting: (name) => `Dobrý den, ${name},`,
    intro: (f) => `připomínáme úkol, který jste převzal(a) v plánu spolupráce případu ${f.caseReference}.`,
    when: (f, due) =>
      f.daysLeft < 0
        ? `Termín byl ${due}, ${plural("cs", -f.daysLeft, { one: "před # dnem", other: "před # dny" })}. Pokud je úkol splněn nebo již není potřeba, označte jej prosím; pokud potřebujete více času, dejte prosím vědět sociálnímu pracovníkovi.`
        : f.daysLeft === 0
          ? `Termín je dnes, ${due}.`
          : `Termín je ${due}, ${plural("cs", f.daysLeft, { one: "za # den", few: "za # dny", other: "za # dní" })}.`,
    task: "Úkol",
    indicator: "Podle čeho poznáme, že se to podařilo",
    due: "Termín",
    link: "Vaše úkoly",
    closing: "Děkujeme za Vaši práci s rodinou.",
  },
};

/** The reminder's subject and plain text, in the conference's language. */
export function taskReminderLetter(f: TaskReminderFacts): { subject: string; text: string } {
  const w = WORDS[f.language];
  const due = longDate(f.dueDate, f.language);
  const lines = [
    w.greeting(f.ownerName),
    "",
    w.intro(f),
    "",
    `${w.task}: ${f.title}`,
    ...(f.successIndicator ? [`${w.indicator}: ${f.successIndicator}`] : []),
    `${w.due}: ${due}`,
    "",
    w.when(f, due),
    "",
    `${w.link}: ${f.link}`,
    "",
    w.closing,
    "",
    "Roundtable",
  ];
  return { subject: w.subject(f, due), text: `${lines.join("\n")}\n` };
}
