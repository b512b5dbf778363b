import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { notFound } from "../graphql/errors.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that is not even a UUID names nothing: not found, rather than a database error. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

export async function findOr404<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  what: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<T> {
  if (!isUuid(id)) throw notFound(what, id);
  const found = await em.getRepository(entity).findOne({
    where: { id } as never,
    ...(options.lock ? { lock: { mode: "pessimistic_write" as const } } : {}),
  });
  if (!found) throw notFound(what, id);
  return found;
}

/** A user's search text, matched literally by ILIKE. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
