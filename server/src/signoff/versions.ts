import { readDocumentVersion } from "@roundtable/shared";
import type { EntityManager } from "typeorm";
import * as Y from "yjs";
import { initialiseDocument, readDocument } from "../collab/document-store.js";
import { Conference } from "../conferences/conference.entity.js";
import { publishConference } from "../conferences/conference-events.js";
import type { Context } from "../graphql/context.js";
import { buildMinutesContent, loadMinutesFacts, minutesHash } from "../minutes/render-content.js";
import { auditIdentity } from "../policy/actor.js";
import { MinutesVersion } from "./minutes-version.entity.js";

/** The newest version of a conference's minutes, or null before the first closing. */
export function latestVersion(em: EntityManager, conferenceId: string): Promise<MinutesVersion | null> {
  return em.getRepository(MinutesVersion).findOne({ where: { conferenceId }, order: { number: "DESC" } });
}

/**
 * The live document exactly as the meeting left it. A room loaded here is settled first: its
 * writers re-checked against the new status (so it takes no more edits) and every change it
 * accepted stored. Otherwise the database holds everything; a document nobody ever opened is
 * initialised from the agenda, as the room would have done.
 */
async function frozenDocument(ctx: Context, conferenceId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const held = await ctx.live.settle(conferenceId);
  if (held) {
    Y.applyUpdate(doc, held);
    return doc;
  }
  for (const update of (await readDocument(ctx.db, conferenceId)).updates) Y.applyUpdate(doc, update);
  if (readDocumentVersion(doc) === null) {
    for (const update of (await initialiseDocument(ctx.db, conferenceId)).updates) Y.applyUpdate(doc, update);
  }
  return doc;
}

/**
 * Closing: called once the conference moved live → signing and that change committed (the
 * collaboration endpoint freezes a document from signing on). Renders the next version and
 * stores it, and only then publishes the change (the transition did not), so whoever reads on
 * it finds the version. If that fails the conference goes back to live, so a conference in
 * signing always has a version of what the meeting wrote, and the facilitator can simply close
 * again.
 */
export async function renderClosingVersion(ctx: Context, conference: Conference): Promise<Conference> {
  try {
    const doc = await frozenDocument(ctx, conference.id);
    const saved = await ctx.db.transaction(async (em) => {
      const current = await em
        .getRepository(Conference)
        .findOneOrFail({ where: { id: conference.id }, lock: { mode: "pessimistic_write" } });
      // Reopened meanwhile by someone else: their next closing renders the version.
      if (current.status !== "signing") return current;
      const number = ((await latestVersion(em, current.id))?.number ?? 0) + 1;
      const content = buildMinutesContent(await loadMinutesFacts(em, current.id), doc, new Date());
      const identity = auditIdentity(ctx.actor);
      await em.getRepository(MinutesVersion).insert({
        conferenceId: current.id,
        number,
        content,
        sha256: minutesHash(content),
        createdByKind: identity.actorKind,
        createdByAccountId: identity.accountId,
        createdByParticipantId: identity.participantId,
      });
      return current;
    });
    doc.destroy();
    publishConference(ctx, saved);
    return saved;
  } catch (err) {
    ctx.log.error({ err, conferenceId: conference.id }, "rendering the minutes failed; the meeting goes back to live");
    const reverted = await ctx.db.transaction(async (em) => {
      const current = await em
        .getRepository(Conference)
        .findOneOrFail({ where: { id: conference.id }, lock: { mode: "pessimistic_write" } });
      if (current.status !== "signing") return current;
      current.status = "live";
      current.statusChangedAt = new Date();
      return em.getRepository(Conference).save(current);
    });
    publishConference(ctx, reverted);
    throw err;
  }
}
