import { describe, expect, it } from "vitest";
import { createAppI18n } from "../i18n";
import type { Locale } from "../i18n/define";
import { activityCsvHref, countdown, orderDeadlines, pluralForm, urgency } from "./deadlines";
import { buildDeadline } from "./test-support";

function words(locale: Locale) {
  const { t } = createAppI18n(locale).global;
  return (d: Parameters<typeof countdown>[0]) => countdown(d, (key, values) => t(key, values ?? {}), locale);
}

describe("orderDeadlines", () => {
  it("puts overdue deadlines first, the longest overdue first, then by due date, met ones last", () => {
    const list = [
      buildDeadline({ id: "later", dueDate: "2026-05-01", daysLeft: 60 }),
      buildDeadline({ id: "met minutes", kind: "MINUTES", dueDate: "2026-01-02", met: true, daysLeft: -60 }),
      buildDeadline({ id: "overdue recently", dueDate: "2026-02-27", overdue: true, daysLeft: -3 }),
      buildDeadline({ id: "soon", dueDate: "2026-03-04", daysLeft: 2 }),
      buildDeadline({ id: "overdue long ago", dueDate: "2026-01-15", overdue: true, daysLeft: -46 }),
    ];
    expect(orderDeadlines(list).map((d) => d.id)).toEqual([
      "overdue long ago",
      "overdue recently",
      "soon",
      "later",
      "met minutes",
    ]);
  });

  it("puts the meeting's paperwork before the series, the evaluation and tasks on the same day", () => {
    const day = "2026-03-10";
    const list = [
      buildDeadline({ id: "task:a", kind: "TASK", dueDate: day }),
      buildDeadline({ id: "evaluation:c", kind: "EVALUATION", dueDate: day }),
      buildDeadline({ id: "next_conference:c", kind: "NEXT_CONFERENCE", dueDate: day }),
      buildDeadline({ id: "minutes:m", kind: "MINUTES", dueDate: day }),
    ];
    expect(orderDeadlines(list).map((d) => d.kind)).toEqual(["MINUTES", "NEXT_CONFERENCE", "EVALUATION", "TASK"]);
  });
});

describe("urgency", () => {
  it("tells overdue, due within a week, later and met apart", () => {
    expect(urgency(buildDeadline({ overdue: true, daysLeft: -1 }))).toBe("overdue");
    expect(urgency(buildDeadline({ daysLeft: 7 }))).toBe("soon");
    expect(urgency(buildDeadline({ daysLeft: 8 }))).toBe("later");
    expect(urgency(buildDeadline({ met: true, daysLeft: -20 }))).toBe("met");
  });
});

describe("countdown", () => {
  it("says how many days are left or overdue in English", () => {
    const say = words("en");
    expect(say(buildDeadline({ daysLeft: 1 }))).toBe("1 day left");
    expect(say(buildDeadline({ daysLeft: 12 }))).toBe("12 days left");
    expect(say(buildDeadline({ daysLeft: 0 }))).toBe("Due today");
    expect(say(buildDeadline({ overdue: true, daysLeft: -1 }))).toBe("1 day overdue");
    expect(say(buildDeadline({ overdue: true, daysLeft: -9 }))).toBe("9 days overdue");
    expect(say(buildDeadline({ met: true, daysLeft: -9 }))).toBe("Done");
  });

  it("says it in Hungarian", () => {
    const say = words("hu");
    expect(say(buildDeadline({ daysLeft: 5 }))).toBe("5 nap van hátra");
    expect(say(buildDeadline({ overdue: true, daysLeft: -3 }))).toBe("3 napja lejárt");
    expect(say(buildDeadline({ daysLeft: 0 }))).toBe("Ma jár le");
  });

  it("uses Czech's three plural forms of a day", () => {
    const say = words("cs");
    expect(say(buildDeadline({ daysLeft: 1 }))).toBe("zbývá 1 den");
    expect(say(buildDeadline({ daysLeft: 3 }))).toBe("zbývají 3 dny");
    expect(say(buildDeadline({ daysLeft: 5 }))).toBe("zbývá 5 dní");
    expect(say(buildDeadline({ overdue: true, daysLeft: -2 }))).toBe("2 dny po termínu");
    expect(say(buildDeadline({ overdue: true, daysLeft: -21 }))).toBe("21 dní po termínu");
  });

  it("never says an overdue deadline has no days overdue", () => {
    // The server marks it overdue from the day after its due date, so daysLeft is at most -1 then;
    // a list read just before midnight and shown after must still not say "0 days overdue".
    expect(words("en")(buildDeadline({ overdue: true, daysLeft: 0 }))).toBe("1 day overdue");
  });
});

describe("pluralForm", () => {
  it("maps counts to the forms the messages list", () => {
    expect([1, 2, 5].map((n) => pluralForm("cs", n))).toEqual(["one", "few", "other"]);
    expect([1, 2].map((n) => pluralForm("en", n))).toEqual(["one", "other"]);
  });
});

describe("activityCsvHref", () => {
  it("asks for the spreadsheet in the screen's language", () => {
    expect(activityCsvHref("c-1", "hu")).toBe("/cases/c-1/activity.csv?lang=hu");
    expect(activityCsvHref("c-1", "cs")).toBe("/cases/c-1/activity.csv?lang=cs");
  });
});
