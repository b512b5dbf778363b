import type { EntityManager } from "typeorm";
import { hasLiveDocument } from "../collab/document-store.js";
import { findOr404 } from "../db/lookup.js";
import { AppError } from "../graphql/errors.js";
import type { Context } from "../graphql/context.js";
import { patchChanges } from "../graphql/validation.js";
import { AgendaItem } from "./agenda-item.entity.js";
import { assertStatus, lockConference, PREPARATION, publishConference } from "./conference.service.js";
import type { AgendaItemInput, AgendaItemPatch } from "./conference.types.js";

/**
 * The agenda prepared before the meeting. Once the conference has a live document (opened while
 * invited, or live) the document owns the agenda: one write path to live content.
 */
async function withAgenda<T>(
  ctx: Context,
  conferenceId: string,
  change: (em: EntityManager) => Promise<T>,
): Promise<T> {
  const { result, conference } = await ctx.db.transaction(async (em) => {
    const conference = await lockConference(em, conferenceId);
    assertStatus(conference, PREPARATION, "have its agenda changed here");
    // Under the same row lock as the document's creation: either the document starts from this
    // change, or this change sees the document and stops.
    if (await hasLiveDocument(em, conferenceId)) {
      throw new AppError(
        "CONFERENCE_LOCKED",
        "The agenda is in the meeting document now: change it there, so that nothing typed in the meeting is overwritten.",
        { status: conference.status },
      );
    }
    return { result: await change(em), conference };
  });
  publishConference(ctx, conference);
  return result;
}

async function itemsOf(em: EntityManager, conferenceId: string): Promise<AgendaItem[]> {
  return em.getRepository(AgendaItem).find({ where: { conferenceId }, order: { position: "ASC" } });
}

async function renumber(em: EntityManager, items: AgendaItem[]): Promise<void> {
  items.forEach((item, position) => (item.position = position));
  await em.getRepository(AgendaItem).save(items);
}

export function addAgendaItem(ctx: Context, conferenceId: string, input: AgendaItemInput) {
  return withAgenda(ctx, conferenceId, async (em) => {
    const count = await em.getRepository(AgendaItem).countBy({ conferenceId });
    return em.getRepository(AgendaItem).save(
      em.getRepository(AgendaItem).create({
        conferenceId,
        title: input.title.trim(),
        timeboxMinutes: input.timeboxMinutes,
        position: count,
      }),
    );
  });
}

// The item functions take the item the resolver loaded for the access check; what they change
// is read again under the conference's lock.
export async function updateAgendaItem(ctx: Context, item: AgendaItem, patch: AgendaItemPatch) {
  const changes = patchChanges(patch, ["title", "timeboxMinutes"]);
  return withAgenda(ctx, item.conferenceId, async (em) => {
    const fresh = await findOr404(em, AgendaItem, "Agenda item", item.id);
    if (changes.title !== undefined) fresh.title = changes.title.trim();
    if (changes.timeboxMinutes !== undefined) fresh.timeboxMinutes = changes.timeboxMinutes;
    return em.getRepository(AgendaItem).save(fresh);
  });
}

/** Moves an item to a new 0-based position (clamped to the list), shifting the others. */
export async function moveAgendaItem(ctx: Context, item: AgendaItem, position: number) {
  return withAgenda(ctx, item.conferenceId, async (em) => {
    const items = await itemsOf(em, item.conferenceId);
    const from = items.findIndex((i) => i.id === item.id);
    const [moved] = items.splice(from, 1);
    if (!moved) return items;
    items.splice(Math.max(0, Math.min(position, items.length)), 0, moved);
    await renumber(em, items);
    return items;
  });
}

export async function removeAgendaItem(ctx: Context, item: AgendaItem) {
  return withAgenda(ctx, item.conferenceId, async (em) => {
    await em.getRepository(AgendaItem).delete({ id: item.id });
    const items = await itemsOf(em, item.conferenceId);
    await renumber(em, items);
    return items;
  });
}
