import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../config.js";
import {
  addDays,
  addMonths,
  addWorkingDays,
  daysBetween,
  isWorkingDay,
  localDateIn,
  localHourIn,
  NO_HOLIDAYS,
  parseDateList,
  workingCalendar,
  workingDaysBetween,
} from "./working-days.js";

// 2027-01-15 is a Friday; 2027-01-18 the Monday after.
const FRIDAY = "2027-01-15";
const withMondayHoliday = workingCalendar([parseDateList("2027-01-18")], parseDateList(""));

describe("working days", () => {
  it("skip the weekend: a Friday meeting plus 3 working days is Wednesday", () => {
    expect(addWorkingDays(FRIDAY, 3, NO_HOLIDAYS)).toBe("2027-01-20");
  });

  it("skip a configured holiday too: with Monday a holiday, Friday plus 3 working days is Thursday", () => {
    expect(addWorkingDays(FRIDAY, 3, withMondayHoliday)).toBe("2027-01-21");
    expect(workingDaysBetween(FRIDAY, "2027-01-21", withMondayHoliday)).toBe(3);
    expect(workingDaysBetween(FRIDAY, "2027-01-21", NO_HOLIDAYS)).toBe(4);
  });

  it("do not count the start day, and 0 working days is the day itself", () => {
    expect(addWorkingDays(FRIDAY, 0, NO_HOLIDAYS)).toBe(FRIDAY);
    expect(addWorkingDays(FRIDAY, 1, NO_HOLIDAYS)).toBe("2027-01-18");
    // From a Saturday the first working day is Monday.
    expect(addWorkingDays("2027-01-16", 1, NO_HOLIDAYS)).toBe("2027-01-18");
  });

  it("treat a yearly holiday as one in every year, and a moved working Saturday as a working day", () => {
    const calendar = workingCalendar([parseDateList("12-24, 12-25, 12-26")], parseDateList("2027-12-18"));
    expect(isWorkingDay("2026-12-24", calendar)).toBe(false);
    expect(isWorkingDay("2031-12-25", calendar)).toBe(false);
    expect(isWorkingDay("2027-12-18", calendar)).toBe(true); // a Saturday worked
    expect(isWorkingDay("2027-12-19", calendar)).toBe(false); // Sunday
    // Wednesday 2027-12-22 + 3: Thursday 23, then 24–26 are holidays or Sunday, Monday 27, Tuesday 28.
    expect(addWorkingDays("2027-12-22", 3, calendar)).toBe("2027-12-28");
  });

  it("count backwards as the negative of counting forwards", () => {
    expect(workingDaysBetween("2027-01-21", FRIDAY, withMondayHoliday)).toBe(-3);
    expect(workingDaysBetween(FRIDAY, FRIDAY, NO_HOLIDAYS)).toBe(0);
  });

  it("agree with each other on every start day of a month", () => {
    const calendar = workingCalendar([parseDateList("2027-03-15, 2027-03-26, 2027-03-29")], parseDateList(""));
    for (let d = 0; d < 31; d++) {
      const start = addDays("2027-03-01", d);
      for (const n of [0, 1, 3, 8]) {
        const end = addWorkingDays(start, n, calendar);
        expect(workingDaysBetween(start, end, calendar), `${start} + ${n}`).toBe(n);
        if (n > 0) expect(isWorkingDay(end, calendar)).toBe(true);
      }
    }
  });

  it("refuse a negative or fractional number of working days", () => {
    expect(() => addWorkingDays(FRIDAY, -1, NO_HOLIDAYS)).toThrow(RangeError);
    expect(() => addWorkingDays(FRIDAY, 1.5, NO_HOLIDAYS)).toThrow(RangeError);
  });
});

describe("calendar dates", () => {
  it("add months keeping the day, or the month's last day when it has none", () => {
    expect(addMonths("2027-01-12", 6)).toBe("2027-07-12");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonths("2027-08-31", 1)).toBe("2027-09-30");
    expect(addMonths("2027-11-30", 3)).toBe("2028-02-29");
  });

  it("count days across a year end and a leap day", () => {
    expect(daysBetween("2027-12-30", "2028-03-01")).toBe(62);
    expect(daysBetween("2028-03-01", "2027-12-30")).toBe(-62);
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });

  it("give an instant's day and hour in the service's time zone, not UTC's", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Budapest (UTC+1) and not in UTC.
    const instant = new Date("2026-12-31T23:30:00Z");
    expect(localDateIn(instant, "Europe/Budapest")).toBe("2027-01-01");
    expect(localDateIn(instant, "UTC")).toBe("2026-12-31");
    expect(localHourIn(instant, "Europe/Budapest")).toBe(0);
    // Summer time: UTC+2.
    expect(localHourIn(new Date("2027-07-01T05:00:00Z"), "Europe/Prague")).toBe(7);
  });
});

describe("the jurisdiction settings", () => {
  it("default to Budapest's time zone, no holidays, 8 working days for minutes, 8–13 weeks, 6 months, 3 days", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      TIME_ZONE: "Europe/Budapest",
      HOLIDAYS: { dates: [], yearly: [] },
      MINUTES_DUE_WORKING_DAYS: 8,
      NEXT_CONFERENCE_WEEKS: { from: 8, to: 13 },
      EVALUATION_MONTHS: 6,
      TASK_REMINDER_DAYS: 3,
      TASK_OVERDUE_REPEAT_DAYS: 7,
    });
  });

  it("read holidays from the list and from a file with comments", async () => {
    const fs = await import("node:fs/promises");
    const os = await import("node:os");
    const path = await import("node:path");
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "rt-holidays-")), "hu.txt");
    await fs.writeFile(file, "# Hungary\n01-01 03-15   # national day\n2027-03-26, 2027-03-29\n");
    const config = loadConfig({ HOLIDAYS: "2027-05-17", HOLIDAYS_FILE: file, NEXT_CONFERENCE_WEEKS: "10" });
    expect(config.HOLIDAYS).toEqual({ dates: ["2027-05-17"], yearly: [] });
    expect(config.HOLIDAYS_FILE).toEqual({ dates: ["2027-03-26", "2027-03-29"], yearly: ["01-01", "03-15"] });
    expect(config.NEXT_CONFERENCE_WEEKS).toEqual({ from: 10, to: 10 });
  });

  it("stop the server naming each bad setting", () => {
    const bad = {
      TIME_ZONE: "Mars/Olympus",
      HOLIDAYS: "2027-02-30",
      HOLIDAYS_FILE: "/nonexistent/holidays.txt",
      WORKING_WEEKEND_DAYS: "12-18",
      NEXT_CONFERENCE_WEEKS: "13-8",
      TASK_REMINDER_DAYS: "-1",
      REMINDER_SEND_HOUR: "24",
    };
    let error: unknown;
    try {
      loadConfig(bad);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join("\n");
    for (const key of Object.keys(bad)) expect(problems).toContain(`${key}:`);
    expect(problems).toContain('"2027-02-30" is not a date');
  });
});
