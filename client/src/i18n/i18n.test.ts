import { PROFESSIONS } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import { toApi } from "../graphql/enums";
import { messages } from "./index";
import { LOCALES } from "./define";

/** Every leaf of a message tree as `path → text`. */
function leaves(tree: object, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [p, v] of leaves(value as object, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const english = leaves(messages.en);

describe("translations", () => {
  it("has a good number of English strings to compare against", () => {
    expect(english.size).toBeGreaterThan(100);
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      const own = leaves(messages[locale]);

      it("has every English key and no other", () => {
        expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
      });

      it("leaves no string empty", () => {
        expect([...own].filter(([, text]) => text.trim() === "").map(([key]) => key)).toEqual([]);
      });

      it("uses the same placeholders as English", () => {
        const differing = [...english].filter(
          ([key, text]) => placeholders(text).join() !== placeholders(own.get(key) ?? "").join(),
        );
        expect(differing.map(([key]) => key)).toEqual([]);
      });
    });
  }

  it("names every profession the API knows, in one place for every screen", () => {
    const professions = PROFESSIONS.map(toApi).sort();
    for (const locale of LOCALES) expect(Object.keys(messages[locale].profession).sort()).toEqual(professions);
  });

  it("translates the domain's words as DOMAIN.md's table does", () => {
    expect(messages.hu.conferenceKind.CONFERENCE).toBe("Esetkonferencia");
    expect(messages.cs.conferenceKind.CONFERENCE).toBe("Případová konference");
    expect(messages.hu.conferenceKind.CONSULTATION).toBe("Esetkonzultáció");
    expect(messages.cs.role.NOTE_TAKER).toBe("Zapisovatel");
    expect([messages.hu.task.owner, messages.hu.task.due]).toEqual(["Felelős", "Határidő"]);
    expect([messages.cs.task.owner, messages.cs.task.due]).toEqual(["Odpovědná osoba", "Termín"]);
  });
});
