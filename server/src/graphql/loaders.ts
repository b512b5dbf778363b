import { Account } from "../auth/account.entity.js";
import DataLoader from "dataloader";
import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from "typeorm";
import { Case } from "../cases/case.entity.js";
import { Child } from "../cases/child.entity.js";
import { AgendaItem } from "../conferences/agenda-item.entity.js";
import { Conference } from "../conferences/conference.entity.js";
import { Participant } from "../conferences/participant.entity.js";
import { Institution } from "../institutions/institution.entity.js";
import { Person } from "../persons/person.entity.js";
import { MinutesSignature } from "../signoff/minutes-signature.entity.js";
import { MinutesVersion } from "../signoff/minutes-version.entity.js";
import { TaskStatusChange } from "../tasks/task-status-change.entity.js";
import { Task } from "../tasks/task.entity.js";

/**
 * Batch loaders: a page of 50 cases with their conferences, participants and persons costs one
 * query per level, not one per row (no N+1). An HTTP request gets its own, caching set; a
 * subscription lives for many events, so its loaders batch but never cache (`cache: false`):
 * each event must see the data as it is now.
 */
interface LoaderOptions {
  cache: boolean;
}

function byId<T extends ObjectLiteral & { id: string }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  options: LoaderOptions,
) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await em.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  }, options);
}

function manyBy<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  key: keyof T & string,
  order: Partial<Record<keyof T & string, "ASC" | "DESC">>,
  options: LoaderOptions,
) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await em
      .getRepository(entity)
      .find({ where: { [key]: In([...keys]) } as never, order: order as never });
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) groups.get(row[key] as string)?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  }, options);
}

/** Rows reached through a join table, e.g. a case's professionals. */
function throughJoin<T extends ObjectLiteral & { id: string }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  joinTable: string,
  ownerColumn: string,
  targetColumn: string,
  options: LoaderOptions,
) {
  return new DataLoader<string, T[]>(async (owners) => {
    const links: { owner: string; target: string }[] = await em.query(
      `SELECT "${ownerColumn}" AS owner, "${targetColumn}" AS target FROM "${joinTable}" WHERE "${ownerColumn}" = ANY($1)`,
      [[...owners]],
    );
    const targets = links.length
      ? await em.getRepository(entity).findBy({ id: In([...new Set(links.map((l) => l.target))]) } as never)
      : [];
    const byTarget = new Map(targets.map((t) => [t.id, t]));
    return owners.map((o) => links.filter((l) => l.owner === o).flatMap((l) => byTarget.get(l.target) ?? []));
  }, options);
}

export function createLoaders(em: EntityManager, options: LoaderOptions = { cache: true }) {
  return {
    caseById: byId(em, Case, options),
    conferenceById: byId(em, Conference, options),
    personById: byId(em, Person, options),
    institutionById: byId(em, Institution, options),
    participantById: byId(em, Participant, options),
    childrenByCase: manyBy(em, Child, "caseId", { position: "ASC" }, options),
    conferencesByCase: manyBy(em, Conference, "caseId", { seriesIndex: "ASC" }, options),
    // Role order as declared: organiser, facilitator, note taker, professionals, then the family.
    participantsByConference: manyBy(
      em,
      Participant,
      "conferenceId",
      { role: "ASC", createdAt: "ASC", id: "ASC" },
      options,
    ),
    agendaByConference: manyBy(em, AgendaItem, "conferenceId", { position: "ASC" }, options),
    tasksByCase: manyBy(em, Task, "caseId", { dueDate: "ASC", createdAt: "ASC", id: "ASC" }, options),
    tasksAgreedIn: manyBy(em, Task, "agreedInId", { createdAt: "ASC", id: "ASC" }, options),
    minutesVersionsByConference: manyBy(em, MinutesVersion, "conferenceId", { number: "ASC" }, options),
    signaturesByVersion: manyBy(em, MinutesSignature, "versionId", {}, options),
    statusHistoryByTask: manyBy(em, TaskStatusChange, "taskId", { changedAt: "ASC", id: "ASC" }, options),
    teamByCase: throughJoin(em, Account, "case_team", "caseId", "accountId", options),
    professionalsByCase: throughJoin(em, Person, "case_professionals", "caseId", "personId", options),
    reviewedInByTask: throughJoin(em, Conference, "task_reviews", "taskId", "conferenceId", options),
    tasksReviewedIn: throughJoin(em, Task, "task_reviews", "conferenceId", "taskId", options),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
