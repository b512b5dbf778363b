import { In, type EntityManager } from "typeorm";
import { escapeLike, findOr404 } from "../db/lookup.js";
import type { Context } from "../graphql/context.js";
import { AppError } from "../graphql/errors.js";
import { paginate, type PageArgs } from "../graphql/pagination.js";
import { patchChanges } from "../graphql/validation.js";
import { Account } from "../auth/account.entity.js";
import { Person } from "../persons/person.entity.js";
import { onlyReadableCases } from "../policy/scope.js";
import { Case } from "./case.entity.js";
import type { CaseFilter, CaseInput, CasePatch, ChildInput } from "./case.types.js";
import { Child } from "./child.entity.js";
import { CaseReporter } from "./reporter.entity.js";

export function listCases(ctx: Context, filter: CaseFilter, page: PageArgs) {
  const qb = onlyReadableCases(ctx.db.getRepository(Case).createQueryBuilder("cs"), ctx.actor);
  if (filter.status) qb.andWhere("cs.status = :status", { status: filter.status });
  if (filter.search?.trim()) {
    qb.andWhere("(cs.reference ILIKE :q OR cs.familyName ILIKE :q)", { q: `%${escapeLike(filter.search.trim())}%` });
  }
  return paginate(
    qb,
    { expr: `lower("cs"."familyName")`, cast: "text", valueOf: (c) => c.familyName.toLowerCase() },
    page,
  );
}

export function createCase(ctx: Context, input: CaseInput): Promise<Case> {
  return ctx.db.transaction(async (em) => {
    await checkReferences(em, input);
    await assertReferenceFree(em, input.reference);
    const saved = await em.getRepository(Case).save(
      em.getRepository(Case).create({
        reference: input.reference.trim(),
        familyName: input.familyName.trim(),
        status: input.status ?? "open",
        flags: input.flags ?? [],
        caseManagerId: input.caseManagerId ?? null,
        professionals: (input.professionalIds ?? []).map((id) => ({ id }) as Person),
        // Whoever opens a case works on it.
        team: ctx.actor.kind === "staff" ? [{ id: ctx.actor.accountId } as Account] : [],
      }),
    );
    await replaceChildren(em, saved.id, input.children ?? []);
    if (input.reporter) await em.getRepository(CaseReporter).save({ caseId: saved.id, ...input.reporter });
    return saved;
  });
}

export function updateCase(ctx: Context, id: string, patch: CasePatch): Promise<Case> {
  const { children, professionalIds, ...fields } = patch;
  const changes = patchChanges(fields, ["reference", "familyName", "status", "flags"]);
  // Trimmed as on create: an untrimmed reference would slip past the uniqueness check.
  if (changes.reference !== undefined) changes.reference = changes.reference.trim();
  if (changes.familyName !== undefined) changes.familyName = changes.familyName.trim();
  return ctx.db.transaction(async (em) => {
    const existing = await findOr404(em, Case, "Case", id, { lock: true });
    await checkReferences(em, patch);
    if (changes.reference !== undefined && changes.reference !== existing.reference) {
      await assertReferenceFree(em, changes.reference);
    }
    em.getRepository(Case).merge(existing, changes);
    if (professionalIds) existing.professionals = professionalIds.map((pid) => ({ id: pid }) as Person);
    const saved = await em.getRepository(Case).save(existing);
    if (children) await replaceChildren(em, id, children);
    return saved;
  });
}

export async function setCaseReporter(ctx: Context, caseId: string, reporter: CaseReporter | null): Promise<void> {
  await ctx.db.transaction(async (em) => {
    await findOr404(em, Case, "Case", caseId, { lock: true });
    // A new reporter replaces the old one whole: nothing of the previous record may stay.
    if (reporter) {
      const { name, contact = null, reportedOn = null, note = null } = reporter;
      await em.getRepository(CaseReporter).save({ caseId, name, contact, reportedOn, note });
    } else await em.getRepository(CaseReporter).delete({ caseId });
  });
}

async function assertReferenceFree(em: EntityManager, reference: string): Promise<void> {
  if (await em.getRepository(Case).existsBy({ reference: reference.trim() })) {
    throw new AppError("DUPLICATE", `A case with reference ${reference.trim()} already exists.`, {
      fields: [{ path: "input.reference", code: "DUPLICATE", message: "is already used by another case" }],
    });
  }
}

async function checkReferences(
  em: EntityManager,
  input: { caseManagerId?: string | null; professionalIds?: string[] },
) {
  const ids = [...(input.caseManagerId ? [input.caseManagerId] : []), ...(input.professionalIds ?? [])];
  if (ids.length === 0) return;
  const found = new Set((await em.getRepository(Person).findBy({ id: In(ids) })).map((p) => p.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw new AppError("BAD_USER_INPUT", `Unknown person: ${missing.join(", ")}.`, {
      fields: missing.map((id) => ({
        path: id === input.caseManagerId ? "input.caseManagerId" : "input.professionalIds",
        code: "UNKNOWN_PERSON",
        message: `names no person (${id})`,
      })),
    });
  }
}

async function replaceChildren(em: EntityManager, caseId: string, children: ChildInput[]): Promise<void> {
  await em.getRepository(Child).delete({ caseId });
  if (children.length === 0) return;
  await em
    .getRepository(Child)
    .insert(children.map((c, position) => ({ caseId, fullName: c.fullName.trim(), birthDate: c.birthDate, position })));
}

/** Team changes name staff accounts only; the manager is on the team through the case itself. */
export async function changeTeam(ctx: Context, caseId: string, accountId: string, change: "add" | "remove") {
  await ctx.db.transaction(async (em) => {
    await findOr404(em, Case, "Case", caseId, { lock: true });
    const account = await em.getRepository(Account).findOneBy({ id: accountId, role: "staff" });
    if (!account) {
      throw new AppError("BAD_USER_INPUT", "No staff account has that id.", {
        fields: [{ path: "accountId", code: "UNKNOWN_ACCOUNT", message: "names no staff account" }],
      });
    }
    const relation = em.createQueryBuilder().relation(Case, "team").of(caseId);
    const onTeam = await em.query<unknown[]>(`SELECT 1 FROM case_team WHERE "caseId" = $1 AND "accountId" = $2`, [
      caseId,
      accountId,
    ]);
    if (change === "add" && onTeam.length === 0) await relation.add(accountId);
    if (change === "remove" && onTeam.length > 0) await relation.remove(accountId);
  });
}
