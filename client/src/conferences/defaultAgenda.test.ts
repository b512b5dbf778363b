import { describe, expect, it } from "vitest";
import type { Language } from "../graphql/enums";
import { totalMinutes } from "./agenda";
import { apportion, defaultAgenda } from "./defaultAgenda";

const LANGUAGES: Language[] = ["EN", "HU", "CS"];

describe("the default agenda", () => {
  for (const language of LANGUAGES) {
    it(`fills the planned time exactly in ${language}`, () => {
      for (const duration of [15, 45, 60, 90, 120, 180, 240, 480]) {
        expect(totalMinutes(defaultAgenda(language, duration)), `${duration} minutes`).toBe(duration);
      }
    });
  }

  it("gives every item some time, in five-minute steps from an hour up", () => {
    for (const duration of [60, 90, 180, 240]) {
      for (const item of defaultAgenda("EN", duration)) {
        expect(item.timeboxMinutes).toBeGreaterThanOrEqual(5);
        expect(item.timeboxMinutes % 5).toBe(0);
      }
    }
    for (const item of defaultAgenda("EN", 15)) expect(item.timeboxMinutes).toBeGreaterThanOrEqual(1);
  });

  it("keeps every timebox within what the API accepts", () => {
    for (const item of defaultAgenda("HU", 480)) expect(item.timeboxMinutes).toBeLessThanOrEqual(240);
  });

  it("has the same six items in every language, each with its own wording", () => {
    const [en, hu, cs] = LANGUAGES.map((l) => defaultAgenda(l, 90));
    expect(en).toHaveLength(6);
    expect(hu?.map((i) => i.timeboxMinutes)).toEqual(en?.map((i) => i.timeboxMinutes));
    expect(cs?.map((i) => i.timeboxMinutes)).toEqual(en?.map((i) => i.timeboxMinutes));
    en?.forEach((item, i) => {
      expect(hu?.[i]?.title).not.toBe(item.title);
      expect(cs?.[i]?.title).not.toBe(item.title);
    });
  });

  it("opens with the frame and builds on strengths before worries, ending with the plan", () => {
    const titles = defaultAgenda("EN", 90).map((i) => i.title);
    expect(titles[0]).toMatch(/confidentiality/);
    expect(titles[0]).toMatch(/time frame/);
    expect(titles.findIndex((t) => /strengths/.test(t))).toBeLessThan(titles.findIndex((t) => /worried/.test(t)));
    expect(titles.some((t) => /who, what, by when/.test(t))).toBe(true);
    expect(titles.at(-1)).toMatch(/informed.*next meeting/);
    expect(defaultAgenda("HU", 90)[0]?.title).toMatch(/titoktartás/);
    expect(defaultAgenda("CS", 90)[0]?.title).toMatch(/mlčenlivost/);
  });

  it("gives agreeing the tasks the most time, and strengths no less than worries", () => {
    for (const duration of [45, 60, 90, 120, 180]) {
      const minutes = defaultAgenda("EN", duration).map((i) => i.timeboxMinutes);
      expect(minutes[4], `${duration} minutes`).toBe(Math.max(...minutes));
      expect(minutes[1] ?? 0, `${duration} minutes`).toBeGreaterThanOrEqual(minutes[2] ?? 0);
    }
    expect(defaultAgenda("EN", 90).map((i) => i.timeboxMinutes)).toEqual([10, 15, 15, 15, 25, 10]);
  });
});

describe("apportion", () => {
  it("shares in proportion and sums to the total", () => {
    expect(apportion(100, [1, 1, 2], 5)).toEqual([25, 25, 50]);
    expect(apportion(90, [10, 20, 20, 15, 25, 10], 5).reduce((a, b) => a + b)).toBe(90);
  });

  it("puts minutes that whole steps cannot hold on the last share", () => {
    expect(apportion(92, [1, 1], 5)).toEqual([45, 47]);
  });
});
