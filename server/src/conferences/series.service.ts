import { OPEN_TASK_STATUSES, suggestNextDate } from "@roundtable/shared";
import { In } from "typeorm";
import { Case } from "../cases/case.entity.js";
import { findOr404 } from "../db/lookup.js";
import type { Context } from "../graphql/context.js";
import { Person } from "../persons/person.entity.js";
import { Task } from "../tasks/task.entity.js";
import { AgendaItem } from "./agenda-item.entity.js";
import { Conference } from "./conference.entity.js";
import { publishConference } from "./conference-events.js";
import { nextSeriesIndex } from "./conference.service.js";
import { Participant } from "./participant.entity.js";

/** The three meetings of a typical series and what each is for (DOMAIN.md, "Series"). */
function seriesPurpose(index: number): string {
  if (index === 1) return "Map the family's situation together, agree a common goal, and share out who does what.";
  if (index === 2) return "Review what has been achieved since the last meeting, adjust the goals and who does what.";
  return "Evaluate whether the goals were met: what worked, what blocked, how we worked together; plan any further steps.";
}

/**
 * Plans the next conference of a case's series: same kind, place, language and people as the
 * last one, about ten weeks later, with each task still open from the last meeting on the
 * agenda for review.
 */
export async function planNextConference(ctx: Context, caseId: string): Promise<Conference> {
  const saved = await ctx.db.transaction(async (em) => {
    await findOr404(em, Case, "Case", caseId, { lock: true });
    const last = await em.getRepository(Conference).findOne({
      where: { caseId, status: In(["draft", "invited", "live", "signing", "closed"]) },
      order: { seriesIndex: "DESC" },
    });
    const seriesIndex = await nextSeriesIndex(em, caseId);
    const conference = await em.getRepository(Conference).save(
      em.getRepository(Conference).create({
        caseId,
        kind: last?.kind ?? "conference",
        purpose: seriesPurpose(seriesIndex),
        scheduledStart: suggestNextDate(last?.scheduledStart ?? new Date()),
        plannedDurationMinutes: last?.plannedDurationMinutes ?? 180,
        place: last?.place ?? null,
        onlineLink: null,
        language: last?.language ?? "en",
        seriesIndex,
      }),
    );
    if (!last) return conference;

    const people = await em
      .getRepository(Participant)
      .find({ where: { conferenceId: last.id }, order: { createdAt: "ASC" } });
    if (people.length > 0) {
      await em
        .getRepository(Participant)
        .insert(people.map((p) => ({ conferenceId: conference.id, personId: p.personId, role: p.role })));
    }

    const reviewed: { taskId: string }[] = await em.query(
      `SELECT "taskId" FROM "task_reviews" WHERE "conferenceId" = $1`,
      [last.id],
    );
    const open = In([...OPEN_TASK_STATUSES]);
    const openTasks = await em.getRepository(Task).find({
      where: [
        { agreedInId: last.id, status: open },
        ...(reviewed.length ? [{ id: In(reviewed.map((r) => r.taskId)), status: open }] : []),
      ],
      order: { createdAt: "ASC", id: "ASC" },
    });
    const ownerIds = openTasks.flatMap((t) => t.ownerPersonId ?? []);
    const owners = ownerIds.length ? await em.getRepository(Person).findBy({ id: In(ownerIds) }) : [];
    const ownerName = new Map(owners.map((p) => [p.id, p.fullName]));
    const items = [
      { title: "Opening: purpose, time frame and confidentiality", timeboxMinutes: 10 },
      ...openTasks.map((t) => ({
        title: `Review: ${t.title}${t.ownerPersonId ? ` (${ownerName.get(t.ownerPersonId)})` : ""}`,
        timeboxMinutes: 10,
        reviewsTaskId: t.id,
      })),
      { title: "Strengths and resources since the last meeting", timeboxMinutes: 20 },
      { title: "Next steps: who does what by when", timeboxMinutes: 30 },
    ];
    await em
      .getRepository(AgendaItem)
      .insert(items.map((item, position) => ({ ...item, conferenceId: conference.id, position })));
    if (openTasks.length > 0) {
      await em.query(
        `INSERT INTO "task_reviews" ("taskId", "conferenceId") SELECT unnest($1::uuid[]), $2 ON CONFLICT DO NOTHING`,
        [openTasks.map((t) => t.id), conference.id],
      );
    }
    return conference;
  });
  publishConference(ctx, saved);
  return saved;
}
