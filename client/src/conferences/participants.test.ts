import { describe, expect, it } from "vitest";
import { defaultRoleFor, notYetInvited, PROFESSIONS, sortParticipants } from "./participants";

const seat = (role: "FACILITATOR" | "PARENT" | "PROFESSIONAL" | "ORGANISER", fullName: string, id = fullName) => ({
  role,
  person: { id, fullName },
});

describe("participants", () => {
  it("lists who leads first, then professionals, then the family, each by name", () => {
    const sorted = sortParticipants(
      [
        seat("PARENT", "Kovács Éva"),
        seat("PROFESSIONAL", "Tóth Béla"),
        seat("FACILITATOR", "Tóth Éva"),
        seat("PROFESSIONAL", "Ábel Anna"),
        seat("ORGANISER", "Szabó Anna"),
      ],
      "hu",
    );
    expect(sorted.map((p) => p.person.fullName)).toEqual([
      "Szabó Anna",
      "Tóth Éva",
      "Ábel Anna",
      "Tóth Béla",
      "Kovács Éva",
    ]);
  });

  it("offers only persons not seated yet", () => {
    const persons = [{ id: "a" }, { id: "b" }, { id: "c" }];
    expect(notYetInvited(persons, [seat("PARENT", "x", "b")])).toEqual([{ id: "a" }, { id: "c" }]);
  });

  it("suggests the role from who the person is", () => {
    expect(defaultRoleFor("PROFESSIONAL")).toBe("PROFESSIONAL");
    expect(defaultRoleFor("FAMILY")).toBe("PARENT");
  });

  it("names the professions as the API does", () => {
    expect(PROFESSIONS).toContain("PREVENTIVE_PROBATION_OFFICER");
    expect(PROFESSIONS.every((p) => p === p.toUpperCase())).toBe(true);
  });
});
