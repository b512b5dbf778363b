import type { ParticipantRole } from "@roundtable/shared";
import type { StaffActor } from "../policy/actor.js";
import type { Account } from "./account.entity.js";

/** What the policy decides a staff account's access on: its cases, and its person's seats. */
export interface StaffFacts {
  caseIds: string[];
  participations: { conferenceId: string; role: ParticipantRole }[];
}

/**
 * The two facts as select-list expressions over SQL references to the account's person id and
 * account id: read on their own at sign-in, and in the session's own statement on every request
 * and socket. JSON, which both drivers parse alike.
 */
export function staffFactsColumns(personId: string, accountId: string): { caseIds: string; participations: string } {
  return {
    caseIds: `(SELECT COALESCE(json_agg(x.id), '[]'::json) FROM (
                 SELECT c.id FROM cases c WHERE c."caseManagerId" = ${personId}
                 UNION SELECT t."caseId" FROM case_team t WHERE t."accountId" = ${accountId}) x)`,
    participations: `(SELECT COALESCE(json_agg(json_build_object('conferenceId', p."conferenceId", 'role', p.role)), '[]'::json)
                      FROM participants p WHERE p."personId" = ${personId})`,
  };
}

export function staffActorOf(
  account: Pick<Account, "id" | "role" | "personId">,
  sessionId: string | null,
  facts: StaffFacts,
): StaffActor {
  return {
    kind: "staff",
    accountId: account.id,
    sessionId,
    admin: account.role === "admin",
    personId: account.personId,
    caseIds: new Set(facts.caseIds),
    participations: new Map(facts.participations.map((p) => [p.conferenceId, p.role])),
  };
}
