import { flushPromises, mount } from "@vue/test-utils";
import PrimeVue from "primevue/config";
import ConfirmationService from "primevue/confirmationservice";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../graphql/client";
import { createAppI18n } from "../i18n";
import SignoffPanel from "./SignoffPanel.vue";
import {
  buildLine,
  buildSignoffConference,
  buildVersion,
  facilitatorAccess,
  type SignoffConferenceData,
} from "./test-support";

const { request, subscribe } = vi.hoisted(() => ({
  request: vi.fn(),
  subscribe: vi.fn((_document: unknown, _variables: unknown, _onEvent: () => void) => () => {}),
}));
vi.mock("../graphql/client", async (original) => ({
  ...(await original<typeof import("../graphql/client")>()),
  request,
  subscribe,
}));

/** What the API holds: the panel's query reads it, a test's answer to a mutation changes it. */
let served: SignoffConferenceData;
const operation = (document: unknown) => /(query|mutation) (\w+)/.exec(String(document))?.[2];

function serve(conference: SignoffConferenceData, mutations: Record<string, (vars: never) => unknown> = {}) {
  served = conference;
  request.mockImplementation(async (document: unknown, vars: never) => {
    const name = operation(document) ?? "";
    if (name === "Signoff") return { conference: served };
    const answer = mutations[name];
    if (!answer) throw new Error(`unexpected ${name}`);
    return answer(vars);
  });
}

/** The table line of a participant after an answer, as the server would record it. */
function answered(participantId: string, line: Partial<ReturnType<typeof buildLine>>) {
  const version = served.minutesVersions.at(-1)!;
  const signatures = version.signatures.map((l) => (l.participantId === participantId ? { ...l, ...line } : l));
  served = { ...served, minutesVersions: [...served.minutesVersions.slice(0, -1), { ...version, signatures }] };
}

async function mountPanel(locale: "en" | "hu" = "en") {
  const wrapper = mount(SignoffPanel, {
    props: { conferenceId: "conf-1" },
    attachTo: document.body,
    global: { plugins: [createAppI18n(locale), [PrimeVue, { theme: "none" }], ConfirmationService] },
  });
  await flushPromises();
  return wrapper;
}

const el = (selector: string) => document.body.querySelector<HTMLElement>(selector);
const dialog = () => el('[role="alertdialog"], [role="dialog"]');
function dialogButton(label: string) {
  return [...(dialog()?.querySelectorAll("button") ?? [])].find((b) => b.textContent?.includes(label));
}

beforeEach(() => {
  request.mockReset();
  subscribe.mockClear();
});
afterEach(() => {
  document.body.innerHTML = "";
});

describe("the version to sign", () => {
  it("shows its number, short hash, PDF link and who has answered how", async () => {
    serve(
      buildSignoffConference({
        minutesVersions: [
          buildVersion({
            signatures: [
              buildLine({ participantId: "p-fac", name: "Éva Tóth", role: "FACILITATOR" }),
              buildLine({ outcome: "SIGNED", at: "2026-11-23T15:10:00.000Z" }),
              buildLine({
                participantId: "p-nt",
                name: "Petra Molnár",
                role: "NOTE_TAKER",
                outcome: "SIGNED",
                at: "2026-11-23T15:11:00.000Z",
                inRoom: true,
                confirmedBy: "Éva Tóth",
              }),
              buildLine({
                participantId: "p-dad",
                name: "Péter Kovács",
                role: "PARENT",
                outcome: "DISSENT",
                note: "My words were different",
              }),
            ],
          }),
        ],
      }),
    );
    const wrapper = await mountPanel();
    expect(el("[data-test=current-version] h3")?.textContent).toBe("Version 1 of the minutes");
    expect(el("[data-test=version-hash]")?.textContent).toBe("3f2a9c41b7d0");
    expect(el("[data-test=open-pdf]")?.getAttribute("href")).toBe("/conferences/conf-1/minutes/1.pdf");
    const lines = [...document.body.querySelectorAll("[data-test=signature-line]")];
    expect(lines.map((l) => l.getAttribute("data-state"))).toEqual(["PENDING", "SIGNED", "SIGNED", "DISSENT"]);
    expect(lines[1]?.textContent).toContain("From their own device");
    expect(lines[2]?.textContent).toContain("Signed in the room, confirmed by Éva Tóth");
    expect(lines[3]?.textContent).toContain("My words were different");
    expect(el("[data-test=signature-count]")?.textContent).toContain("2 of 4 signed");
    wrapper.unmount();
  });

  it("refreshes when the conference or a participant changes on another device", async () => {
    serve(buildSignoffConference());
    const wrapper = await mountPanel();
    const names = subscribe.mock.calls.map(([document]) => /subscription (\w+)/.exec(String(document))?.[1]);
    expect(names).toEqual(["ConferenceChanged", "ConferenceParticipantChanged"]);
    answered("p-fac", { outcome: "SIGNED", at: "2026-11-23T15:10:00.000Z", inRoom: false });
    subscribe.mock.calls[1]?.[2]();
    await flushPromises();
    expect(el("[data-test=signature-line]")?.getAttribute("data-state")).toBe("SIGNED");
    wrapper.unmount();
  });

  it("says so when the content cannot be read, and still links the PDF", async () => {
    serve(buildSignoffConference({ minutesVersions: [buildVersion({ content: { format: 9 } })] }));
    const wrapper = await mountPanel();
    expect(el("[data-test=minutes-summary]")?.textContent).toContain("open the PDF to read it");
    expect(el("[data-test=open-pdf]")).not.toBeNull();
    wrapper.unmount();
  });

  it("lists every version with its PDF, the older ones superseded", async () => {
    serve(
      buildSignoffConference({
        minutesVersions: [
          buildVersion({ signatures: [buildLine({ outcome: "DISSENT", note: "no" })] }),
          buildVersion({ id: "v2", number: 2, pdfPath: "/conferences/conf-1/minutes/2.pdf" }),
        ],
      }),
    );
    const wrapper = await mountPanel();
    const versions = [...document.body.querySelectorAll("[data-test=minutes-version]")];
    expect(versions.map((v) => v.getAttribute("data-standing"))).toEqual(["current", "superseded"]);
    expect(versions[1]?.textContent).toContain("Superseded");
    expect(versions.map((v) => v.querySelector("a")?.getAttribute("href"))).toEqual([
      "/conferences/conf-1/minutes/2.pdf",
      "/conferences/conf-1/minutes/1.pdf",
    ]);
    // The table is the newest version's: its answers start empty.
    expect(el("[data-test=signature-line]")?.getAttribute("data-state")).toBe("PENDING");
    wrapper.unmount();
  });
});

describe("a participant's own answer", () => {
  it("signs for themselves and says when", async () => {
    const sign = vi.fn(() => {
      answered("p-guest", { outcome: "SIGNED", at: "2026-11-23T15:12:00.000Z" });
      return { signMinutes: { id: "v1" } };
    });
    serve(buildSignoffConference(), { SignoffSign: sign });
    const wrapper = await mountPanel();
    expect(el("[data-test=in-room-signing]")).toBeNull();
    expect(el("[data-test=reopen-minutes]")).toBeNull();
    el("[data-test=own-answer-form-submit]")?.click();
    await flushPromises();
    expect(sign).toHaveBeenCalledWith({ versionId: "v1", input: { answer: "SIGNED", note: null } });
    expect(el("[data-test=own-done]")?.textContent).toContain("You signed version 1 at");
    wrapper.unmount();
  });

  it("records a dissent only with a note", async () => {
    const sign = vi.fn(() => ({ signMinutes: { id: "v1" } }));
    serve(buildSignoffConference(), { SignoffSign: sign });
    const wrapper = await mountPanel();
    el("[data-test=own-answer-form-DISSENT] input")?.click();
    await flushPromises();
    el("[data-test=own-answer-form-submit]")?.click();
    await flushPromises();
    expect(sign).not.toHaveBeenCalled();
    expect(el("[data-test=own-answer]")?.textContent).toContain(
      "Please say what you disagree with or what should be corrected.",
    );
    await wrapper.find("[data-test=own-answer-form-note]").setValue("  The school's offer is missing  ");
    el("[data-test=own-answer-form-submit]")?.click();
    await flushPromises();
    expect(sign).toHaveBeenCalledWith({
      versionId: "v1",
      input: { answer: "DISSENT", note: "The school's offer is missing" },
    });
    wrapper.unmount();
  });

  it("explains in words that the version was replaced meanwhile", async () => {
    serve(buildSignoffConference(), {
      SignoffSign: () => {
        throw new ApiError("superseded", "MINUTES_SUPERSEDED", {
          versionNumber: 1,
          latestNumber: 2,
          latestVersionId: "v2",
        });
      },
    });
    const wrapper = await mountPanel("hu");
    el("[data-test=own-answer-form-submit]")?.click();
    await flushPromises();
    expect(el("[data-test=own-error]")?.textContent).toContain(
      "A(z) 1. változatot a(z) 2. változat váltotta fel: kérjük, azt olvassa el és írja alá.",
    );
    wrapper.unmount();
  });

  it("tells someone who was not present that they do not sign", async () => {
    serve(
      buildSignoffConference({
        viewerAccess: { ...facilitatorAccess, participantId: "p-away", role: "PARENT", canRun: false },
      }),
    );
    const wrapper = await mountPanel();
    expect(el("[data-test=own-answer]")?.textContent).toContain("You were not marked present");
    expect(el("[data-test=own-answer-form]")).toBeNull();
    wrapper.unmount();
  });

  it("takes no answers once the conference is closed", async () => {
    serve(buildSignoffConference({ status: "CLOSED" }));
    const wrapper = await mountPanel();
    expect(wrapper.text()).toContain("The minutes are closed and final");
    expect(el("[data-test=own-answer-form]")).toBeNull();
    expect(el("[data-test=minutes-version]")?.getAttribute("data-standing")).toBe("final");
    wrapper.unmount();
  });
});

describe("signing in the room", () => {
  it("records a participant's signature after a confirmation that names them", async () => {
    const signInRoom = vi.fn(() => {
      answered("p-guest", { outcome: "SIGNED", at: "2026-11-23T15:12:00.000Z", inRoom: true, confirmedBy: "Éva Tóth" });
      return { signInRoom: { id: "v1" } };
    });
    serve(buildSignoffConference({ viewerAccess: facilitatorAccess }), { SignoffSignInRoom: signInRoom });
    const wrapper = await mountPanel();

    el("[data-test=room-answer-form-submit]")?.click();
    await flushPromises();
    expect(el("[data-test=in-room-signing]")?.textContent).toContain("Choose who is signing.");
    expect(dialog()).toBeNull();

    wrapper.findComponent({ name: "Select" }).vm.$emit("update:modelValue", "p-guest");
    await flushPromises();
    el("[data-test=room-answer-form-submit]")?.click();
    await flushPromises();
    expect(dialog()?.textContent).toContain("Is Gábor Kiss signing?");
    expect(dialog()?.textContent).toContain("Confirm that Gábor Kiss is here and signs version 1 of the minutes");
    expect(signInRoom).not.toHaveBeenCalled();

    dialogButton("Yes, Gábor Kiss is signing")?.click();
    await flushPromises();
    expect(signInRoom).toHaveBeenCalledWith({
      versionId: "v1",
      participantId: "p-guest",
      input: { answer: "SIGNED", note: null },
    });
    expect(el("[data-test=room-done]")?.textContent).toContain("Gábor Kiss's signature was recorded.");
    expect(document.body.querySelectorAll("[data-test=signature-line]")[1]?.textContent).toContain(
      "Signed in the room, confirmed by Éva Tóth",
    );
    // Nobody but the facilitator, who answers for herself, is left to sign in the room.
    expect(el("[data-test=in-room-signing]")?.textContent).toContain("Everyone present has answered this version.");
    wrapper.unmount();
  });

  it("is not offered to those who do not run the meeting", async () => {
    serve(buildSignoffConference());
    const wrapper = await mountPanel();
    expect(el("[data-test=in-room-signing]")).toBeNull();
    wrapper.unmount();
  });
});

describe("reopening and closing unsigned", () => {
  it("reopens only after explaining that everyone signs again", async () => {
    const reopen = vi.fn(() => ({ reopenMinutes: { id: "conf-1", status: "LIVE" } }));
    serve(buildSignoffConference({ viewerAccess: facilitatorAccess }), { SignoffReopen: reopen });
    const wrapper = await mountPanel();
    el("[data-test=reopen-minutes]")?.click();
    await flushPromises();
    expect(dialog()?.textContent).toContain("everyone present must sign that one");
    expect(dialog()?.textContent).toContain("the answers given to version 1 stay with it");
    expect(reopen).not.toHaveBeenCalled();
    dialogButton("Reopen the minutes for amendment")?.click();
    await flushPromises();
    expect(reopen).toHaveBeenCalledWith({ conferenceId: "conf-1" });
    wrapper.unmount();
  });

  it("names the missing signatures before closing without them", async () => {
    const close = vi.fn(() => ({ closeWithMissingSignatures: { id: "conf-1", status: "CLOSED" } }));
    serve(
      buildSignoffConference({
        viewerAccess: facilitatorAccess,
        minutesVersions: [
          buildVersion({
            signatures: [
              buildLine({
                participantId: "p-fac",
                name: "Éva Tóth",
                outcome: "SIGNED",
                at: "2026-11-23T15:12:00.000Z",
              }),
              buildLine(),
              buildLine({ participantId: "p-dad", name: "Péter Kovács", role: "PARENT" }),
            ],
          }),
        ],
      }),
      { SignoffCloseMissing: close },
    );
    const wrapper = await mountPanel();
    el("[data-test=close-missing]")?.click();
    await flushPromises();
    expect(dialog()?.textContent).toContain("These participants have not signed version 1: Gábor Kiss, Péter Kovács.");
    dialogButton("Close with the missing signatures")?.click();
    await flushPromises();
    expect(close).toHaveBeenCalledWith({ conferenceId: "conf-1" });
    wrapper.unmount();
  });

  it("is not offered to the note taker, who runs the meeting but does not keep the minutes", async () => {
    serve(
      buildSignoffConference({
        viewerAccess: { participantId: "p-nt", role: "NOTE_TAKER", canPrepare: false, canRun: true },
      }),
    );
    const wrapper = await mountPanel();
    expect(el("[data-test=in-room-signing]")).not.toBeNull();
    expect(el("[data-test=reopen-minutes]")).toBeNull();
    wrapper.unmount();
  });
});
