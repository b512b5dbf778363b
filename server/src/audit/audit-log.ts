import { GraphQLError, getNamedType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import type { Context } from "../graphql/context.js";
import { REFUSAL_CODES } from "../graphql/errors.js";
import { auditIdentity } from "../policy/actor.js";
import { AuditEntry, type AuditOutcome } from "./audit-entry.entity.js";

/** Queries whose every call is logged: reading a case's detail. Every mutation is logged too. */
const AUDITED_QUERIES = new Set(["case"]);

type Args = Record<string, unknown>;

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const idArgument = (args: Args) => Object.keys(args).find((k) => k.endsWith("Id") && typeof args[k] === "string");

/** Names of what a mutation changes: the keys of its input, or its other arguments. Never values. */
function changedFields(args: Args): string[] | null {
  const input = args.input;
  if (input && typeof input === "object") return Object.keys(input);
  const names = Object.keys(args).filter((k) => k !== "id" && !k.endsWith("Id") && args[k] !== undefined);
  return names.length > 0 ? names : null;
}

/**
 * Wraps the audited root fields of the schema once, so every mutation (including ones added
 * later) and every read of a case's detail writes one entry, whatever resolver serves it, and
 * no other field pays for it.
 */
export function auditOperations(schema: GraphQLSchema): void {
  const targets = [
    ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({ field, mutation: true })),
    ...Object.values(schema.getQueryType()?.getFields() ?? {})
      .filter((field) => AUDITED_QUERIES.has(field.name))
      .map((field) => ({ field, mutation: false })),
  ];
  for (const { field, mutation } of targets) {
    const resolve = field.resolve as GraphQLFieldResolver<unknown, Context, Args> | undefined;
    if (!resolve) continue;
    const objectType = getNamedType(field.type);
    field.resolve = async (source, args, ctx, info) => {
      ctx.audit = {};
      const write = (outcome: AuditOutcome, result: unknown, code?: string) => {
        const { audit } = ctx;
        const idArg = idArgument(args);
        const resultId = (result as { id?: unknown } | null)?.id;
        return ctx.db.getRepository(AuditEntry).insert({
          ...auditIdentity(audit.actor ?? ctx.actor),
          action: field.name,
          recordType:
            audit.recordType ??
            (isObjectType(objectType) ? objectType.name : idArg ? capitalised(idArg.slice(0, -2)) : null),
          recordId:
            audit.recordId !== undefined
              ? audit.recordId
              : ((args.id as string | undefined) ??
                (typeof resultId === "string" ? resultId : null) ??
                (idArg ? (args[idArg] as string) : null)),
          ip: ctx.client.ip,
          changedFields: mutation ? changedFields(args) : null,
          outcome,
          detail: audit.detail ?? code ?? null,
        });
      };
      // A lost audit entry is logged loudly, but does not turn a change that happened into an
      // error the user would retry.
      const report = (auditErr: unknown) => ctx.log.error({ err: auditErr, action: field.name }, "audit entry lost");
      let result: unknown;
      try {
        result = await resolve(source, args, ctx, info);
      } catch (err) {
        const code = err instanceof GraphQLError ? String(err.extensions.code ?? "") : "";
        await write(REFUSAL_CODES.has(code) ? "refused" : "failed", null, code || "INTERNAL_SERVER_ERROR").catch(
          report,
        );
        throw err;
      }
      await write("ok", result).catch(report);
      return result;
    };
  }
}
