import { describe, expect, it } from "vitest";
import { conferenceFacts } from "./case-facts.js";
import { caseDeadlines, dueSoon, type CaseFacts, type ConferenceFacts } from "./clocks.js";
import type { FollowupSettings } from "./settings.js";
import { parseDateList, workingCalendar } from "./working-days.js";

const settings: FollowupSettings = {
  timeZone: "Europe/Budapest",
  // Monday 18 January 2027 is a holiday here.
  calendar: workingCalendar([parseDateList("2027-01-18")], parseDateList("")),
  minutesDueWorkingDays: 3,
  nextConferenceWeeks: { from: 8, to: 13 },
  evaluationMonths: 6,
  taskReminderDays: 3,
  overdueRepeatDays: 7,
  deadlineReminderDays: 3,
  deadlineOverdueRepeatDays: 7,
  sendHour: 7,
};

const at = (iso: string) => new Date(iso);

function conference(partial: Partial<ConferenceFacts> & Pick<ConferenceFacts, "id">): ConferenceFacts {
  return {
    kind: "conference",
    status: "closed",
    seriesIndex: 1,
    scheduledStart: null,
    heldAt: null,
    endedAt: null,
    closedAt: null,
    familyTookPart: false,
    agreedNextMeeting: null,
    ...partial,
  };
}

function kase(partial: Partial<CaseFacts> = {}): CaseFacts {
  return {
    id: "case-1",
    status: "open",
    openedAt: at("2026-10-01T08:00:00Z"),
    conferences: [],
    tasks: [],
    reminders: [],
    ...partial,
  };
}

// A Friday meeting, 9:00–12:00 in Budapest (UTC+1), still being signed.
const fridayMeeting = conference({
  id: "conf-1",
  status: "signing",
  heldAt: at("2027-01-15T08:00:00Z"),
  endedAt: at("2027-01-15T11:00:00Z"),
  familyTookPart: true,
});

describe("the deadlines of a case after a held conference", () => {
  const deadlines = caseDeadlines(kase({ conferences: [fridayMeeting] }), settings, "2027-01-19");
  const of = (kind: string) => deadlines.find((d) => d.kind === kind);

  it("the minutes: 3 working days after the Friday it ended, Monday a holiday: Thursday; open until closed", () => {
    expect(of("minutes")).toMatchObject({
      key: "minutes:conf-1",
      since: "2027-01-15",
      dueDate: "2027-01-21",
      overdue: false,
      daysLeft: 2,
      met: false,
      conferenceId: "conf-1",
    });
  });

  it("the next conference of the series: 8 to 13 weeks after the one held", () => {
    expect(of("next_conference")).toMatchObject({
      since: "2027-01-15",
      windowStart: "2027-03-12",
      dueDate: "2027-04-16",
      conferenceId: "conf-1",
      plannedConferenceId: null,
      overdue: false,
    });
  });

  it("the evaluation: six months after the conference the family took part in", () => {
    expect(of("evaluation")).toMatchObject({ since: "2027-01-15", dueDate: "2027-07-15", conferenceId: "conf-1" });
  });

  it("lists the soonest first", () => {
    expect(deadlines.map((d) => d.kind)).toEqual(["minutes", "next_conference", "evaluation"]);
  });
});

describe("the clocks", () => {
  it("count the meeting's day in the service's time zone: ended at 23:30 UTC is the next day in Budapest", () => {
    const late = conference({
      id: "c",
      status: "signing",
      heldAt: at("2027-01-14T20:00:00Z"),
      endedAt: at("2027-01-14T23:30:00Z"),
    });
    const [minutes] = caseDeadlines(kase({ conferences: [late] }), settings, "2027-01-15").filter(
      (d) => d.kind === "minutes",
    );
    expect(minutes).toMatchObject({ since: "2027-01-15", dueDate: "2027-01-21" });
  });

  it("mark the minutes met once closed, with when, and overdue when late and still open", () => {
    const closed = conference({ ...fridayMeeting, status: "closed", closedAt: at("2027-01-20T10:00:00Z") });
    const [met] = caseDeadlines(kase({ conferences: [closed] }), settings, "2027-02-01").filter(
      (d) => d.kind === "minutes",
    );
    expect(met).toMatchObject({ met: true, overdue: false, metAt: at("2027-01-20T10:00:00Z") });
    const [late] = caseDeadlines(kase({ conferences: [fridayMeeting] }), settings, "2027-01-22").filter(
      (d) => d.kind === "minutes",
    );
    expect(late).toMatchObject({ met: false, overdue: true, daysLeft: -1 });
  });

  it("run the evaluation from the case's opening when no family conference was held since", () => {
    const consultation = conference({ ...fridayMeeting, kind: "consultation" });
    const absentFamily = conference({ ...fridayMeeting, id: "c2", seriesIndex: 2, familyTookPart: false });
    for (const held of [consultation, absentFamily]) {
      const evaluation = caseDeadlines(kase({ conferences: [held] }), settings, "2027-05-01").find(
        (d) => d.kind === "evaluation",
      );
      expect(evaluation).toMatchObject({
        since: "2026-10-01",
        dueDate: "2027-04-01",
        overdue: true,
        conferenceId: null,
      });
    }
  });

  it("make the next conference due on the date the closed minutes agreed, instead of the default weeks", () => {
    const closed = conference({ ...fridayMeeting, status: "closed", agreedNextMeeting: "2027-02-26" });
    const next = caseDeadlines(kase({ conferences: [closed] }), settings, "2027-02-27").find(
      (d) => d.kind === "next_conference",
    );
    expect(next).toMatchObject({
      since: "2027-01-15",
      windowStart: "2027-02-26",
      dueDate: "2027-02-26",
      overdue: true,
    });
    // A date not after the meeting itself is no agreement about the next one.
    const odd = conference({ ...fridayMeeting, status: "closed", agreedNextMeeting: "2027-01-10" });
    expect(
      caseDeadlines(kase({ conferences: [odd] }), settings, "2027-02-27").find((d) => d.kind === "next_conference"),
    ).toMatchObject({ windowStart: "2027-03-12", dueDate: "2027-04-16" });
  });

  it("name the next conference already planned, and run from the latest conference held", () => {
    const second = conference({ id: "conf-2", seriesIndex: 2, status: "closed", heldAt: at("2027-03-20T09:00:00Z") });
    const third = conference({
      id: "conf-3",
      seriesIndex: 3,
      status: "invited",
      scheduledStart: at("2027-06-01T08:00:00Z"),
    });
    const next = caseDeadlines(kase({ conferences: [third, fridayMeeting, second] }), settings, "2027-04-01").find(
      (d) => d.kind === "next_conference",
    );
    expect(next).toMatchObject({ since: "2027-03-20", conferenceId: "conf-2", plannedConferenceId: "conf-3" });
  });

  it("stop the series and evaluation clocks when the case is closed; minutes and tasks stay", () => {
    const task = { id: "t1", status: "open" as const, dueDate: "2027-02-01", agreedInId: "conf-1", lastReminder: null };
    const kinds = caseDeadlines(
      kase({ status: "closed", conferences: [fridayMeeting], tasks: [task] }),
      settings,
      "2027-01-19",
    ).map((d) => d.kind);
    expect(kinds).toEqual(["minutes", "task"]);
  });

  it("have no series clock before the first conference is held, only the evaluation from the opening", () => {
    const planned = conference({ id: "c", status: "invited", scheduledStart: at("2027-02-01T08:00:00Z") });
    expect(caseDeadlines(kase({ conferences: [planned] }), settings, "2027-01-19").map((d) => d.kind)).toEqual([
      "evaluation",
    ]);
  });
});

describe("the overdue view's order", () => {
  it("puts overdue first (earliest first), then due soonest; on one day the minutes before a task; met and far ones out", () => {
    const tasks = [
      { id: "late", status: "open" as const, dueDate: "2027-01-10", agreedInId: null, lastReminder: null },
      { id: "same-day", status: "in_progress" as const, dueDate: "2027-01-21", agreedInId: null, lastReminder: null },
      { id: "soon", status: "open" as const, dueDate: "2027-01-25", agreedInId: null, lastReminder: null },
      { id: "far", status: "open" as const, dueDate: "2027-03-01", agreedInId: null, lastReminder: null },
    ];
    const closedEarlier = conference({
      id: "old",
      heldAt: at("2026-12-01T09:00:00Z"),
      endedAt: at("2026-12-01T12:00:00Z"),
      closedAt: at("2026-12-03T09:00:00Z"),
    });
    const all = caseDeadlines(kase({ conferences: [closedEarlier, fridayMeeting], tasks }), settings, "2027-01-19");
    expect(dueSoon(all, 14).map((d) => d.key)).toEqual(["task:late", "minutes:conf-1", "task:same-day", "task:soon"]);
  });
});

describe("a conference's times from its status history", () => {
  const row = {
    id: "c",
    caseId: "case-1",
    kind: "conference" as const,
    seriesIndex: 1,
    scheduledStart: at("2027-01-15T08:00:00Z"),
    plannedDurationMinutes: 180,
    statusChangedAt: at("2027-01-20T10:00:00Z"),
    familyTookPart: false,
    agreedNextMeeting: null,
  };

  it("takes the first time it went live and to signing (a reopening does not move the end) and the closing", () => {
    const facts = conferenceFacts({
      ...row,
      status: "closed",
      firstLive: at("2027-01-15T08:05:00Z"),
      firstSigning: at("2027-01-15T11:10:00Z"),
      lastClosed: at("2027-01-20T10:00:00Z"),
    });
    expect(facts).toMatchObject({
      heldAt: at("2027-01-15T08:05:00Z"),
      endedAt: at("2027-01-15T11:10:00Z"),
      closedAt: at("2027-01-20T10:00:00Z"),
    });
  });

  it("falls back on the schedule for a conference closed before the history began", () => {
    const facts = conferenceFacts({ ...row, status: "closed", firstLive: null, firstSigning: null, lastClosed: null });
    expect(facts).toMatchObject({
      heldAt: at("2027-01-15T08:00:00Z"),
      endedAt: at("2027-01-15T11:00:00Z"),
      closedAt: at("2027-01-20T10:00:00Z"),
    });
  });

  it("takes the next meeting's date from the minutes only once they are closed", () => {
    const signed = { ...row, firstLive: null, firstSigning: null, lastClosed: null, agreedNextMeeting: "2027-03-02" };
    expect(conferenceFacts({ ...signed, status: "closed" }).agreedNextMeeting).toBe("2027-03-02");
    expect(conferenceFacts({ ...signed, status: "signing" }).agreedNextMeeting).toBeNull();
    expect(
      conferenceFacts({ ...signed, status: "closed", agreedNextMeeting: "next spring" }).agreedNextMeeting,
    ).toBeNull();
  });

  it("has no times for a conference not held", () => {
    const facts = conferenceFacts({ ...row, status: "invited", firstLive: null, firstSigning: null, lastClosed: null });
    expect(facts).toMatchObject({ heldAt: null, endedAt: null, closedAt: null });
  });
});
