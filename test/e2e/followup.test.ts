import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Api } from "./api";
import { ARTIFACTS, newPerson, screenshot, signIn } from "./browser";
import { browserMissing, launchChromium } from "./chromium";
import { startServer, type RunningServer } from "./server";
import { buildMeeting, type MeetingWorld } from "./world";

/** The first line of the activity log's spreadsheet in Hungarian (server/src/activity/activity-labels.ts). */
const HU_HEADER = [
  "Dátum",
  "Időpont",
  "Bejegyzés",
  "Sorszám",
  "Megbeszélés típusa",
  "Cél",
  "Állapot",
  "Szervező",
  "Résztvevők (intézmény: jelenlét)",
  "Személyesen",
  "Távolról",
  "Távol maradt",
  "Kimentette magát",
  "Nincs rögzítve",
  "Megjegyzés",
].join(";");

/** A calendar day `days` from today (negative: in the past), as the API's LocalDate. */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Follow-up after a meeting, in Hungarian: a case whose meeting has ended (its minutes are due in
 * working days) and which has an overdue task shows its deadlines on the case page, the case
 * manager's overdue view lists the task, and the activity log downloads as a Hungarian spreadsheet.
 */
describe.skipIf(browserMissing)("deadlines and the activity log", () => {
  let server: RunningServer;
  let browser: Browser;
  let world: MeetingWorld;
  const taskTitle = "Időpont kérése a pszichológushoz";

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(inject("clientDist")), launchChromium()]);
    world = await buildMeeting(server.url);
    const facilitator = await new Api(server.url).signIn(world.facilitator.email, world.facilitator.password);
    for (const to of ["LIVE", "SIGNING"]) {
      await facilitator.gql(
        `mutation ($id: ID!, $to: ConferenceStatus!) { transitionConference(id: $id, to: $to) { id } }`,
        {
          id: world.conferenceId,
          to,
        },
      );
    }
    const manager = await new Api(server.url).signIn(world.manager.email, world.manager.password);
    await manager.gql(`mutation ($i: TaskInput!) { createTask(input: $i) { id } }`, {
      i: {
        caseId: world.caseId,
        agreedInId: world.conferenceId,
        title: taskTitle,
        dueDate: day(-5),
        ownerParticipantId: world.guest.participantId,
      },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows the case's deadlines in Hungarian, the overdue task first and marked in words", async () => {
    const { page, context, errors } = await newPerson(browser, server.url, "hu");
    await signIn(page, world.manager);
    await page.goto(`/cases/${world.caseId}`);
    const deadlines = page.locator("[data-test=case-deadlines] [data-test=deadline]");
    await deadlines.first().waitFor();

    const kinds = await deadlines.evaluateAll((items) => items.map((i) => i.getAttribute("data-kind")));
    expect(kinds[0]).toBe("TASK");
    expect(kinds).toEqual(expect.arrayContaining(["MINUTES", "NEXT_CONFERENCE", "EVALUATION"]));
    const task = deadlines.first();
    expect(await task.getAttribute("data-urgency")).toBe("overdue");
    const text = await task.innerText();
    expect(text).toContain(taskTitle);
    expect(text).toContain("Lejárt");
    expect(text).toMatch(/\d+ napja lejárt/);
    const minutes = await page.locator("[data-test=deadline][data-kind=MINUTES]").innerText();
    expect(minutes).toContain("munkanapokban számolva");
    // A key shown instead of its words is a missing translation.
    expect(await page.locator("body").innerText()).not.toMatch(/\bfollowup\.[a-z]+/);
    await screenshot(page, "deadlines-hu");

    const log = page.locator("[data-test=case-activity]");
    await log.locator("[data-test=activity-entry]").first().waitFor();
    expect(await log.innerText()).toContain("Forgalmi napló");
    await log.screenshot({ path: path.join(ARTIFACTS, "activity-hu.png") });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("lists the overdue task in the case manager's overdue view, linked to its case", async () => {
    const { page, context, errors } = await newPerson(browser, server.url, "hu");
    await signIn(page, world.manager);
    await page.goto("/cases");
    await page.locator("nav a[href='/deadlines']").click();
    const overdue = page.locator("[data-test=deadline][data-urgency=overdue]");
    await overdue.first().waitFor();
    expect(await overdue.first().innerText()).toContain(taskTitle);
    expect(await page.locator("[data-test=overdue-count]").innerText()).toContain("Lejárt: 1");
    await overdue.first().locator("[data-test=deadline-case]").click();
    await page.waitForURL(new RegExp(`/cases/${world.caseId}$`));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("downloads the activity log as a spreadsheet with the Hungarian header", async () => {
    const { page, context } = await newPerson(browser, server.url, "hu");
    await signIn(page, world.manager);
    await page.goto(`/cases/${world.caseId}`);
    const link = page.locator("[data-test=activity-csv]");
    const href = await link.getAttribute("href");
    expect(href).toBe(`/cases/${world.caseId}/activity.csv?lang=hu`);

    // The page's own request context carries the session cookie, as the link's download would.
    const res = await page.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("text/csv");
    const body = (await res.body()).toString("utf8");
    const firstLine = body.replace(/^\uFEFF/, "").split("\r\n")[0];
    expect(firstLine).toBe(HU_HEADER);
    expect(body).toContain("Megbeszélés");
    await context.close();
  });
});
