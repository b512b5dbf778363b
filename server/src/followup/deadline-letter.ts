import type { Language } from "@roundtable/shared";
import { longDate, plural } from "./reminder-letter.js";
import type { ReminderTiming } from "./reminder.entity.js";
import type { LocalDate } from "./working-days.js";

/** The case's own deadlines that are reminded (tasks have their own letter). */
export type CaseDeadlineKind = "minutes" | "next_conference" | "evaluation";

/** What a reminder of a case's deadline says; the case only by its reference. */
export interface DeadlineReminderFacts {
  kind: CaseDeadlineKind;
  language: Language;
  recipientName: string;
  timing: ReminderTiming;
  dueDate: LocalDate;
  /** Days from today to the due date: 0 due today, negative overdue. */
  daysLeft: number;
  /** The meeting (minutes, next conference) or the last evaluation or opening (evaluation). */
  since: LocalDate;
  /** The next conference: the first day of its range; the due date itself when the meeting agreed one. */
  windowStart: LocalDate | null;
  /** The case's neutral reference; never the family's or the reporter's name. */
  caseReference: string;
  /** The conference page (minutes) or the case page. */
  link: string;
  minutesWorkingDays: number;
  evaluationMonths: number;
}

type Dates = { due: string; since: string; windowStart: string };

interface Words {
  subject: Record<CaseDeadlineKind, (f: DeadlineReminderFacts, d: Dates) => string>;
  overdueSubject: Record<CaseDeadlineKind, (f: DeadlineReminderFacts, d: Dates) => string>;
  greeting(name: string): string;
  /** What is due by when, and what to do about it. */
  body: Record<CaseDeadlineKind, (f: DeadlineReminderFacts, d: Dates) => string[]>;
  when(f: DeadlineReminderFacts): string;
  link: { conference: string; case: string };
  closing: string;
}

const agreed = (f: DeadlineReminderFacts) => f.windowStart === f.dueDate;

const WORDS: Record<Language, Words> = {
  en: {
    subject: {
      minutes: (f, d) => `Minutes due by ${d.due} (case ${f.caseReference})`,
      next_conference: (f, d) => `Next conference due by ${d.due} (case ${f.caseReference})`,
      evaluation: (f, d) => `Evaluation with the family due by ${d.due} (case ${f.caseReference})`,
    },
    overdueSubject: {
      minutes: (f, d) => `Minutes overdue since ${d.due} (case ${f.caseReference})`,
      next_conference: (f, d) => `Next conference overdue since ${d.due} (case ${f.caseReference})`,
      evaluation: (f, d) => `Evaluation with the family overdue since ${d.due} (case ${f.caseReference})`,
    },
    greeting: (name) => `Dear ${name},`,
    body: {
      minutes: (f, d) => [
        `the minutes of the meeting held on ${d.since} in case ${f.caseReference} are to be signed and sent to every invitee within ${plural("en", f.minutesWorkingDays, { one: "# working day", other: "# working days" })}, by ${d.due}.`,
        "Once everyone present has signed, they go out by themselves; otherwise you can close them with the missing signatures listed, or reopen them for amendment.",
      ],
      next_conference: (f, d) => [
        agreed(f)
          ? `the meeting held on ${d.since} in case ${f.caseReference} agreed to meet again on ${d.due}.`
          : `the next conference of the series in case ${f.caseReference} is due between ${d.windowStart} and ${d.due}, after the one held on ${d.since}.`,
        "Please schedule it and send the invitations.",
      ],
      evaluation: (f, d) => [
        `case work in case ${f.caseReference} is evaluated with the family at least every ${plural("en", f.evaluationMonths, { one: "month", other: "# months" })}. The last evaluation (or the case's opening) was on ${d.since}, so the next is due by ${d.due}.`,
        "A case conference the family takes part in counts as one.",
      ],
    },
    when: (f) =>
      f.daysLeft < 0
        ? `It is ${plural("en", -f.daysLeft, { one: "# day", other: "# days" })} overdue.`
        : f.daysLeft === 0
          ? "It is due today."
          : `That is ${plural("en", f.daysLeft, { one: "in # day", other: "in # days" })}.`,
    link: { conference: "The conference", case: "The case" },
    closing: "Thank you for your work with the family.",
  },
  hu: {
    subject: {
      minutes: (f, d) => `Jegyzőkönyv határideje: ${d.due} (ügy: ${f.caseReference})`,
      next_conference: (f, d) => `Esedékes a következő esetkonferencia: ${d.due} (ügy: ${f.caseReference})`,
      evaluation: (f, d) => `Esedékes a családdal közös értékelés: ${d.due} (ügy: ${f.caseReference})`,
    },
    overdueSubject: {
      minutes: (f, d) => `Lejárt határidő: jegyzőkönyv, ${d.due} (ügy: ${f.caseReference})`,
      next_conference: (f, d) => `Lejárt határidő: következő esetkonferencia, ${d.due} (ügy: ${f.caseReference})`,
      evaluation: (f, d) => `Lejárt határidő: családdal közös értékelés, ${d.due} (ügy: ${f.caseReference})`,
    },
    greeting: (name) => `Kedves ${name}!`,
    body: {
      minutes: (f, d) => [
        `Az ügyben (ügyszám: ${f.caseReference}) ${d.since} napon tartott megbeszélés jegyzőkönyvét ${f.minutesWorkingDays} munkanapon belül, legkésőbb ${d.due} napig alá kell íratni és minden meghívottnak meg kell küldeni.`,
        "Ha minden jelenlévő aláírta, a jegyzőkönyv magától kimegy; ha nem, lezárható a hiányzó aláírások feltüntetésével, vagy javításra újra megnyitható.",
      ],
      next_conference: (f, d) => [
        agreed(f)
          ? `Az ügyben (ügyszám: ${f.caseReference}) ${d.since} napon tartott megbeszélésen abban állapodtak meg, hogy ${d.due} napon találkoznak újra.`
          : `Az ügyben (ügyszám: ${f.caseReference}) a sorozat következő esetkonferenciája ${d.windowStart} és ${d.due} között esedékes (az előző ${d.since} napon volt).`,
        "Kérjük, tűzze ki az időpontját, és küldje ki a meghívókat.",
      ],
      evaluation: (f, d) => [
        `Az esetmunkát legalább ${f.evaluationMonths} havonta értékelni kell a családdal (ügyszám: ${f.caseReference}). Az előző értékelés (vagy az ügy megnyitása) ${d.since} napon volt, így a következő legkésőbb ${d.due} napig esedékes.`,
        "Értékelésnek számít minden esetkonferencia, amelyen a család részt vesz.",
      ],
    },
    when: (f) =>
      f.daysLeft < 0
        ? `A határidő ${-f.daysLeft} napja lejárt.`
        : f.daysLeft === 0
          ? "A határidő ma van."
          : `A határidőig ${f.daysLeft} nap van hátra.`,
    link: { conference: "Az esetkonferencia", case: "Az ügy" },
    closing: "Köszönjük a családért végzett munkáját.",
  },
  cs: {
    subject: {
      minutes: (f, d) => `Termín zápisu: ${d.due} (případ ${f.caseReference})`,
      next_conference: (f, d) => `Další případová konference do ${d.due} (případ ${f.caseReference})`,
      evaluation: (f, d) => `Vyhodnocení s rodinou do ${d.due} (případ ${f.caseReference})`,
    },
    overdueSubject: {
      minutes: (f, d) => `Zápis po termínu: ${d.due} (případ ${f.caseReference})`,
      next_conference: (f, d) => `Další případová konference po termínu: ${d.due} (případ ${f.caseReference})`,
      evaluation: (f, d) => `Vyhodnocení s rodinou po termínu: ${d.due} (případ ${f.caseReference})`,
    },
    greeting: (name) => `Dobrý den, ${name},`,
    body: {
      minutes: (f, d) => [
        `zápis z jednání konaného ${d.since} v případu ${f.caseReference} má být podepsán a rozeslán všem pozvaným do ${plural("cs", f.minutesWorkingDays, { one: "# pracovního dne", other: "# pracovních dnů" })}, tedy do ${d.due}.`,
        "Jakmile jej podepíší všichni přítomní, rozešle se sám; jinak jej můžete uzavřít se seznamem chybějících podpisů, nebo znovu otevřít k opravě.",
      ],
      next_conference: (f, d) => [
        agreed(f)
          ? `na jednání konaném ${d.since} v případu ${f.caseReference} jste se dohodli na dalším setkání dne ${d.due}.`
          : `další případová konference v případu ${f.caseReference} má proběhnout mezi ${d.windowStart} a ${d.due} (předchozí se konala ${d.since}).`,
        "Naplánujte ji prosím a rozešlete pozvánky.",
      ],
      evaluation: (f, d) => [
        `práce na případu ${f.caseReference} se s rodinou vyhodnocuje nejméně jednou za ${plural("cs", f.evaluationMonths, { one: "měsíc", few: "# měsíce", other: "# měsíců" })}. Poslední vyhodnocení (nebo otevření případu) proběhlo ${d.since}, další je tedy třeba do ${d.due}.`,
        "Za vyhodnocení se počítá každá případová konference, které se rodina účastní.",
      ],
    },
    when: (f) =>
      f.daysLeft < 0
        ? `Termín uplynul ${plural("cs", -f.daysLeft, { one: "před # dnem", other: "před # dny" })}.`
        : f.daysLeft === 0
          ? "Termín je dnes."
          : `Zbývá ${plural("cs", f.daysLeft, { one: "# den", few: "# dny", other: "# dní" })}.`,
    link: { conference: "Případová konference", case: "Případ" },
    closing: "Děkujeme za Vaši práci s rodinou.",
  },
};

/** The reminder's subject and plain text, in the language of the case's conferences. */
export function deadlineReminderLetter(f: DeadlineReminderFacts): { subject: string; text: string } {
  const w = WORDS[f.language];
  const dates: Dates = {
    due: longDate(f.dueDate, f.language),
    since: longDate(f.since, f.language),
    windowStart: longDate(f.windowStart ?? f.dueDate, f.language),
  };
  const subject = (f.timing === "overdue" ? w.overdueSubject : w.subject)[f.kind](f, dates);
  const [what, action] = w.body[f.kind](f, dates);
  const lines = [
    w.greeting(f.recipientName),
    "",
    what,
    w.when(f),
    "",
    action,
    "",
    `${f.kind === "minutes" ? w.link.conference : w.link.case}: ${f.link}`,
    "",
    w.closing,
    "",
    "Roundtable",
  ];
  return { subject, text: `${lines.join("\n")}\n` };
}
