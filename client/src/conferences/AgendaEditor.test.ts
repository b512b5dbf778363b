import { flushPromises, mount } from "@vue/test-utils";
import PrimeVue from "primevue/config";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { defineComponent, h, shallowRef } from "vue";
import { createMemoryHistory, createRouter } from "vue-router";
import { createAppI18n } from "../i18n";
import AgendaEditor from "./AgendaEditor.vue";
import { agendaItem, buildConference, reorder } from "./test-support";
import type { ConferenceData } from "./useConferencePage";

const request = vi.hoisted(() => vi.fn());
vi.mock("../graphql/client", async (original) => ({
  ...(await original<typeof import("../graphql/client")>()),
  request,
}));

/** The editor on a page whose reload shows what the server did with the last move. */
function mountEditor(initial: ConferenceData) {
  const conference = shallowRef(initial);
  const reload = vi.fn(async () => {
    const last = request.mock.calls.at(-1)?.[1] as { id?: string; position?: number } | undefined;
    const items = conference.value.agenda;
    const from = items.findIndex((i) => i.id === last?.id);
    if (from >= 0 && last?.position !== undefined) {
      conference.value = { ...conference.value, agenda: reorder(items, from, last.position) };
    }
  });
  const Host = defineComponent(() => () => h(AgendaEditor, { conference: conference.value, reload }));
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: "/conferences/:id/room", name: "room", component: { render: () => null } }],
  });
  const wrapper = mount(Host, {
    attachTo: document.body,
    global: { plugins: [createAppI18n("en"), [PrimeVue, { theme: "none" }], router] },
  });
  return { wrapper, conference };
}

const titles = () => [...document.querySelectorAll("[data-test=agenda-item] .title")].map((e) => e.textContent);

beforeEach(() => {
  request.mockReset();
  request.mockResolvedValue({});
});
afterEach(() => {
  document.body.innerHTML = "";
});

describe("the agenda editor", () => {
  const agenda = [
    agendaItem("a", "Welcome and the frame", 10, 0),
    agendaItem("b", "What is going well", 20, 1),
    agendaItem("c", "What we are worried about", 30, 2),
  ];

  it("offers the default agenda only while the agenda is empty", () => {
    const empty = mountEditor(buildConference());
    expect(document.querySelector("[data-test=default-agenda]")).not.toBeNull();
    empty.wrapper.unmount();
    const full = mountEditor(buildConference({ agenda }));
    expect(document.querySelector("[data-test=default-agenda]")).toBeNull();
    full.wrapper.unmount();
  });

  it("compares the timeboxes with the meeting's planned duration", () => {
    const { wrapper } = mountEditor(buildConference({ agenda, plannedDurationMinutes: 90 }));
    expect(wrapper.text()).toContain("Planned: 60 of 90 minutes. 30 minutes are not planned yet.");
    wrapper.unmount();
  });

  it("cannot move the first item up or the last one down", () => {
    const { wrapper } = mountEditor(buildConference({ agenda }));
    expect(document.querySelector<HTMLButtonElement>("#agenda-up-a")?.disabled).toBe(true);
    expect(document.querySelector<HTMLButtonElement>("#agenda-down-a")?.disabled).toBe(false);
    expect(document.querySelector<HTMLButtonElement>("#agenda-down-c")?.disabled).toBe(true);
    wrapper.unmount();
  });

  it("moves an item from the keyboard and keeps the focus on it, announcing its new place", async () => {
    const { wrapper } = mountEditor(buildConference({ agenda }));
    const down = document.querySelector<HTMLButtonElement>("#agenda-down-a");
    expect(down?.getAttribute("aria-label")).toBe("Move “Welcome and the frame” down");
    down?.focus();
    down?.click();
    await flushPromises();
    expect(request).toHaveBeenCalledWith(expect.anything(), { id: "a", position: 1 });
    expect(titles()).toEqual(["What is going well", "Welcome and the frame", "What we are worried about"]);
    expect(document.activeElement?.id).toBe("agenda-down-a");
    expect(wrapper.text()).toContain("“Welcome and the frame” is now item 2.");

    // At the bottom the down button is disabled: the focus moves to the same item's up button.
    document.querySelector<HTMLButtonElement>("#agenda-down-a")?.click();
    await flushPromises();
    expect(titles().at(-1)).toBe("Welcome and the frame");
    expect(document.activeElement?.id).toBe("agenda-up-a");
    wrapper.unmount();
  });
});
