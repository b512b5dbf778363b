import type * as Y from "yjs";
import { ConferenceGone } from "../collab/conference-gate.js";
import { DocumentFrozen, type ConferenceFacts } from "../collab/types.js";
import type { Context } from "../graphql/context.js";
import { AppError, notFound } from "../graphql/errors.js";

/**
 * A GraphQL change to content the conference's live document holds, made as a Yjs transaction on
 * the document (CollabCore.changeDocument): clients in the room see it at once, and once this
 * resolves it is stored and projected, so the caller reads its result from the rows. `change`
 * runs synchronously under the conference's share lock and may throw before writing (an
 * AppError reaches the client as it is).
 */
export async function changeLiveDocument<T>(
  ctx: Context,
  conferenceId: string,
  change: (doc: Y.Doc, conference: ConferenceFacts) => T,
): Promise<T> {
  try {
    return await ctx.live.changeDocument(conferenceId, change);
  } catch (err) {
    if (err instanceof DocumentFrozen) {
      throw new AppError("CONFERENCE_LOCKED", `A conference that is ${err.status} has its meeting document frozen.`, {
        status: err.status,
      });
    }
    if (err instanceof ConferenceGone) throw notFound("Conference", conferenceId);
    throw err;
  }
}
