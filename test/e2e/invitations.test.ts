import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Api } from "./api";
import { newPerson, screenshot, signIn } from "./browser";
import { browserMissing, launchChromium } from "./chromium";
import { ADMIN, startServer, type RunningServer } from "./server";
import { STAFF_PASSWORD, type StaffLogin } from "./world";

type Person = Awaited<ReturnType<typeof newPerson>>;

const PHONE = { width: 390, height: 844 };
const tag = () => randomBytes(3).toString("hex");

/** A conference in draft, ready to be invited: an organiser with an account, a guest, a parent without e-mail. */
interface InvitationWorld {
  conferenceId: string;
  organiser: StaffLogin;
  guest: { name: string; email: string };
  parent: string;
}

async function buildDraft(url: string): Promise<InvitationWorld> {
  const admin = await new Api(url).signIn(ADMIN.email, ADMIN.password);
  const person = async (api: Api, fullName: string, kind: string, email: string | null, profession: string | null) =>
    (
      await api.gql<{ createPerson: { id: string } }>(
        `mutation ($i: PersonInput!) { createPerson(input: $i) { id } }`,
        {
          i: { fullName, kind, email, profession },
        },
      )
    ).createPerson.id;
  const organiserName = `Anna Szabó ${tag()}`;
  const organiser: StaffLogin = { email: `anna.${tag()}@e2e.example`, password: STAFF_PASSWORD, name: organiserName };
  const created = await admin.gql<{ createAccount: { id: string } }>(
    `mutation ($i: AccountInput!) { createAccount(input: $i) { id } }`,
    { i: { email: organiser.email, displayName: organiserName, password: STAFF_PASSWORD, role: "STAFF" } },
  );
  const api = await new Api(url).signIn(organiser.email, organiser.password);
  // Administrators do not read people's records: the case manager records herself, the administrator links her.
  const organiserPerson = await person(api, organiserName, "PROFESSIONAL", null, "CASE_MANAGER");
  await admin.gql(`mutation ($id: ID!, $i: AccountPatch!) { updateAccount(id: $id, input: $i) { id } }`, {
    id: created.createAccount.id,
    i: { personId: organiserPerson },
  });
  const facilitator = await person(api, "Éva Tóth", "PROFESSIONAL", `eva.${tag()}@e2e.example`, "FACILITATOR");
  const guest = { name: `Gábor Kiss ${tag()}`, email: `gabor.${tag()}@school.example` };
  const guestPerson = await person(api, guest.name, "PROFESSIONAL", guest.email, "SCHOOL_COUNSELLOR");
  const parent = `Katalin Kovács ${tag()}`;
  const parentPerson = await person(api, parent, "FAMILY", null, null);

  const kase = await api.gql<{ createCase: { id: string } }>(
    `mutation ($i: CaseInput!) { createCase(input: $i) { id } }`,
    {
      i: {
        familyName: "Kovács",
        reference: `INV-${tag()}`,
        children: [{ fullName: "Bence", birthDate: "2016-04-02" }],
      },
    },
  );
  const conference = await api.gql<{ createConference: { id: string } }>(
    `mutation ($i: ConferenceInput!) { createConference(input: $i) { id } }`,
    {
      i: {
        caseId: kase.createCase.id,
        purpose: "Megállapodni arról, hogyan olvashat Bence hangosan az osztályban márciusig",
        language: "HU",
        place: "Családsegítő, 2-es terem",
        scheduledStart: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      },
    },
  );
  const conferenceId = conference.createConference.id;
  for (const [personId, role] of [
    [organiserPerson, "ORGANISER"],
    [facilitator, "FACILITATOR"],
    [guestPerson, "PROFESSIONAL"],
    [parentPerson, "PARENT"],
  ] as const) {
    await api.gql(`mutation ($c: ID!, $i: ParticipantInput!) { addParticipant(conferenceId: $c, input: $i) { id } }`, {
      c: conferenceId,
      i: { personId, role },
    });
  }
  return { conferenceId, organiser, guest, parent };
}

/** One MIME part's body decoded as its Content-Transfer-Encoding says, if it is the plain text. */
function plainText(part: string): string | null {
  const split = part.search(/\r?\n\r?\n/);
  const headers = part.slice(0, split).toLowerCase();
  if (!headers.includes("content-type: text/plain")) return null;
  const body = part.slice(split).trim();
  if (headers.includes("content-transfer-encoding: base64")) return Buffer.from(body, "base64").toString("utf8");
  if (headers.includes("content-transfer-encoding: quoted-printable")) {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`);
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, "%25"));
  }
  return body;
}

/** The plain text of the outbox folder's letters to one address (the text part, not the HTML or calendar entry). */
function lettersTo(outbox: string, address: string): string[] {
  if (!fs.existsSync(outbox)) return [];
  return fs
    .readdirSync(outbox)
    .filter((f) => f.endsWith(".eml"))
    .map((f) => fs.readFileSync(path.join(outbox, f), "utf8"))
    .filter((raw) => raw.split(/\r?\n\r?\n/)[0]!.includes(address))
    .map((raw) =>
      raw
        .split(/\r?\n--[^\r\n]+\r?\n/)
        .map(plainText)
        .filter((text) => text !== null)
        .join("\n"),
    );
}

/** The personal links in the letters, once each. */
const joinPaths = (letters: string[]) => [
  ...new Set(letters.flatMap((l) => [...l.matchAll(/\/join\/([A-Za-z0-9_-]+)/g)].map((m) => m[0]))),
];

/** One of this feature's message keys shown instead of its text: a missing translation. */
const RAW_KEY = /\b(invitations|conferences|room|errors|role|conferenceKind)\.[a-z][A-Za-z.]+\b/;

const guestRow = (page: Page, name: string) => page.locator("[data-test=participant-row]", { hasText: name });

/**
 * Invitations by e-mail in the browser, with the embedded default (no SMTP: messages written to
 * DATA_DIR/outbox): the organiser sends them and watches them go out, a guest answers from the
 * link in their letter, the organiser sees the answer, and a new link withdraws the old one.
 */
describe.skipIf(browserMissing)("invitations and their delivery", () => {
  let server: RunningServer;
  let browser: Browser;
  let world: InvitationWorld;
  let dataDir: string;
  let organiser: Person;
  let guest: Person;
  let firstLink = "";

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rt-e2e-mail-"));
    [server, browser] = await Promise.all([
      startServer(inject("clientDist"), { DATA_DIR: dataDir, SMTP_URL: "" }),
      launchChromium(),
    ]);
    world = await buildDraft(server.url);
    [organiser, guest] = await Promise.all([
      newPerson(browser, server.url, "hu"),
      newPerson(browser, server.url, "hu", PHONE),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const outbox = () => path.join(dataDir, "outbox");

  it("sends the invitations when the organiser moves the conference to invited, and lists their delivery", async () => {
    const { page } = organiser;
    await signIn(page, world.organiser);
    await page.goto(`/conferences/${world.conferenceId}`);
    await page.locator("[data-test=mail-deliveries]").waitFor();
    expect(await page.locator("[data-test=delivery-row]").count()).toBe(0);

    await page.locator("[data-test=transition-INVITED]").click();
    await expect.poll(() => page.locator("[data-test=conference-status]").textContent()).toContain("Meghív");

    // One letter per participant with an address: the organiser, the facilitator and the guest.
    const statuses = () =>
      page.locator("[data-test=delivery-row]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-status")));
    await expect.poll(statuses).toHaveLength(3);
    await expect.poll(statuses).toEqual(["SENT", "SENT", "SENT"]);
    expect(await page.locator("[data-test=delivery-row]", { hasText: world.guest.email }).textContent()).toContain(
      "Meghívó",
    );
    // The parent has no address: the organiser is told to invite her another way.
    await expect
      .poll(() => guestRow(page, world.parent).locator("[data-test=invitation-no-address]").textContent())
      .toContain("Nincs e-mail-címe");
    expect(lettersTo(outbox(), world.guest.email)).toHaveLength(1);
  });

  it("lets the organiser, a participant too, accept their own invitation on the conference page", async () => {
    const { page } = organiser;
    const own = page.locator("[data-test=own-invitation]");
    await own.locator("[data-test=accept-invitation]").click();
    await expect.poll(() => own.locator("[data-test=invitation-answer-state]").textContent()).toContain("elfogadta");
  });

  it("shows a guest who opens the link in their letter the invitation, and takes their decline with a note", async () => {
    const links = joinPaths(lettersTo(outbox(), world.guest.email));
    expect(links).toHaveLength(1);
    firstLink = links[0]!;
    const { page } = guest;
    await page.goto(firstLink);
    await page.waitForURL(new RegExp(`/conferences/${world.conferenceId}/room`));
    const card = page.locator("[data-test=invitation-card]");
    await expect.poll(() => card.textContent()).toContain("Családsegítő, 2-es terem");
    expect(await card.textContent()).toContain(world.organiser.name);
    expect(await card.locator("[data-test=invitation-role]").textContent()).toBe("Szakember");

    await card.locator("[data-test=invitation-note]").fill("Továbbképzésen leszek; helyettem Ágnes Kovács jön.");
    await card.locator("[data-test=decline-invitation]").click();
    await expect
      .poll(() => card.locator("[data-test=invitation-answer-state]").textContent())
      .toContain("Ágnes Kovács jön");
    expect(await page.locator("body").innerText()).not.toMatch(RAW_KEY);
    await screenshot(page, "invitation-answer-hu");
  });

  it("shows the organiser the decline and its note at once", async () => {
    const { page } = organiser;
    const row = guestRow(page, world.guest.name);
    await expect
      .poll(() => row.locator("[data-test=invitation-answer-note]").textContent())
      .toContain("Ágnes Kovács jön");
    expect(await row.textContent()).toContain("Elutasította");
    expect(await page.locator("body").innerText()).not.toMatch(RAW_KEY);
    await screenshot(page, "deliveries-hu");
  });

  it("sends the invitation again with a new link, and the old link no longer opens the conference", async () => {
    const { page } = organiser;
    const row = guestRow(page, world.guest.name);
    await row.locator("[data-test=send-invitation]").click();
    await page.locator("[data-test=send-invitation-confirm]").click();
    await expect.poll(() => row.locator("[data-test=invitation-sent]").textContent()).toContain("már nem működik");
    await expect.poll(() => page.locator("[data-test=delivery-row]").count()).toBe(4);
    await expect.poll(() => joinPaths(lettersTo(outbox(), world.guest.email))).toHaveLength(2);
    const secondLink = joinPaths(lettersTo(outbox(), world.guest.email)).find((l) => l !== firstLink);
    expect(secondLink).toBeDefined();

    const stale = await newPerson(browser, server.url, "hu", PHONE);
    await stale.page.goto(firstLink);
    await expect.poll(() => stale.page.getByRole("alert").textContent()).toContain("visszavonták");
    await stale.page.goto(secondLink!);
    await stale.page.waitForURL(new RegExp(`/conferences/${world.conferenceId}/room`));
    await stale.page.locator("[data-test=invitation-card]").waitFor();
    expect(stale.errors).toEqual([]);
    await stale.context.close();
  });

  it("lists every message in the administrators' outbox, filtered by status and kind", async () => {
    const admin = await newPerson(browser, server.url, "en");
    await signIn(admin.page, { email: ADMIN.email, password: ADMIN.password, name: "Admin" });
    await admin.page.getByRole("link", { name: "Outbox" }).click();
    await admin.page.waitForURL(/\/admin\/outbox$/);
    await expect.poll(() => admin.page.locator("[data-test=delivery-row]").count()).toBe(4);
    // Administrators run delivery; they do not read cases: no names, no subjects.
    expect(await admin.page.locator("[data-test=delivery-row]").first().textContent()).not.toContain(world.guest.name);
    await admin.page.locator("[data-test=outbox-status]").click();
    await admin.page.getByRole("option", { name: "Failed" }).click();
    await expect.poll(() => admin.page.getByRole("listbox").count()).toBe(0);
    await expect.poll(() => admin.page.locator("[data-test=outbox-count]").textContent()).toContain("0 e-mails");
    expect(await admin.page.locator("[data-test=delivery-row]").count()).toBe(0);
    await admin.page.locator("[data-test=outbox-kind]").click();
    await admin.page.getByRole("option", { name: "Invitation", exact: true }).click();
    await expect.poll(() => admin.page.getByRole("listbox").count()).toBe(0);
    await admin.page.locator("[data-test=outbox-status]").click();
    await admin.page.getByRole("option", { name: "All" }).click();
    await expect.poll(() => admin.page.locator("[data-test=delivery-row]").count()).toBe(4);
    expect(admin.errors).toEqual([]);
    await admin.context.close();
  });

  it("raised no error in any page", () => {
    expect([...organiser.errors, ...guest.errors]).toEqual([]);
  });
});
