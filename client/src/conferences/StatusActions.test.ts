import { flushPromises, mount } from "@vue/test-utils";
import PrimeVue from "primevue/config";
import ConfirmationService from "primevue/confirmationservice";
import ConfirmDialog from "primevue/confirmdialog";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { defineComponent, h } from "vue";
import { ApiError } from "../graphql/client";
import { createAppI18n } from "../i18n";
import StatusActions from "./StatusActions.vue";
import { buildConference } from "./test-support";
import type { ConferenceData } from "./useConferencePage";

const request = vi.hoisted(() => vi.fn());
vi.mock("../graphql/client", async (original) => ({
  ...(await original<typeof import("../graphql/client")>()),
  request,
}));

function mountActions(conference: ConferenceData, locale: "en" | "hu" = "en") {
  const reload = vi.fn(() => Promise.resolve());
  // The page hosts the confirmation dialog; the actions only ask for it.
  const Host = defineComponent(() => () => [
    h(ConfirmDialog, { group: "conference" }),
    h(StatusActions, { conference, reload }),
  ]);
  const wrapper = mount(Host, {
    attachTo: document.body,
    global: { plugins: [createAppI18n(locale), [PrimeVue, { theme: "none" }], ConfirmationService] },
  });
  return { wrapper, reload };
}

const button = (status: string) => document.body.querySelector<HTMLButtonElement>(`[data-test="transition-${status}"]`);

beforeEach(() => {
  request.mockReset();
  request.mockResolvedValue({ transitionConference: { id: "conf-1", status: "INVITED" } });
});
afterEach(() => {
  document.body.innerHTML = "";
});

describe("the status buttons", () => {
  it("offers one button per status the conference may go to", () => {
    const { wrapper } = mountActions(buildConference({ nextStatuses: ["INVITED", "CANCELLED"] }));
    expect(button("INVITED")?.textContent).toContain("Send the invitations");
    expect(button("CANCELLED")?.textContent).toContain("Cancel the conference");
    expect(button("LIVE")).toBeNull();
    wrapper.unmount();
  });

  it("leaves reopening and closing signed minutes to the sign-off panel, which confirms them", () => {
    const { wrapper } = mountActions(buildConference({ status: "SIGNING", nextStatuses: ["LIVE", "CLOSED"] }));
    expect(button("LIVE")).toBeNull();
    expect(button("CLOSED")).toBeNull();
    wrapper.unmount();
  });

  it("offers none to someone who may not run the meeting", () => {
    const access = { participantId: "p", role: "PARENT" as const, canPrepare: false, canRun: false, canEditLive: true };
    const { wrapper } = mountActions(buildConference({ viewerAccess: access }));
    expect(button("INVITED")).toBeNull();
    wrapper.unmount();
  });

  it("sends the invitations at once and reloads", async () => {
    const { wrapper, reload } = mountActions(buildConference());
    button("INVITED")?.click();
    await flushPromises();
    expect(request).toHaveBeenCalledWith(expect.anything(), { id: "conf-1", to: "INVITED" });
    expect(reload).toHaveBeenCalled();
    wrapper.unmount();
  });

  it("says in words what the conference still lacks when the server refuses", async () => {
    request.mockRejectedValueOnce(
      new ApiError("not ready", "CONFERENCE_NOT_READY", { problems: ["purpose_missing", "facilitator_missing"] }),
    );
    const { wrapper } = mountActions(buildConference(), "hu");
    button("INVITED")?.click();
    await flushPromises();
    expect(wrapper.text()).toContain("A konferencia még nem áll készen: hiányzik a cél, nincs facilitátor.");
    wrapper.unmount();
  });

  it("names both statuses of an illegal move in words", async () => {
    request.mockRejectedValueOnce(
      new ApiError("illegal", "ILLEGAL_TRANSITION", { from: "cancelled", to: "invited", allowed: [] }),
    );
    const { wrapper } = mountActions(buildConference());
    button("INVITED")?.click();
    await flushPromises();
    expect(wrapper.text()).toContain("The conference cannot move from Cancelled to Invited.");
    wrapper.unmount();
  });

  it("asks before cancelling, and cancels only when confirmed", async () => {
    const { wrapper } = mountActions(buildConference());
    button("CANCELLED")?.click();
    await flushPromises();
    expect(request).not.toHaveBeenCalled();
    const dialog = document.body.querySelector('[role="alertdialog"], [role="dialog"]');
    expect(dialog?.textContent).toContain("A cancelled conference cannot be reopened.");
    const accept = [...(dialog?.querySelectorAll("button") ?? [])].find((b) =>
      b.textContent?.includes("Cancel the conference"),
    );
    accept?.click();
    await flushPromises();
    expect(request).toHaveBeenCalledWith(expect.anything(), { id: "conf-1", to: "CANCELLED" });
    wrapper.unmount();
  });
});
