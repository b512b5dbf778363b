import type { ParticipantRole } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import type { Actor, GuestActor, StaffActor } from "../policy/actor.js";
import { can, type Action } from "../policy/policy.js";

const CASE = "00000000-0000-4000-8000-0000000000c1";
const CONFERENCE = "00000000-0000-4000-8000-0000000000f1";
const OTHER_CONFERENCE = "00000000-0000-4000-8000-0000000000f2";
const minutes = { type: "minutes", conferenceId: CONFERENCE, caseId: CASE } as const;

function staff(options: { team?: boolean; role?: ParticipantRole; admin?: boolean } = {}): StaffActor {
  return {
    kind: "staff",
    accountId: "00000000-0000-4000-8000-0000000000a1",
    sessionId: null,
    admin: options.admin ?? false,
    personId: "00000000-0000-4000-8000-0000000000b1",
    caseIds: new Set(options.team ? [CASE] : []),
    participations: new Map(options.role ? [[CONFERENCE, options.role]] : []),
  };
}

function guest(role: ParticipantRole, conferenceId = CONFERENCE): GuestActor {
  return {
    kind: "guest",
    sessionId: null,
    guestLinkId: "00000000-0000-4000-8000-0000000000d1",
    participantId: "00000000-0000-4000-8000-0000000000e1",
    personId: "00000000-0000-4000-8000-0000000000b2",
    role,
    conferenceId,
    caseId: CASE,
  };
}

const ACTIONS: Action[] = ["read", "sign", "run", "manage"];
const allowed = (actor: Actor) => ACTIONS.filter((action) => can(actor, action, minutes));

describe("the policy for a conference's minutes", () => {
  it("lets every participant read and sign for themselves, and only those running the meeting record in the room", () => {
    expect(allowed(guest("professional"))).toEqual(["read", "sign"]);
    expect(allowed(guest("parent"))).toEqual(["read", "sign"]);
    expect(allowed(guest("observer"))).toEqual(["read", "sign"]);
    expect(allowed(guest("note_taker"))).toEqual(["read", "sign", "run"]);
    expect(allowed(staff({ role: "professional" }))).toEqual(["read", "sign"]);
  });

  it("lets the facilitator and the organisers (an organiser seat, the case's team) reopen or close unsigned", () => {
    expect(allowed(guest("facilitator"))).toEqual(["read", "sign", "run", "manage"]);
    expect(allowed(staff({ role: "organiser" }))).toEqual(["read", "sign", "manage"]);
    // The team reads and runs, but signs only with a seat of its own.
    expect(allowed(staff({ team: true }))).toEqual(["read", "run", "manage"]);
    expect(allowed(staff({ team: true, role: "professional" }))).toEqual(["read", "sign", "run", "manage"]);
  });

  it("gives nothing to a guest of another conference, staff of other cases, an administrator or nobody", () => {
    expect(allowed(guest("facilitator", OTHER_CONFERENCE))).toEqual([]);
    expect(allowed(staff())).toEqual([]);
    expect(allowed(staff({ admin: true, team: true }))).toEqual([]);
    expect(allowed({ kind: "anonymous" })).toEqual([]);
  });
});
