import { describe, expect, it } from "vitest";
import { taskReminderLetter, type TaskReminderFacts } from "./reminder-letter.js";

const facts = (over: Partial<TaskReminderFacts>): TaskReminderFacts => ({
  language: "en",
  ownerName: "Dr. Kiss Ilona",
  title: "Refer the child to the psychologist",
  successIndicator: "the child attends the first session",
  dueDate: "2027-01-12",
  daysLeft: 3,
  timing: "before_due",
  caseReference: "KV-2026/117",
  link: "https://roundtable.example.org/tasks",
  ...over,
});

describe("the task reminder letter", () => {
  it("says the task, its indicator, the due date in the language's words, the case by reference, and the link", () => {
    const { subject, text } = taskReminderLetter(facts({}));
    expect(subject).toBe("Reminder: Refer the child to the psychologist is due on 12 January 2027 (case KV-2026/117)");
    expect(text).toContain("Dear Dr. Kiss Ilona,");
    expect(text).toContain("How we will know it worked: the child attends the first session");
    expect(text).toContain("It is due on 12 January 2027, in 3 days.");
    expect(text).toContain("Your tasks: https://roundtable.example.org/tasks");
  });

  it("counts in each language's plural forms, and says when it is due today or overdue", () => {
    expect(taskReminderLetter(facts({ daysLeft: 1 })).text).toContain("in 1 day.");
    expect(taskReminderLetter(facts({ daysLeft: 0 })).text).toContain("It is due today, 12 January 2027.");
    const overdue = taskReminderLetter(facts({ daysLeft: -1, timing: "overdue" }));
    expect(overdue.subject).toBe(
      "Overdue task: Refer the child to the psychologist (due 12 January 2027, case KV-2026/117)",
    );
    expect(overdue.text).toContain("It was due on 12 January 2027, 1 day ago.");
    expect(taskReminderLetter(facts({ language: "cs", daysLeft: 2 })).text).toContain(
      "Termín je 12. ledna 2027, za 2 dny.",
    );
    expect(taskReminderLetter(facts({ language: "cs", daysLeft: 5 })).text).toContain("za 5 dní.");
    expect(taskReminderLetter(facts({ language: "cs", daysLeft: -1, timing: "overdue" })).text).toContain(
      "před 1 dnem",
    );
    expect(taskReminderLetter(facts({ language: "hu", daysLeft: -4, timing: "overdue" })).text).toContain(
      "A határidő 2027. január 12. volt, 4 napja lejárt.",
    );
  });

  it("leaves out the indicator line when the task has none", () => {
    const { text } = taskReminderLetter(facts({ language: "hu", successIndicator: null }));
    expect(text).not.toContain("Miből látjuk");
    expect(text).toContain("Határidő: 2027. január 12.");
  });
});
