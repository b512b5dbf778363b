import { AppError } from "../graphql/errors.js";
import type { Actor } from "./actor.js";

/** What can be done to what. Subjects name the record the action concerns. */
export type Action = "read" | "create" | "update";
export type Subject =
  | { type: "case"; caseId: string | null }
  | { type: "caseReporter"; caseId: string }
  | { type: "conference"; conferenceId: string; caseId: string }
  | { type: "task"; taskId: string | null; caseId: string }
  | { type: "directory" };

/**
 * The one policy module: every resolver and socket asks here, nothing else decides access.
 * Before accounts exist there is one kind of caller, the operator of a local installation,
 * who may do everything; the access-control issue replaces this body with the real rules.
 */
export function can(actor: Actor, _action: Action, _subject: Subject): boolean {
  return actor.kind === "local-operator" || actor.kind === "system";
}

/**
 * Throws when the actor may not. A record you may not see is reported as not found, never as
 * forbidden, so its existence does not leak.
 */
export function authorize(actor: Actor, action: Action, subject: Subject, notFound: () => AppError): void {
  if (!can(actor, action, subject)) throw notFound();
}
