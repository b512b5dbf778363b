import { describe, expect, it } from "vitest";
import { deadlineReminderLetter, type DeadlineReminderFacts } from "./deadline-letter.js";

const facts = (over: Partial<DeadlineReminderFacts>): DeadlineReminderFacts => ({
  kind: "next_conference",
  language: "en",
  recipientName: "Szabó Réka",
  timing: "before_due",
  dueDate: "2027-04-05",
  daysLeft: 1,
  since: "2027-01-04",
  windowStart: "2027-03-01",
  caseReference: "KV-2026/117",
  link: "https://roundtable.example.org/cases/1",
  minutesWorkingDays: 1,
  evaluationMonths: 6,
  ...over,
});

describe("the reminder of a case's deadline", () => {
  it("says the date the meeting agreed, when it agreed one, instead of the range", () => {
    const { text } = deadlineReminderLetter(facts({ windowStart: "2027-04-05" }));
    expect(text).toContain(
      "the meeting held on 4 January 2027 in case KV-2026/117 agreed to meet again on 5 April 2027.",
    );
    expect(text).toContain("That is in 1 day.");
  });

  it("counts in each language's plural forms, overdue too", () => {
    const minutes = facts({ kind: "minutes", timing: "overdue", daysLeft: -2 });
    expect(deadlineReminderLetter(minutes).text).toContain("within 1 working day, by 5 April 2027.");
    expect(deadlineReminderLetter(minutes).text).toContain("It is 2 days overdue.");
    const cs = deadlineReminderLetter({ ...minutes, language: "cs", minutesWorkingDays: 5 });
    expect(cs.subject).toBe("Zápis po termínu: 5. dubna 2027 (případ KV-2026/117)");
    expect(cs.text).toContain("do 5 pracovních dnů, tedy do 5. dubna 2027.");
    expect(cs.text).toContain("Termín uplynul před 2 dny.");
    const hu = deadlineReminderLetter({ ...facts({ kind: "evaluation", daysLeft: 0 }), language: "hu" });
    expect(hu.subject).toBe("Esedékes a családdal közös értékelés: 2027. április 5. (ügy: KV-2026/117)");
    expect(hu.text).toContain("A határidő ma van.");
  });
});
