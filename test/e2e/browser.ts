import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { StaffLogin } from "./world";

/** Where screenshots of each screen are saved (CI keeps them as artifacts). */
export const ARTIFACTS = path.resolve(import.meta.dirname, "../artifacts");

const LOCALE_TAGS = { en: "en-GB", hu: "hu-HU", cs: "cs-CZ" } as const;
export type Language = keyof typeof LOCALE_TAGS;

/** A browser profile of its own (cookies, IndexedDB) speaking one language, like one person's device. */
export async function newPerson(
  browser: Browser,
  baseURL: string,
  language: Language,
  viewport = { width: 1280, height: 860 },
) {
  const context = await browser.newContext({ baseURL, locale: LOCALE_TAGS[language], viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  return { context, page, errors };
}

export async function signIn(page: Page, login: StaffLogin): Promise<void> {
  await page.goto("/sign-in");
  await page.locator("#sign-in-email").fill(login.email);
  await page.locator("#sign-in-password").fill(login.password);
  await page.locator("form button[type=submit]").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export async function closeAll(...contexts: BrowserContext[]): Promise<void> {
  await Promise.all(contexts.map((c) => c.close()));
}
