import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { newPerson, screenshot, signIn } from "./browser";
import { browserMissing, launchChromium } from "./chromium";
import { startServer, type RunningServer } from "./server";
import { buildMeeting, type MeetingWorld } from "./world";

describe.skipIf(browserMissing)("entering Roundtable in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let here: MeetingWorld;
  let elsewhere: MeetingWorld;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(inject("clientDist")), launchChromium()]);
    here = await buildMeeting(server.url, "Kovács");
    elsewhere = await buildMeeting(server.url, "Novák");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("asks a visitor without a session to sign in, and a wrong password is refused in words", async () => {
    const { page, context } = await newPerson(browser, server.url, "en");
    await page.goto("/cases");
    await page.waitForURL(/\/sign-in/);
    await screenshot(page, "sign-in-en");
    await signIn(page, here.manager);
    expect(new URL(page.url()).pathname).toBe("/cases");

    const other = await newPerson(browser, server.url, "hu");
    await other.page.goto("/sign-in");
    await other.page.locator("#sign-in-email").fill(here.manager.email);
    await other.page.locator("#sign-in-password").fill("not the password");
    await other.page.locator("form button[type=submit]").click();
    await expect.poll(() => other.page.getByRole("alert").textContent()).toContain("Hibás e-mail-cím vagy jelszó");
    await screenshot(other.page, "sign-in-refused-hu");
    await Promise.all([context.close(), other.context.close()]);
  });

  it("takes a guest from the invitation link straight into their conference, and no further", async () => {
    const { page, context } = await newPerson(browser, server.url, "cs");
    await page.goto(here.guest.joinPath);
    await page.waitForURL(new RegExp(`/conferences/${here.conferenceId}/room`));

    // Another family's conference, by its address: the guest is sent back to their own.
    await page.goto(`/conferences/${elsewhere.conferenceId}/room`);
    await page.waitForURL(new RegExp(`/conferences/${here.conferenceId}/room`));
    await page.goto(`/cases/${elsewhere.caseId}`);
    await page.waitForURL(new RegExp(`/conferences/${here.conferenceId}/room`));

    // Past the screens, the live document's socket itself refuses the other conference.
    const outcome = (id: string) =>
      page.evaluate(
        (path) =>
          new Promise<string>((resolve) => {
            const socket = new WebSocket(`ws://${location.host}${path}`);
            socket.binaryType = "arraybuffer";
            socket.onmessage = () => {
              resolve("served");
              socket.close();
            };
            socket.onclose = () => resolve("refused");
          }),
        `/collab/${id}`,
      );
    expect(await outcome(here.conferenceId)).toBe("served");
    expect(await outcome(elsewhere.conferenceId)).toBe("refused");
    await context.close();
  });

  it("tells a guest whose link does not work why, in their language", async () => {
    const { page, context } = await newPerson(browser, server.url, "hu");
    await page.goto("/join/not-a-real-token");
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("nem működik");
    await screenshot(page, "join-invalid-hu");
    await context.close();
  });
});
