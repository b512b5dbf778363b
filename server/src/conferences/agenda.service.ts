import { randomUUID } from "node:crypto";
import {
  addAgendaItem as addLiveAgendaItem,
  moveAgendaItem as moveLiveAgendaItem,
  removeAgendaItem as removeLiveAgendaItem,
  updateAgendaItem as updateLiveAgendaItem,
} from "@roundtable/shared";
import type { EntityManager } from "typeorm";
import type * as Y from "yjs";
import { hasLiveDocument } from "../collab/document-store.js";
import { findOr404 } from "../db/lookup.js";
import { notFound } from "../graphql/errors.js";
import type { Context } from "../graphql/context.js";
import { patchChanges } from "../graphql/validation.js";
import { AgendaItem } from "./agenda-item.entity.js";
import { publishConference } from "./conference-events.js";
import { assertStatus, lockConference, PREPARATION } from "./conference.service.js";
import { changeLiveDocument } from "./live-change.js";
import type { AgendaItemInput, AgendaItemPatch } from "./conference.types.js";

/** One agenda change, as rows while GraphQL holds the agenda and as a Yjs change once the document does. */
interface AgendaChange<T> {
  rows(em: EntityManager): Promise<T>;
  /** Runs inside the document's transaction; may throw before writing (an item it does not hold). */
  document(doc: Y.Doc): void;
  /** The result read back once the document's change is stored and projected into the rows. */
  projected(em: EntityManager): Promise<T>;
}

/**
 * The agenda prepared before the meeting. Once the conference has a live document (opened while
 * invited, or live) the document owns the agenda: the change becomes a Yjs transaction on it,
 * which clients in the room see at once and the projection writes into the rows (one write path
 * to live content).
 */
async function changeAgenda<T>(ctx: Context, conferenceId: string, change: AgendaChange<T>): Promise<T> {
  const done = await ctx.db.transaction(async (em) => {
    const conference = await lockConference(em, conferenceId);
    assertStatus(conference, PREPARATION, "have its agenda changed here");
    // Under the same row lock as the document's creation: either the document starts from this
    // change, or this change sees the document and goes through it.
    if (await hasLiveDocument(em, conferenceId)) return null;
    return { result: await change.rows(em), conference };
  });
  if (done) {
    publishConference(ctx, done.conference);
    return done.result;
  }
  // The projection publishes the conference's change event.
  await changeLiveDocument(ctx, conferenceId, (doc, conference) => {
    assertStatus(conference, PREPARATION, "have its agenda changed here");
    change.document(doc);
  });
  return change.projected(ctx.db.manager);
}

/** The item must be on the document's agenda (not removed there meanwhile). */
function assertInDocument(found: boolean, id: string): void {
  if (!found) throw notFound("Agenda item", id);
}

async function itemsOf(em: EntityManager, conferenceId: string): Promise<AgendaItem[]> {
  return em.getRepository(AgendaItem).find({ where: { conferenceId }, order: { position: "ASC" } });
}

async function renumber(em: EntityManager, items: AgendaItem[]): Promise<void> {
  items.forEach((item, position) => (item.position = position));
  await em.getRepository(AgendaItem).save(items);
}

export function addAgendaItem(ctx: Context, conferenceId: string, input: AgendaItemInput) {
  const id = randomUUID();
  const item = { id, title: input.title.trim(), timeboxMinutes: input.timeboxMinutes };
  return changeAgenda(ctx, conferenceId, {
    async rows(em) {
      const count = await em.getRepository(AgendaItem).countBy({ conferenceId });
      return em
        .getRepository(AgendaItem)
        .save(em.getRepository(AgendaItem).create({ ...item, conferenceId, position: count }));
    },
    document: (doc) => void addLiveAgendaItem(doc, item),
    projected: (em) => findOr404(em, AgendaItem, "Agenda item", id),
  });
}

// The item functions take the item the resolver loaded for the access check; what they change
// is read again under the conference's lock.
export async function updateAgendaItem(ctx: Context, item: AgendaItem, patch: AgendaItemPatch) {
  const changes = patchChanges(patch, ["title", "timeboxMinutes"]);
  const title = changes.title?.trim();
  return changeAgenda(ctx, item.conferenceId, {
    async rows(em) {
      const fresh = await findOr404(em, AgendaItem, "Agenda item", item.id);
      if (title !== undefined) fresh.title = title;
      if (changes.timeboxMinutes !== undefined) fresh.timeboxMinutes = changes.timeboxMinutes;
      return em.getRepository(AgendaItem).save(fresh);
    },
    document: (doc) =>
      assertInDocument(updateLiveAgendaItem(doc, item.id, { title, timeboxMinutes: changes.timeboxMinutes }), item.id),
    projected: (em) => findOr404(em, AgendaItem, "Agenda item", item.id),
  });
}

/** Moves an item to a new 0-based position (clamped to the list), shifting the others. */
export async function moveAgendaItem(ctx: Context, item: AgendaItem, position: number) {
  return changeAgenda(ctx, item.conferenceId, {
    async rows(em) {
      const items = await itemsOf(em, item.conferenceId);
      const from = items.findIndex((i) => i.id === item.id);
      const [moved] = items.splice(from, 1);
      if (!moved) return items;
      items.splice(Math.max(0, Math.min(position, items.length)), 0, moved);
      await renumber(em, items);
      return items;
    },
    // The same clamping: readAgenda's index after taking the item out.
    document: (doc) => assertInDocument(moveLiveAgendaItem(doc, item.id, position), item.id),
    projected: (em) => itemsOf(em, item.conferenceId),
  });
}

export async function removeAgendaItem(ctx: Context, item: AgendaItem) {
  return changeAgenda(ctx, item.conferenceId, {
    async rows(em) {
      await em.getRepository(AgendaItem).delete({ id: item.id });
      const items = await itemsOf(em, item.conferenceId);
      await renumber(em, items);
      return items;
    },
    document: (doc) => assertInDocument(removeLiveAgendaItem(doc, item.id), item.id),
    projected: (em) => itemsOf(em, item.conferenceId),
  });
}
