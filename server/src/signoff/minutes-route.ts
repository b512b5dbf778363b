import type { Request, RequestHandler, Response } from "express";
import { AuditEntry, type AuditOutcome } from "../audit/audit-entry.entity.js";
import { Conference } from "../conferences/conference.entity.js";
import { isUuid } from "../db/lookup.js";
import type { Context } from "../graphql/context.js";
import { PDF_LABELS } from "../minutes/pdf-labels.js";
import { auditIdentity } from "../policy/actor.js";
import { can } from "../policy/policy.js";
import { minutesPdf } from "./distribution.js";
import { minutesSubject } from "./lifecycle.js";
import { MinutesVersion } from "./minutes-version.entity.js";

/** The audit log's name for this read. */
export const MINUTES_PDF_ACTION = "minutesPdf";

/** Where a version's PDF is served (MinutesVersion.pdfPath). */
export const MINUTES_PDF_PATH = "/conferences/:id/minutes/:number.pdf";

function problem(res: Response, status: number, code: string, message: string) {
  res.status(status).set("cache-control", "no-store").json({ error: { code, message } });
}

/**
 * GET /conferences/:id/minutes/:number.pdf: a minutes version with its signatures as they stand,
 * for whoever may read the conference's minutes (its participants, guests through their link's
 * session, and the case's team), asked of the policy like a resolver would. Every attempt is
 * audited as a read; someone else's conference, or none: 404, never telling the two apart.
 */
export function minutesPdfRoute(contextFor: (req: Request) => Promise<Context>): RequestHandler {
  return async (req, res) => {
    const ctx = await contextFor(req);
    const conferenceId = String(req.params.id);
    const number = Number(req.params.number);
    const audit = (outcome: AuditOutcome, detail: string | null) =>
      ctx.db
        .getRepository(AuditEntry)
        .insert({
          ...auditIdentity(ctx.actor),
          action: MINUTES_PDF_ACTION,
          recordType: "Conference",
          recordId: conferenceId,
          ip: ctx.client.ip,
          changedFields: null,
          outcome,
          detail,
        })
        .catch((err: unknown) => ctx.log.error({ err, action: MINUTES_PDF_ACTION }, "audit entry lost"));

    if (ctx.actor.kind === "anonymous") {
      await audit("refused", "UNAUTHENTICATED");
      problem(res, 401, "UNAUTHENTICATED", "Please sign in, or open your invitation link again.");
      return;
    }
    const conference = isUuid(conferenceId)
      ? await ctx.db.getRepository(Conference).findOneBy({ id: conferenceId })
      : null;
    const version =
      conference && can(ctx.actor, "read", minutesSubject(conference)) && Number.isInteger(number) && number > 0
        ? await ctx.db.getRepository(MinutesVersion).findOneBy({ conferenceId, number })
        : null;
    if (!conference || !version) {
      await audit("refused", "NOT_FOUND");
      problem(
        res,
        404,
        "NOT_FOUND",
        `Version ${req.params.number} of the minutes of conference ${conferenceId} was not found.`,
      );
      return;
    }
    const { pdf } = await minutesPdf(ctx.db.manager, version, ctx.config.TIME_ZONE);
    await audit("ok", `version ${version.number}`);
    const filename = `${PDF_LABELS[version.content.language].minutes}-${version.content.conference.caseReference}-v${version.number}.pdf`;
    res
      .status(200)
      .set({
        "content-type": "application/pdf",
        "content-disposition": `inline; filename="${filename.replace(/[^\x20-\x7e]|["\\]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        // Children's data: never kept by a browser or proxy cache.
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      })
      .send(Buffer.from(pdf));
  };
}
