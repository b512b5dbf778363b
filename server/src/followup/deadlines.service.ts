import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import type { Config } from "../config.js";
import type { Context } from "../graphql/context.js";
import { readScope } from "../policy/policy.js";
import { Task } from "../tasks/task.entity.js";
import { loadCaseFacts } from "./case-facts.js";
import { caseDeadlines, dueSoon, type Deadline } from "./clocks.js";
import { followupSettings, type FollowupSettings } from "./settings.js";
import { localDateIn } from "./working-days.js";

const settingsByConfig = new WeakMap<Config, FollowupSettings>();

/** The follow-up rules of this configuration, built once. */
export function settingsOf(config: Config): FollowupSettings {
  let settings = settingsByConfig.get(config);
  if (!settings) {
    settings = followupSettings(config);
    settingsByConfig.set(config, settings);
  }
  return settings;
}

/** Every deadline of each case, most urgent first. */
export async function deadlinesOfCases(
  em: EntityManager,
  settings: FollowupSettings,
  caseIds: readonly string[],
  now: Date,
): Promise<Map<string, Deadline[]>> {
  const today = localDateIn(now, settings.timeZone);
  const facts = await loadCaseFacts(em, [...new Set(caseIds)]);
  return new Map(facts.map((f) => [f.id, caseDeadlines(f, settings, today)]));
}

const loaders = new WeakMap<Context, DataLoader<string, Deadline[]>>();

/** Case.deadlines for a page of cases costs the same four queries as for one. */
export function caseDeadlinesLoader(ctx: Context): DataLoader<string, Deadline[]> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const byCase = await deadlinesOfCases(ctx.db.manager, settingsOf(ctx.config), ids, new Date());
      return ids.map((id) => byCase.get(id) ?? []);
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

/** The overdue view: deadlines of the caller's own cases that are overdue or due within `withinDays`. */
export async function myDeadlines(ctx: Context, withinDays: number): Promise<Deadline[]> {
  const byCase = await deadlinesOfCases(
    ctx.db.manager,
    settingsOf(ctx.config),
    readScope(ctx.actor).caseIds,
    new Date(),
  );
  return dueSoon([...byCase.values()].flat(), withinDays);
}

const taskLoaders = new WeakMap<Context, DataLoader<string, Task | null>>();

/** The tasks of a list of deadlines in one query. */
export function taskLoader(ctx: Context): DataLoader<string, Task | null> {
  let loader = taskLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await ctx.db.getRepository(Task).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((t) => [t.id, t]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    taskLoaders.set(ctx, loader);
  }
  return loader;
}
