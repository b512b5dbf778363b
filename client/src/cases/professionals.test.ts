import { describe, expect, it } from "vitest";
import { groupByInstitution } from "./professionals";

const school = { id: "i1", name: "Petőfi Primary School", kind: "SCHOOL" };
const nursery = { id: "i2", name: "Aranyalma Nursery", kind: "NURSERY" };

describe("groupByInstitution", () => {
  it("lists institutions by name with their professionals by name, those without one last", () => {
    const groups = groupByInstitution(
      [
        { fullName: "Zita Kiss", institution: school },
        { fullName: "Dr. Free Lance", institution: null },
        { fullName: "Ágnes Varga", institution: school },
        { fullName: "Márta Nagy", institution: nursery },
      ],
      "hu",
    );
    expect(groups.map((g) => [g.institution?.name ?? null, g.people.map((p) => p.fullName)])).toEqual([
      ["Aranyalma Nursery", ["Márta Nagy"]],
      ["Petőfi Primary School", ["Ágnes Varga", "Zita Kiss"]],
      [null, ["Dr. Free Lance"]],
    ]);
  });
});
