import { describe, expect, it } from "vitest";
import { ageOn, formatAge } from "./age";

describe("ageOn", () => {
  it("counts whole years, a year older only on the birthday", () => {
    expect(ageOn("2017-03-15", "2026-03-14")?.years).toBe(8);
    expect(ageOn("2017-03-15", "2026-03-15")?.years).toBe(9);
  });

  it("counts whole months for a small child", () => {
    expect(ageOn("2025-01-20", "2026-03-19")).toEqual({ years: 1, months: 13 });
    expect(ageOn("2025-01-20", "2026-03-20")).toEqual({ years: 1, months: 14 });
  });

  it("makes a child born on 29 February a year older on 1 March in other years", () => {
    expect(ageOn("2020-02-29", "2025-02-28")?.years).toBe(4);
    expect(ageOn("2020-02-29", "2025-03-01")?.years).toBe(5);
  });

  it("gives no age for a birth date after the day, rather than a negative one", () => {
    expect(ageOn("2027-01-01", "2026-03-01")).toBeNull();
  });

  it("gives no age for a date it cannot read", () => {
    expect(ageOn("unknown", "2026-03-01")).toBeNull();
  });
});

describe("formatAge", () => {
  it("says years from two years on, in the language's own plural", () => {
    expect(formatAge({ years: 9, months: 110 }, "en-GB")).toBe("9 years");
    expect(formatAge({ years: 2, months: 25 }, "cs-CZ")).toBe("2 roky");
    expect(formatAge({ years: 5, months: 60 }, "cs-CZ")).toBe("5 let");
    expect(formatAge({ years: 9, months: 110 }, "hu-HU")).toBe("9 év");
  });

  it("says months below two years", () => {
    expect(formatAge({ years: 1, months: 18 }, "en-GB")).toBe("18 months");
    expect(formatAge({ years: 0, months: 1 }, "en-GB")).toBe("1 month");
  });
});
