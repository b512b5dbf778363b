import type { DataSource, EntityManager } from "typeorm";
import { findOr404 } from "../db/lookup.js";
import { AppError } from "../graphql/errors.js";
import { Person } from "../persons/person.entity.js";
import { Account, type AccountRole } from "./account.entity.js";
import { checkNewPassword, hashPassword } from "./password.js";
import { revokeSessions } from "./sessions.js";
import { normaliseEmail } from "./sign-in.js";

export interface NewAccount {
  email: string;
  displayName: string;
  role: AccountRole;
  password: string;
  personId?: string | null;
}

export async function createAccount(db: DataSource, input: NewAccount, path = "input"): Promise<Account> {
  checkNewPassword(input.password, `${path}.password`);
  const email = normaliseEmail(input.email);
  const repo = db.getRepository(Account);
  if (await repo.existsBy({ email })) {
    throw new AppError("DUPLICATE", `An account with the e-mail address ${email} already exists.`, {
      fields: [{ path: `${path}.email`, code: "DUPLICATE", message: "is already used by another account" }],
    });
  }
  if (input.personId) await assertPersonFree(db.manager, input.personId, null);
  return repo.save(
    repo.create({
      email,
      displayName: input.displayName.trim(),
      role: input.role,
      personId: input.personId ?? null,
      passwordHash: await hashPassword(input.password),
      disabledAt: null,
    }),
  );
}

export async function updateAccount(
  db: DataSource,
  id: string,
  patch: { displayName?: string; role?: AccountRole; personId?: string | null; disabled?: boolean },
): Promise<Account> {
  return db.transaction(async (em) => {
    const account = await findOr404(em, Account, "Account", id, { lock: true });
    // Inside the transaction: on PGlite a query outside it waits forever for the one session.
    if (patch.personId) await assertPersonFree(em, patch.personId, id);
    if (patch.displayName !== undefined) account.displayName = patch.displayName.trim();
    if (patch.role) account.role = patch.role;
    if (patch.personId !== undefined) account.personId = patch.personId;
    if (patch.disabled !== undefined) account.disabledAt = patch.disabled ? (account.disabledAt ?? new Date()) : null;
    const saved = await em.getRepository(Account).save(account);
    // A role change or a disabled account must not live on in open sessions.
    if (patch.disabled || patch.role) await revokeSessions(em, { accountId: id });
    return saved;
  });
}

export async function setAccountPassword(db: DataSource, id: string, password: string): Promise<void> {
  checkNewPassword(password, "password");
  await db.transaction(async (em) => {
    await findOr404(em, Account, "Account", id, { lock: true });
    await em.getRepository(Account).update(id, { passwordHash: await hashPassword(password) });
    await revokeSessions(em, { accountId: id });
  });
}

async function assertPersonFree(em: EntityManager, personId: string, accountId: string | null): Promise<void> {
  await findOr404(em, Person, "Person", personId);
  const owner = await em.getRepository(Account).findOneBy({ personId });
  if (owner && owner.id !== accountId) {
    throw new AppError("DUPLICATE", "That person already has an account.", {
      fields: [{ path: "input.personId", code: "DUPLICATE", message: "already belongs to another account" }],
    });
  }
}
