import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from "typeorm";
import type { Actor } from "./actor.js";
import { readScope } from "./policy.js";

/**
 * Lists filtered in SQL by what the actor may read: the twin of `can(actor, "read", …)` for one
 * record. The access matrix test holds the two together.
 */
export function onlyReadableCases<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor) {
  return qb.andWhere(`${qb.alias}.id = ANY(CAST(:scopeCaseIds AS uuid[]))`, { scopeCaseIds: readScope(actor).caseIds });
}

export function onlyReadableConferences<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor) {
  const scope = readScope(actor);
  return qb.andWhere(
    `(${qb.alias}."caseId" = ANY(CAST(:scopeCaseIds AS uuid[])) OR ${qb.alias}.id = ANY(CAST(:scopeConferenceIds AS uuid[])))`,
    { scopeCaseIds: scope.caseIds, scopeConferenceIds: scope.conferenceIds },
  );
}

export function onlyReadableTasks<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor) {
  const { caseIds, ownTasks } = readScope(actor);
  const a = qb.alias;
  return qb.andWhere(
    new Brackets((or) => {
      or.where(`${a}."caseId" = ANY(CAST(:scopeCaseIds AS uuid[]))`, { scopeCaseIds: caseIds });
      if (!ownTasks) return;
      if (ownTasks.participantId) {
        or.orWhere(`${a}."ownerParticipantId" = :scopeParticipant`, { scopeParticipant: ownTasks.participantId });
      }
      or.orWhere(
        ownTasks.conferenceId
          ? `(${a}."ownerPersonId" = :scopePerson AND ${a}."agreedInId" = :scopeConference)`
          : `${a}."ownerPersonId" = :scopePerson`,
        { scopePerson: ownTasks.personId, scopeConference: ownTasks.conferenceId },
      );
    }),
  );
}
