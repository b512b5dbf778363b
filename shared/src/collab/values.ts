/**
 * Narrowing for values read from the live document. Any client with write access can put any JSON
 * (or a Yjs type) under any key, so readers check every value instead of trusting the layout.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The exact shape Date.prototype.toISOString writes, so stored instants compare as strings too.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

// Web Crypto is global in Node 20 and browsers; shared compiles without DOM or Node typings.
declare const crypto: { randomUUID(): string };

export function randomId(): string {
  return crypto.randomUUID();
}

/** Ids in the document become uuid columns when the server projects agenda and tasks into rows. */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

export function isIsoInstant(value: unknown): value is string {
  return typeof value === "string" && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

/** A calendar date (YYYY-MM-DD) that exists: "2025-02-30" is refused, not rolled over to March. */
export function isDateOnly(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = DATE_ONLY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function oneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}

/** Durations and counters: anything negative, fractional or non-numeric reads as zero. */
export function nonNegativeInteger(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.round(value) : 0;
}

export function isoOrNull(value: unknown): string | null {
  return isIsoInstant(value) ? value : null;
}

export function stringOr(value: unknown, fallback: string): string {
  return typeof value === "string" ? value : fallback;
}
