import { LANGUAGES, type Language } from "@roundtable/shared";
import type { Request, RequestHandler, Response } from "express";
import { AuditEntry, type AuditOutcome } from "../audit/audit-entry.entity.js";
import { Case } from "../cases/case.entity.js";
import { isUuid } from "../db/lookup.js";
import type { Context } from "../graphql/context.js";
import { auditIdentity } from "../policy/actor.js";
import { can } from "../policy/policy.js";
import { activityCsv } from "./activity-csv.js";
import { activityLog } from "./activity-log.js";
import type { Delimiter } from "./csv.js";

/** The audit log's name for this read, like `case` for a read of the case over GraphQL. */
export const ACTIVITY_CSV_ACTION = "caseActivityCsv";

const SEPARATORS: Record<string, Delimiter> = { comma: ",", semicolon: ";" };

/**
 * Excel in Hungarian and Czech settings splits columns at semicolons (the comma is their decimal
 * mark), in English at commas: each language gets what its spreadsheet opens without an import
 * dialog, and `?sep=comma|semicolon` overrides it.
 */
const defaultDelimiter = (language: Language): Delimiter => (language === "en" ? "," : ";");

function problem(res: Response, status: number, code: string, message: string) {
  res.status(status).set("cache-control", "no-store").json({ error: { code, message } });
}

/**
 * GET /cases/:id/activity.csv?lang=hu[&sep=comma]: the case's activity log as a spreadsheet, for
 * the case's team only (the same policy as `case(id)`), every attempt written to the audit log.
 * Someone else's case, or none: 404, never telling the two apart; nobody signed in: 401.
 */
export function activityCsvRoute(contextFor: (req: Request) => Promise<Context>): RequestHandler {
  return async (req, res) => {
    const ctx = await contextFor(req);
    const caseId = String(req.params.id);
    const audit = (outcome: AuditOutcome, detail: string | null) =>
      ctx.db
        .getRepository(AuditEntry)
        .insert({
          ...auditIdentity(ctx.actor),
          action: ACTIVITY_CSV_ACTION,
          recordType: "Case",
          recordId: caseId,
          ip: ctx.client.ip,
          changedFields: null,
          outcome,
          detail,
        })
        .catch((err: unknown) => ctx.log.error({ err, action: ACTIVITY_CSV_ACTION }, "audit entry lost"));

    const lang = String(req.query.lang ?? "en");
    const sep = req.query.sep === undefined ? null : String(req.query.sep);
    if (!LANGUAGES.includes(lang as Language) || (sep !== null && !(sep in SEPARATORS))) {
      await audit("failed", "BAD_USER_INPUT");
      problem(res, 400, "BAD_USER_INPUT", `lang must be one of ${LANGUAGES.join(", ")}; sep comma or semicolon.`);
      return;
    }
    if (ctx.actor.kind === "anonymous") {
      await audit("refused", "UNAUTHENTICATED");
      problem(res, 401, "UNAUTHENTICATED", "Please sign in.");
      return;
    }
    const found =
      isUuid(caseId) && can(ctx.actor, "read", { type: "case", caseId })
        ? await ctx.db.getRepository(Case).findOneBy({ id: caseId })
        : null;
    if (!found) {
      await audit("refused", "NOT_FOUND");
      problem(res, 404, "NOT_FOUND", `Case ${caseId} was not found.`);
      return;
    }
    const language = lang as Language;
    const csv = activityCsv(await activityLog(ctx.db.manager, caseId), {
      language,
      timeZone: ctx.config.TIME_ZONE,
      delimiter: sep ? SEPARATORS[sep]! : defaultDelimiter(language),
    });
    await audit("ok", null);
    const filename = `activity-${found.reference}.csv`;
    res
      .status(200)
      .set({
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename.replace(/[^\x20-\x7e]|["\\]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        // Children's data: never kept by a browser or proxy cache.
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      })
      .send(csv);
  };
}
