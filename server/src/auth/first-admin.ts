import type { DataSource } from "typeorm";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { Account } from "./account.entity.js";
import { createAccount } from "./account.service.js";

/**
 * ADMIN_EMAIL and ADMIN_PASSWORD create the first administrator on a start where none exists,
 * so a container can come up ready to use. Once there is an administrator they are ignored.
 */
export async function ensureFirstAdmin(db: DataSource, config: Config, log: Logger): Promise<void> {
  if (!config.ADMIN_EMAIL && !config.ADMIN_PASSWORD) return;
  if (!config.ADMIN_EMAIL || !config.ADMIN_PASSWORD) {
    log.warn("set both ADMIN_EMAIL and ADMIN_PASSWORD to create the first administrator");
    return;
  }
  if (await db.getRepository(Account).existsBy({ role: "admin" })) return;
  await createAccount(db, {
    email: config.ADMIN_EMAIL,
    displayName: "Administrator",
    role: "admin",
    password: config.ADMIN_PASSWORD,
  });
  log.info({ email: config.ADMIN_EMAIL }, "created the first administrator");
}
