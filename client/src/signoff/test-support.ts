import type { SignoffQuery } from "../graphql/generated/graphql";
import type { SignatureLine, SignoffVersion } from "./signoff";

export type SignoffConferenceData = SignoffQuery["conference"];

/** A line of the signature table: present, not answered yet, unless a test says otherwise. */
export function buildLine(overrides: Partial<SignatureLine> = {}): SignatureLine {
  return {
    participantId: "p-guest",
    name: "Gábor Kiss",
    role: "PROFESSIONAL",
    outcome: null,
    at: null,
    inRoom: false,
    note: null,
    confirmedBy: null,
    ...overrides,
  };
}

/** Content as the server renders it (MinutesContent, format 1), small. */
export const sampleContent = {
  format: 1,
  language: "en",
  conference: { id: "conf-1", kind: "conference", purpose: "Agree how Bence can read aloud", caseReference: "R-1" },
  attendance: [
    { participantId: "p-fac", name: "Éva Tóth", role: "facilitator", institution: null, attendance: "in_room" },
    { participantId: "p-guest", name: "Gábor Kiss", role: "professional", institution: null, attendance: "remote" },
    { participantId: "p-away", name: "Júlia Varga", role: "parent", institution: null, attendance: "absent" },
  ],
  agenda: [
    {
      id: "a1",
      title: "What is going well",
      timeboxMinutes: 15,
      elapsedMs: 60000,
      minutes: [
        { type: "paragraph", text: "Bence reads every evening." },
        { type: "bulletList", items: ["Grandmother helps", "Library card"] },
      ],
    },
    { id: "a2", title: "Next steps", timeboxMinutes: 15, elapsedMs: 0, minutes: [] },
  ],
  tasks: [
    {
      id: "t1",
      title: "Meet the class teacher",
      ownerName: "Gábor Kiss",
      dueDate: "2026-12-01",
      successIndicator: null,
      status: "open",
    },
  ],
  agreements: { howToInform: "By phone every Friday", otherDecisions: "", nextMeetingDate: "2027-02-10" },
};

export function buildVersion(overrides: Partial<SignoffVersion> = {}): SignoffVersion {
  return {
    id: "v1",
    number: 1,
    sha256: "3f2a9c41b7d08e5566aa00112233445566778899aabbccddeeff001122334455",
    createdAt: "2026-11-23T15:00:00.000Z",
    pdfPath: "/conferences/conf-1/minutes/1.pdf",
    content: sampleContent,
    signatures: [
      buildLine({ participantId: "p-fac", name: "Éva Tóth", role: "FACILITATOR" }),
      buildLine({ participantId: "p-guest", name: "Gábor Kiss", role: "PROFESSIONAL" }),
    ],
    ...overrides,
  };
}

export function buildSignoffConference(overrides: Partial<SignoffConferenceData> = {}): SignoffConferenceData {
  return {
    id: "conf-1",
    status: "SIGNING",
    viewerAccess: { participantId: "p-guest", role: "PROFESSIONAL", canPrepare: false, canRun: false },
    minutesVersions: [buildVersion()],
    ...overrides,
  };
}

/** The viewer of a facilitator on their own device: runs the meeting and manages the minutes. */
export const facilitatorAccess: SignoffConferenceData["viewerAccess"] = {
  participantId: "p-fac",
  role: "FACILITATOR",
  canPrepare: false,
  canRun: true,
};
