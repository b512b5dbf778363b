import { parsePresence } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import { colourFor, needsAcknowledgement, PRESENCE_COLOURS, toRoomParticipants, toRoomViewer } from "./people";
import { buildConference, buildParticipant, IDS, staffSession } from "./test-factories";

describe("the room's participants", () => {
  it("names each participant by their person, with their role and institution", () => {
    expect(toRoomParticipants(buildConference().participants)).toEqual([
      { id: IDS.facilitator, name: "Eszter Kovács", role: "FACILITATOR", institution: "Family Support Service" },
      { id: IDS.mother, name: "Judit Nagy", role: "PARENT", institution: null },
      { id: IDS.teacher, name: "Tamás Horváth", role: "PROFESSIONAL", institution: "Riverside School" },
    ]);
  });
});

describe("the viewer", () => {
  it("is the facilitator's seat, named by its person, when viewerAccess points at it", () => {
    const conference = buildConference({
      viewerAccess: { participantId: IDS.facilitator, role: "FACILITATOR", canEditLive: true, canRun: true },
    });
    expect(toRoomViewer(conference, staffSession())).toEqual({
      participantId: IDS.facilitator,
      displayName: "Eszter Kovács",
      role: "FACILITATOR",
      canEdit: true,
      isFacilitator: true,
      colour: colourFor(IDS.facilitator),
    });
  });

  it("is a guest's seat without any account", () => {
    const conference = buildConference({
      viewerAccess: { participantId: IDS.mother, role: "PARENT", canEditLive: true, canRun: false },
    });
    const guest = { conferenceId: IDS.conference, participantId: IDS.mother, account: null };
    expect(toRoomViewer(conference, guest)).toMatchObject({
      participantId: IDS.mother,
      displayName: "Judit Nagy",
      role: "PARENT",
      isFacilitator: false,
    });
  });

  it("is a staff member without a seat, named by their account, who may not run the meeting", () => {
    const viewer = toRoomViewer(buildConference(), staffSession("Anna Szabó"));
    expect(viewer).toMatchObject({ participantId: null, displayName: "Anna Szabó", role: null, isFacilitator: false });
    expect(viewer.colour).toBe(colourFor(IDS.account));
  });

  it("cannot edit when the policy says the live document is closed to them", () => {
    const conference = buildConference({
      status: "SIGNING",
      viewerAccess: { participantId: IDS.facilitator, role: "FACILITATOR", canEditLive: false, canRun: true },
    });
    expect(toRoomViewer(conference, staffSession()).canEdit).toBe(false);
  });
});

describe("the confidentiality frame", () => {
  it("is needed for a seat that has not accepted it, and only then", () => {
    const seat = { participantId: IDS.mother, role: "PARENT" as const, canEditLive: true, canRun: false };
    expect(needsAcknowledgement(buildConference({ viewerAccess: seat }))).toBe(true);
    const accepted = buildConference({
      viewerAccess: seat,
      participants: [buildParticipant({ id: IDS.mother, confidentialityAcknowledgedAt: "2026-03-02T09:01:00Z" })],
    });
    expect(needsAcknowledgement(accepted)).toBe(false);
    expect(needsAcknowledgement(buildConference())).toBe(false); // no seat, nothing to accept
  });
});

describe("presence colours", () => {
  it("gives the same id the same colour every time, whatever its letter case", () => {
    expect(colourFor(IDS.mother)).toBe(colourFor(IDS.mother));
    expect(colourFor(IDS.mother.toUpperCase())).toBe(colourFor(IDS.mother));
  });

  it("picks from the palette a colour the presence parser accepts", () => {
    const colour = colourFor(IDS.teacher);
    expect(PRESENCE_COLOURS).toContain(colour);
    expect(
      parsePresence({ participantId: IDS.teacher, displayName: "T", role: "professional", where: "room", colour }),
    ).not.toBeNull();
  });

  it("spreads a room's worth of participants over most of the palette", () => {
    const ids = Array.from({ length: 60 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`);
    expect(new Set(ids.map(colourFor)).size).toBeGreaterThanOrEqual(PRESENCE_COLOURS.length - 2);
  });
});
