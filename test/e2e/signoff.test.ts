import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Api } from "./api";
import { newPerson, screenshot, signIn } from "./browser";
import { browserMissing, launchChromium } from "./chromium";
import { startServer, type RunningServer } from "./server";
import { buildMeeting, type MeetingWorld } from "./world";

type Person = Awaited<ReturnType<typeof newPerson>>;

const PHONE = { width: 390, height: 844 };
const lineStates = (page: Page) =>
  page.locator("[data-test=signature-line]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-state")));
/** A participant's line, by the name it is for (another line may name them as who confirmed it). */
const lineOf = (page: Page, name: string) =>
  page
    .locator("[data-test=signature-line]")
    .filter({ has: page.locator("[data-test=signer-name]", { hasText: name }) });
const status = (page: Page) => page.locator("[data-test=conference-status]").textContent();
/** The open confirmation's accept button (PrimeVue's ConfirmDialog). */
const accept = (page: Page) => page.locator(".p-confirmdialog-accept-button");

/** Through the API as the case manager: the meeting is held with everyone present. */
async function holdMeeting(url: string, world: MeetingWorld): Promise<Record<string, string>> {
  const api = await new Api(url).signIn(world.manager.email, world.manager.password);
  await api.gql(`mutation ($id: ID!) { transitionConference(id: $id, to: LIVE) { id } }`, { id: world.conferenceId });
  const { conference } = await api.gql<{
    conference: { participants: { id: string; role: string }[] };
  }>(`query ($id: ID!) { conference(id: $id) { participants { id role } } }`, { id: world.conferenceId });
  const seats = Object.fromEntries(conference.participants.map((p) => [p.role, p.id]));
  for (const [role, attendance] of [
    ["FACILITATOR", "IN_ROOM"],
    ["NOTE_TAKER", "IN_ROOM"],
    ["PROFESSIONAL", "REMOTE"],
  ] as const) {
    await api.gql(`mutation ($id: ID!, $i: ParticipantPatch!) { updateParticipant(id: $id, input: $i) { id } }`, {
      id: seats[role],
      i: { attendance },
    });
  }
  return seats;
}

/**
 * Issue 6's sign-off in the browser: the facilitator (staff, Hungarian, laptop) closes the
 * meeting; the school counsellor signs from their phone by invitation link (English); the
 * facilitator records the note taker's signature in the room and her own dissent; reopening
 * leads to a second version whose table starts empty; each version's PDF is a PDF.
 */
describe.skipIf(browserMissing)("signing the minutes", () => {
  let server: RunningServer;
  let browser: Browser;
  let world: MeetingWorld;
  let facilitator: Person;
  let guest: Person;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(inject("clientDist")), launchChromium()]);
    world = await buildMeeting(server.url);
    await holdMeeting(server.url, world);
    [facilitator, guest] = await Promise.all([
      newPerson(browser, server.url, "hu"),
      newPerson(browser, server.url, "en", PHONE),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("goes to signing when the facilitator ends the meeting, with version 1 for everyone present", async () => {
    const { page } = facilitator;
    await signIn(page, world.facilitator);
    await page.goto(`/conferences/${world.conferenceId}`);
    await page.locator("[data-test=transition-SIGNING]").click();
    await accept(page).click();
    await expect.poll(() => status(page)).toBe("Aláírás");
    await expect
      .poll(() => page.locator("[data-test=current-version] h3").textContent())
      .toBe("A jegyzőkönyv 1. változata");
    expect(await lineStates(page)).toEqual(["PENDING", "PENDING", "PENDING"]);
    expect(await page.locator("[data-test=version-hash]").textContent()).toMatch(/^[0-9a-f]{12}$/);
  });

  it("lets the guest reach the minutes from the room and sign them on their phone", async () => {
    const { page } = guest;
    await page.goto(world.guest.joinPath);
    await page.waitForURL(new RegExp(`/conferences/${world.conferenceId}/room`));
    await page.locator("[data-test=acknowledge-confidentiality]").click();
    await page.locator("[data-test=signoff-link] a").click();
    await page.waitForURL(new RegExp(`/conferences/${world.conferenceId}#signoff`));
    await page.locator("[data-test=own-answer-form]").waitFor();
    await screenshot(page, "signing-guest-en-phone");

    await page.locator("[data-test=own-answer-form-submit]").click();
    await expect.poll(() => page.locator("[data-test=own-done]").textContent()).toContain("You signed version 1 at");
    await expect.poll(() => lineOf(page, world.guest.name).getAttribute("data-state")).toBe("SIGNED");
    await screenshot(page, "signed-guest-en-phone");
  });

  it("shows the guest's signature on the facilitator's screen without a reload", async () => {
    await expect.poll(() => lineOf(facilitator.page, world.guest.name).getAttribute("data-state")).toBe("SIGNED");
    expect(await lineOf(facilitator.page, world.guest.name).textContent()).toContain("A saját eszközén");
  });

  it("records the note taker's signature in the room after the facilitator confirms who signs", async () => {
    const { page } = facilitator;
    await page.locator("[data-test=room-signer]").click();
    await page.getByRole("option", { name: world.noteTaker.name }).click();
    await page.locator("[data-test=room-answer-form-submit]").click();
    const dialog = page.getByRole("alertdialog");
    await expect.poll(() => dialog.textContent()).toContain(`${world.noteTaker.name} ír alá?`);
    await accept(page).click();
    await expect.poll(() => lineOf(page, world.noteTaker.name).getAttribute("data-state")).toBe("SIGNED");
    expect(await lineOf(page, world.noteTaker.name).textContent()).toContain(
      `A teremben írta alá, megerősítette: ${world.facilitator.name}`,
    );
  });

  it("records the facilitator's dissent with its note, and the minutes stay in signing", async () => {
    const { page } = facilitator;
    await page.locator("[data-test=own-answer-form-DISSENT]").click();
    await page.locator("[data-test=own-answer-form-note]").fill("A nagymama szerepe kimaradt.");
    await page.locator("[data-test=own-answer-form-submit]").click();
    await expect.poll(() => lineOf(page, world.facilitator.name).getAttribute("data-state")).toBe("DISSENT");
    expect(await lineOf(page, world.facilitator.name).textContent()).toContain("A nagymama szerepe kimaradt.");
    expect(await status(page)).toBe("Aláírás");
    await screenshot(page, "signing-hu");
  });

  it("serves the version's PDF from its link", async () => {
    const { page } = facilitator;
    const href = await page.locator("[data-test=open-pdf]").getAttribute("href");
    expect(href).toBe(`/conferences/${world.conferenceId}/minutes/1.pdf`);
    const res = await page.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    expect((await res.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("makes a new version to sign after reopening, with an empty signature table", async () => {
    const { page } = facilitator;
    await page.locator("[data-test=reopen-minutes]").click();
    await expect.poll(() => page.getByRole("alertdialog").textContent()).toContain("nem kerülnek át");
    await accept(page).click();
    await expect.poll(() => status(page)).toBe("Folyamatban");

    await page.locator("[data-test=transition-SIGNING]").click();
    await accept(page).click();
    await expect
      .poll(() => page.locator("[data-test=current-version] h3").textContent())
      .toBe("A jegyzőkönyv 2. változata");
    expect(await lineStates(page)).toEqual(["PENDING", "PENDING", "PENDING"]);
    const versions = page.locator("[data-test=minutes-version]");
    expect(await versions.evaluateAll((v) => v.map((x) => x.getAttribute("data-standing")))).toEqual([
      "current",
      "superseded",
    ]);
    for (const number of [1, 2]) {
      const res = await page.request.get(`/conferences/${world.conferenceId}/minutes/${number}.pdf`);
      expect(res.headers()["content-type"]).toBe("application/pdf");
    }
    // The guest's page follows: their answer to version 1 does not count for version 2.
    await expect
      .poll(() => guest.page.locator("[data-test=current-version] h3").textContent())
      .toBe("Version 2 of the minutes");
    await guest.page.locator("[data-test=own-answer-form]").waitFor();
  });

  it("closes with the missing signatures named", async () => {
    const { page } = facilitator;
    await page.locator("[data-test=close-missing]").click();
    const dialog = page.getByRole("alertdialog");
    for (const name of [world.facilitator.name, world.noteTaker.name, world.guest.name]) {
      await expect.poll(() => dialog.textContent()).toContain(name);
    }
    await accept(page).click();
    await expect.poll(() => status(page)).toBe("Lezárva");
    await expect.poll(() => lineStates(page)).toEqual(["MISSING", "MISSING", "MISSING"]);
  });

  it("raised no error in either page", () => {
    expect([...facilitator.errors, ...guest.errors]).toEqual([]);
  });
});
