import { describe, expect, it } from "vitest";
import { parsePresence } from "./presence.js";
import { PERSON } from "./test-support.js";

const VALID = {
  participantId: PERSON.healthVisitor,
  displayName: "  Anna Kovács ",
  role: "professional",
  where: "remote",
  colour: "#1f77b4",
};

describe("presence from awareness", () => {
  it("accepts a well-formed state, trimming the name and keeping the cursor opaque", () => {
    const cursor = { anchor: { type: null }, head: 3 };
    expect(parsePresence({ ...VALID, cursor, user: { name: "ignored" } })).toEqual({
      participantId: PERSON.healthVisitor,
      displayName: "Anna Kovács",
      role: "professional",
      where: "remote",
      colour: "#1f77b4",
      cursor,
    });
    expect(parsePresence(VALID)).not.toHaveProperty("cursor");
  });

  it("rejects states that are not objects, as a departed client's null", () => {
    for (const value of [null, undefined, "state", 3, [VALID]]) expect(parsePresence(value)).toBeNull();
  });

  it("rejects any missing or malformed field", () => {
    const bad: Record<string, unknown>[] = [
      { ...VALID, participantId: "anna" },
      { ...VALID, displayName: "   " },
      { ...VALID, displayName: "x".repeat(101) },
      { ...VALID, displayName: 7 },
      { ...VALID, role: "admin" },
      { ...VALID, where: "kitchen" },
      { ...VALID, colour: "red" },
      { ...VALID, colour: "#fff; background: url(x)" },
      { ...VALID, colour: undefined },
    ];
    for (const value of bad) expect(parsePresence(value), JSON.stringify(value)).toBeNull();
  });
});
