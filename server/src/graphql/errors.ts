import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { ValidationError } from "class-validator";
import { LIMIT_ADVICE } from "./limits.js";

/**
 * The stable codes a client may branch on (in `extensions.code`). Every module throws
 * AppError with one of these; nothing else reaches the client with a code of its own.
 */
export const ERROR_CODES = [
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "ILLEGAL_TRANSITION",
  "CONFERENCE_NOT_READY",
  "CONFERENCE_LOCKED",
  "DUPLICATE",
  "MINUTES_SUPERSEDED",
  "NOT_PRESENT",
  "ALREADY_ANSWERED",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "INVALID_CREDENTIALS",
  "TOO_MANY_ATTEMPTS",
  "INVALID_LINK",
  "LINK_EXPIRED",
  "LINK_REVOKED",
  "QUERY_TOO_COMPLEX",
  "INTERNAL_SERVER_ERROR",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes that mean "you may not", as opposed to "that did not work" (the audit log tells them apart). */
export const REFUSAL_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "INVALID_CREDENTIALS",
  "TOO_MANY_ATTEMPTS",
  "INVALID_LINK",
  "LINK_EXPIRED",
  "LINK_REVOKED",
]);

export interface FieldError {
  /** Dotted path within the arguments, e.g. "input.purpose" or "input.children.0.birthDate". */
  path: string;
  /** A stable code per failed rule: REQUIRED, TOO_LONG, OUT_OF_RANGE, INVALID_URL, … */
  code: string;
  message: string;
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

export const notFound = (what: string, id: string): AppError =>
  new AppError("NOT_FOUND", `${what} ${id} was not found.`, { id });

const RULE_CODES: Record<string, string> = {
  notBlank: "REQUIRED",
  isNotEmpty: "REQUIRED",
  isDefined: "REQUIRED",
  minLength: "REQUIRED",
  maxLength: "TOO_LONG",
  arrayMaxSize: "TOO_MANY",
  min: "OUT_OF_RANGE",
  max: "OUT_OF_RANGE",
  isInt: "NOT_AN_INTEGER",
  isUrl: "INVALID_URL",
  isEmail: "INVALID_EMAIL",
  matches: "INVALID_FORMAT",
  isUUID: "INVALID_ID",
  arrayUnique: "DUPLICATE",
};

function flatten(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([rule, message]) => ({
      path,
      code: RULE_CODES[rule] ?? rule.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase(),
      message,
    }));
    return [...own, ...flatten(e.children ?? [], path)];
  });
}

/**
 * The argument a validated object came in as. class-validator only knows the class, so the API
 * keeps one convention: filters are `filter`, other input objects `input`, and the fields of an
 * ArgsType class (`first`, `after`, `status`) are arguments themselves.
 */
function argumentOf(error: ValidationError): string {
  const name = error.target?.constructor.name ?? "";
  if (name.endsWith("Args")) return "";
  return name.endsWith("Filter") ? "filter" : "input";
}

/** class-validator's tree, as the flat list of field errors the client shows next to each field. */
export function fieldErrors(errors: ValidationError[]): FieldError[] {
  return errors.flatMap((e) => flatten([e], argumentOf(e)));
}

/**
 * The one place where errors are shaped for the client. In production, anything that is not
 * an expected GraphQL or application error becomes a bare "Internal server error": no stack
 * trace, no SQL, no record contents.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  production: boolean,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const validationErrors = (original as { extensions?: { validationErrors?: ValidationError[] } } | undefined)
    ?.extensions?.validationErrors;
  if (Array.isArray(validationErrors)) {
    const fields = fieldErrors(validationErrors);
    return {
      message: `Invalid input: ${fields.map((f) => `${f.path} ${f.message}`).join("; ")}`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "BAD_USER_INPUT", fields },
    };
  }
  if (formatted.message.endsWith(LIMIT_ADVICE)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: "QUERY_TOO_COMPLEX" } };
  }
  const code = formatted.extensions?.code;
  const expected = original instanceof GraphQLError || (typeof code === "string" && code !== "INTERNAL_SERVER_ERROR");
  if (!expected) {
    return production
      ? { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } }
      : { ...formatted, extensions: { ...formatted.extensions, code: "INTERNAL_SERVER_ERROR" } };
  }
  if (production && formatted.extensions && "stacktrace" in formatted.extensions) {
    const { stacktrace: _dropped, ...extensions } = formatted.extensions;
    return { ...formatted, extensions };
  }
  return formatted;
}
