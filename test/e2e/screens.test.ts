import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { newPerson, screenshot, signIn, type Language } from "./browser";
import { browserMissing, launchChromium } from "./chromium";
import { startServer, type RunningServer } from "./server";
import { buildMeeting, type MeetingWorld } from "./world";

const TABLET = { width: 820, height: 1180 };
/** A message key shown instead of its text (`conferences.purpose`): a missing translation. */
const RAW_KEY =
  /\b(app|session|cases|conferences|room|meeting|plan|tasks|errors|role|attendance|conferenceStatus|taskStatus)\.[a-z][A-Za-z]+\b/;
/** A word of each language's navigation, to see the screen really is in that language. */
const CASES_WORD: Record<Language, string> = { en: "Cases", hu: "Esetek", cs: "Případy" };

async function visit(page: Page, path: string, ready: string): Promise<string> {
  await page.goto(path);
  await page.locator(ready).first().waitFor();
  const text = await page.locator("body").innerText();
  expect(text).not.toMatch(RAW_KEY);
  return text;
}

/**
 * The case manager's screens in each language, on a laptop and (Hungarian) on a tablet:
 * each renders with no untranslated key and no page error, and is saved as a screenshot.
 */
describe.skipIf(browserMissing)("the case manager's screens in three languages", () => {
  let server: RunningServer;
  let browser: Browser;
  let world: MeetingWorld;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(inject("clientDist")), launchChromium()]);
    world = await buildMeeting(server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const runs: { language: Language; viewport?: { width: number; height: number }; name: string }[] = [
    { language: "en", name: "en" },
    { language: "hu", name: "hu" },
    { language: "cs", name: "cs" },
    { language: "hu", viewport: TABLET, name: "hu-tablet" },
  ];

  it.each(runs)("renders each screen: $name", async ({ language, viewport, name }) => {
    const { page, context, errors } = await newPerson(browser, server.url, language, viewport);
    await signIn(page, world.manager);

    const list = await visit(page, "/cases", "[data-test=case-row]");
    expect(list).toContain(CASES_WORD[language]);
    await screenshot(page, `cases-${name}`);

    await visit(page, `/cases/${world.caseId}`, "[data-test=case-conference]");
    await screenshot(page, `case-${name}`);

    await visit(page, `/conferences/${world.conferenceId}`, "[data-test=participant-row]");
    await screenshot(page, `conference-${name}`);

    // Planning a new conference through the form: purpose, then the default agenda.
    await visit(page, `/cases/${world.caseId}/conferences/new`, "[data-test=conference-purpose]");
    await screenshot(page, `conference-new-${name}`);
    await page.locator("[data-test=conference-purpose]").fill(`Review the plan (${name})`);
    await page.locator("[data-test=conference-save]").click();
    await page.waitForURL(/\/conferences\/[0-9a-f-]{36}$/);
    await page.locator("[data-test=default-agenda]").click();
    await expect.poll(() => page.locator("[data-test=agenda-item]").count()).toBeGreaterThan(3);
    expect(await page.locator("body").innerText()).not.toMatch(RAW_KEY);
    await screenshot(page, `conference-prepare-${name}`);

    await visit(page, "/tasks", "h1");
    await screenshot(page, `my-tasks-${name}`);

    expect(errors).toEqual([]);
    await context.close();
  });
});
