import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { newPerson, screenshot, signIn } from "./browser";
import { browserMissing, launchChromium } from "./chromium";
import { startServer, type RunningServer } from "./server";
import { buildMeeting, type MeetingWorld } from "./world";

type Person = Awaited<ReturnType<typeof newPerson>>;

const PHONE = { width: 390, height: 844 };
const minutesOf = (page: Page) => page.locator("[data-test=minutes-editor] .ProseMirror");
const currentItem = (page: Page) => page.locator("[data-test=current-item]").first().textContent();
const connection = (page: Page) => page.locator("[data-test=connection]").getAttribute("data-state");

async function enterRoom(person: Person, conferenceId: string): Promise<void> {
  const { page } = person;
  if (!page.url().includes(`/conferences/${conferenceId}/room`)) await page.goto(`/conferences/${conferenceId}/room`);
  // First entry: the confidentiality frame must be accepted before the room opens.
  await page.locator("[data-test=acknowledge-confidentiality]").click();
  await expect.poll(() => connection(page)).toBe("connected");
}

/**
 * The hybrid meeting of issue 5: the facilitator (staff, Hungarian, laptop), the note taker
 * (staff, Czech, laptop) and a school counsellor joining remotely by invitation link (English,
 * phone) share one conference's live document through the real server.
 */
describe.skipIf(browserMissing)("a live meeting in three browsers", () => {
  let server: RunningServer;
  let browser: Browser;
  let world: MeetingWorld;
  let facilitator: Person;
  let noteTaker: Person;
  let guest: Person;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(inject("clientDist")), launchChromium()]);
    world = await buildMeeting(server.url);
    [facilitator, noteTaker, guest] = await Promise.all([
      newPerson(browser, server.url, "hu"),
      newPerson(browser, server.url, "cs"),
      newPerson(browser, server.url, "en", PHONE),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("lets the two staff members in by signing in and the guest by the invitation link", async () => {
    await signIn(facilitator.page, world.facilitator);
    await signIn(noteTaker.page, world.noteTaker);
    await guest.page.goto(world.guest.joinPath);
    await guest.page.waitForURL(new RegExp(`/conferences/${world.conferenceId}/room`));
    // Before the meeting is live a guest sees their invitation first; they may go in early.
    await guest.page.locator("[data-test=enter-room]").click();
    await screenshot(guest.page, "confidentiality-en-phone");
    await Promise.all([facilitator, noteTaker, guest].map((p) => enterRoom(p, world.conferenceId)));
  });

  it("starts when the facilitator starts it, on the first agenda item for everyone", async () => {
    await facilitator.page.locator("[data-test=start-meeting]").click();
    for (const { page } of [facilitator, noteTaker, guest]) {
      await expect.poll(() => currentItem(page)).toContain(world.agenda[0]);
    }
    await screenshot(facilitator.page, "room-facilitator-hu");
  });

  it("shows what the note taker types in the minutes to the other two", async () => {
    await minutesOf(noteTaker.page).click();
    await noteTaker.page.keyboard.type("Bence reads every evening with his grandmother.");
    for (const { page } of [facilitator, guest]) {
      await expect
        .poll(() => minutesOf(page).textContent())
        .toContain("Bence reads every evening with his grandmother.");
    }
    await screenshot(noteTaker.page, "room-note-taker-cs");
  });

  it("moves everyone to the next item when the facilitator moves the agenda", async () => {
    await facilitator.page.locator("[data-test=next-item]").click();
    for (const { page } of [facilitator, noteTaker, guest]) {
      await expect.poll(() => currentItem(page)).toContain(world.agenda[1]);
    }
  });

  it("puts a task the guest adds in the facilitator's list, and after the projection in the guest's tasks", async () => {
    const { page } = guest;
    const title = "Meet Bence's class teacher about reading support";
    await page.locator("[data-test=new-task-title]").fill(title);
    await page.locator("[data-test=new-task-owner]").click();
    await page.getByRole("option", { name: world.guest.name }).click();
    await page.locator("[data-test=new-task-indicator]").fill("Bence reads aloud in class by March");
    await page.locator("[data-test=new-task-title]").press("Enter");

    await expect
      .poll(() => facilitator.page.locator("[data-test=task-row]").allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining(title)]));
    await screenshot(page, "room-guest-en-phone");

    // The projection stores the document's tasks as records; "my tasks" reads those.
    const tasksPage = await guest.context.newPage();
    await tasksPage.goto("/tasks");
    await expect
      .poll(
        async () => {
          await tasksPage.reload();
          await tasksPage.locator("h1").waitFor();
          return tasksPage.locator("[data-test=my-task]").allTextContents();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toEqual(expect.arrayContaining([expect.stringContaining(title)]));
    await screenshot(tasksPage, "my-tasks-guest-en-phone");
    await tasksPage.close();
  });

  it("shows the facilitator the guest's raised hand", async () => {
    await guest.page.locator("[data-test=raise-hand]").click();
    await expect
      .poll(() => facilitator.page.locator("[data-test=speaker]").allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining(world.guest.name)]));
  });

  it("keeps what the note taker types offline and delivers it when the connection returns", async () => {
    const offlineText = " Grandmother will come to the school on Tuesdays.";
    await noteTaker.context.setOffline(true);
    await expect.poll(() => connection(noteTaker.page)).toBe("offline");
    await minutesOf(noteTaker.page).click();
    await noteTaker.page.keyboard.press("End");
    await noteTaker.page.keyboard.type(offlineText);
    expect(await minutesOf(facilitator.page).textContent()).not.toContain(offlineText.trim());

    await noteTaker.context.setOffline(false);
    await expect.poll(() => connection(noteTaker.page)).toBe("connected");
    for (const { page } of [facilitator, guest]) {
      await expect.poll(() => minutesOf(page).textContent()).toContain(offlineText.trim());
    }
  });

  it("shows the room display on the projector", async () => {
    const display = await facilitator.context.newPage();
    await display.goto(`/conferences/${world.conferenceId}/display`);
    await expect
      .poll(() => display.locator("[data-test=display-current-item]").textContent())
      .toContain(world.agenda[1]);
    await screenshot(display, "room-display-hu");
    await display.close();
  });

  it("deletes the note taker's offline copy of the minutes on sign-out", async () => {
    const copies = () =>
      noteTaker.page.evaluate(async () =>
        (await indexedDB.databases()).map((db) => db.name ?? "").filter((name) => name.startsWith("roundtable:")),
      );
    expect(await copies()).toEqual([`roundtable:${world.conferenceId}`]);
    await noteTaker.page.locator("[data-test=sign-out]").click();
    await noteTaker.page.waitForURL(/\/sign-in/);
    expect(await copies()).toEqual([]);
  });

  it("raised no error in any page", () => {
    expect([...facilitator.errors, ...noteTaker.errors, ...guest.errors]).toEqual([]);
  });
});
