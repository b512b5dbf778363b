import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { Max, Min } from "class-validator";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { isUuid } from "../db/lookup.js";
import { AppError } from "./errors.js";

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 25, description: `How many items, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 25;

  @Field(() => String, { nullable: true, description: "The endCursor of the previous page." })
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay-style connection type: `nodes` for the common case, plus page info and total. */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Connection`)
  abstract class ConnectionClass {
    @Field(() => [node])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: "All items matching the filter, over every page." })
    totalCount: number;
  }
  return ConnectionClass;
}

/**
 * Keyset pagination on (sort expression, id). The cursor is opaque to clients: base64url of
 * the last row's sort value and id, so a page never skips or repeats rows that sort equal.
 */
export interface SortKey<T> {
  /** SQL over the query's alias, never NULL (use COALESCE). */
  expr: string;
  /** The SQL type the cursor value is cast to for the comparison. */
  cast: "text" | "timestamptz" | "date";
  /** The same value computed from a loaded row. */
  valueOf(row: T): string;
  /** Newest first, for logs. */
  descending?: boolean;
}

function encodeCursor(value: string, id: string): string {
  return Buffer.from(JSON.stringify([value, id])).toString("base64url");
}

/** Whether a cursor's sort value casts to the key's SQL type: a forged one must not reach the query. */
const CASTS_TO: Record<SortKey<never>["cast"], (value: string) => boolean> = {
  text: (v) => !v.includes("\0"),
  date: (v) => v === "infinity" || writtenAsIso(v, `${v}T00:00:00.000Z`, 10),
  timestamptz: (v) => v === "infinity" || writtenAsIso(v, v, 24),
};

/** Whether `value` is exactly how toISOString writes `moment`, cut to `length` characters. */
function writtenAsIso(value: string, moment: string, length: number): boolean {
  const date = new Date(moment);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, length) === value;
}

function decodeCursor(cursor: string, cast: SortKey<never>["cast"]): [string, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((x) => typeof x === "string")) {
      const [value, id] = parsed as [string, string];
      if (isUuid(id) && CASTS_TO[cast](value)) return [value, id];
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError("BAD_USER_INPUT", "The cursor is not one this server gave out.", {
    fields: [{ path: "after", code: "INVALID_CURSOR", message: "is not a valid cursor" }],
  });
}

export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  key: SortKey<T>,
  page: PageArgs,
): Promise<Page<T>> {
  const alias = qb.alias;
  const totalCount = await qb.clone().getCount();
  if (page.after) {
    const [value, id] = decodeCursor(page.after, key.cast);
    const after = key.descending ? "<" : ">";
    qb.andWhere(`(${key.expr}, ${alias}.id) ${after} (CAST(:cursorValue AS ${key.cast}), CAST(:cursorId AS uuid))`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  const rows = await qb
    .orderBy(key.expr, key.descending ? "DESC" : "ASC")
    .addOrderBy(`${alias}.id`, key.descending ? "DESC" : "ASC")
    .take(page.first + 1)
    .getMany();
  const nodes = rows.slice(0, page.first);
  const last = nodes.at(-1);
  return {
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      endCursor: last ? encodeCursor(key.valueOf(last), last.id) : null,
    },
  };
}
