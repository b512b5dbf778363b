import { describe, expect, it } from "vitest";
import { meetsProfessionalMinimum, missingInvitees, professionalCount, requiredInvitees } from "./invitee-rules.js";

const pro = (profession: Parameters<typeof missingInvitees>[1][number]["profession"]) => ({
  kind: "professional" as const,
  profession,
});
const parent = { kind: "family" as const, profession: null };

describe("mandatory invitees (003 § 9 (3), 002 § 5)", () => {
  it("always asks for the signalling-system advisor or the case manager", () => {
    expect(requiredInvitees([]).map((r) => r.code)).toEqual(["signalling_advisor_or_case_manager"]);
    expect(missingInvitees([], [pro("case_manager")])).toEqual([]);
    expect(missingInvitees([], [pro("signalling_system_advisor")])).toEqual([]);
  });

  it("asks for the preventive probation officer when the child is under preventive probation", () => {
    const missing = missingInvitees(["preventive_probation"], [pro("case_manager"), pro("probation_officer")]);
    expect(missing.map((r) => r.code)).toEqual(["preventive_probation_officer"]);
    expect(
      missingInvitees(["preventive_probation"], [pro("case_manager"), pro("preventive_probation_officer")]),
    ).toEqual([]);
  });

  it("asks for the probation service under juvenile probation or a medium crime-prevention risk, once", () => {
    for (const flags of [
      ["juvenile_probation"],
      ["crime_prevention_risk_medium_or_higher"],
      ["juvenile_probation", "crime_prevention_risk_medium_or_higher"],
    ] as const) {
      expect(missingInvitees(flags, [pro("case_manager")]).map((r) => r.code)).toEqual(["probation_service"]);
      expect(missingInvitees(flags, [pro("case_manager"), pro("probation_officer")])).toEqual([]);
    }
  });

  it("lists every requirement the flags add, in a stable order, and names what is still missing", () => {
    const all = ["juvenile_probation", "preventive_probation", "crime_prevention_risk_medium_or_higher"] as const;
    expect(requiredInvitees(all).map((r) => r.code)).toEqual([
      "signalling_advisor_or_case_manager",
      "preventive_probation_officer",
      "probation_service",
    ]);
    expect(missingInvitees(all, [parent, pro("teacher")]).map((r) => r.code)).toEqual([
      "signalling_advisor_or_case_manager",
      "preventive_probation_officer",
      "probation_service",
    ]);
    expect(missingInvitees(all, [pro("preventive_probation_officer"), pro("teacher")]).map((r) => r.code)).toEqual([
      "signalling_advisor_or_case_manager",
      "probation_service",
    ]);
    expect(
      missingInvitees(all, [
        pro("signalling_system_advisor"),
        pro("preventive_probation_officer"),
        pro("probation_officer"),
      ]),
    ).toEqual([]);
  });
});

describe("the rule of three professionals", () => {
  it("counts professionals only, and applies to the case conference, not to a consultation", () => {
    const two = [pro("teacher"), pro("health_visitor"), parent, parent];
    expect(professionalCount(two)).toBe(2);
    expect(meetsProfessionalMinimum("conference", two)).toBe(false);
    expect(meetsProfessionalMinimum("conference", [...two, pro("psychologist")])).toBe(true);
    expect(meetsProfessionalMinimum("consultation", two)).toBe(true);
    expect(meetsProfessionalMinimum("inter_professional", [pro("teacher")])).toBe(true);
    expect(meetsProfessionalMinimum("conference", [parent, parent, parent])).toBe(false);
  });
});
