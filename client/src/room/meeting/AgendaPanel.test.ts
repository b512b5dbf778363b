import { readAgenda, readMeeting, setCurrentItem, startMeeting } from "@roundtable/shared";
import { mount } from "@vue/test-utils";
import PrimeVue from "primevue/config";
import { afterEach, describe, expect, it } from "vitest";
import { defineComponent, h, ref } from "vue";
import type * as Y from "yjs";
import { createAppI18n } from "../../i18n";
import type { RoomViewer } from "../types";
import AgendaPanel from "./AgendaPanel.vue";
import { ITEM, PERSON, at, buildDocument, forkDocument, liveSource, sync } from "./test-support";

const FACILITATOR: RoomViewer = {
  participantId: PERSON.healthVisitor,
  displayName: "Eszter Kovács",
  role: "FACILITATOR",
  canEdit: true,
  isFacilitator: true,
  colour: "#1d4ed8",
};
const PARENT: RoomViewer = {
  ...FACILITATOR,
  participantId: PERSON.mother,
  displayName: "Judit Nagy",
  role: "PARENT",
  isFacilitator: false,
};

/** A document whose meeting has started on the first item, as the room leaves it. */
function runningMeeting(): Y.Doc {
  const doc = buildDocument();
  startMeeting(doc, at(0));
  setCurrentItem(doc, ITEM.welcome, at(0));
  return doc;
}

/** The panel with its v-model held by a host, as the room page uses it. */
function mountPanel(doc: Y.Doc, viewer: RoomViewer) {
  const selected = ref<string | null>(null);
  const Host = defineComponent(
    () => () =>
      h(AgendaPanel, {
        live: liveSource(doc),
        viewer,
        selectedItemId: selected.value,
        "onUpdate:selectedItemId": (id: string | null) => {
          selected.value = id;
        },
      }),
  );
  const wrapper = mount(Host, { attachTo: document.body, global: { plugins: [createAppI18n("en"), PrimeVue] } });
  return { wrapper, selected };
}

const states = (doc: Y.Doc) => readAgenda(doc).map((item) => item.state);

afterEach(() => {
  document.body.innerHTML = "";
});

describe("the agenda panel", () => {
  it("shows each item's state and the current item with its timebox", () => {
    const { wrapper } = mountPanel(runningMeeting(), PARENT);
    const entries = wrapper.findAll('[data-test="agenda-entry"]');
    expect(entries.map((entry) => entry.attributes("data-state"))).toEqual(["current", "pending", "pending"]);
    expect(entries[1]?.text()).toContain("The family's situation and strengths");
    expect(entries[1]?.text()).toContain("60 min");
    expect(wrapper.get('[data-test="current-item"]').text()).toBe("Welcome and frame");
    expect(wrapper.get(".now-box").text()).toContain("/ 10:00");
    expect(wrapper.get('[data-test="meeting-clock"]').text()).toContain("Meeting time");
    wrapper.unmount();
  });

  it("offers the facilitator the next item, and nobody else", () => {
    const doc = runningMeeting();
    const facilitator = mountPanel(doc, FACILITATOR).wrapper;
    const parent = mountPanel(forkDocument(doc), PARENT).wrapper;
    const readOnlyFacilitator = mountPanel(forkDocument(doc), { ...FACILITATOR, canEdit: false }).wrapper;
    expect(facilitator.find('[data-test="next-item"]').exists()).toBe(true);
    expect(parent.find('[data-test="next-item"]').exists()).toBe(false);
    expect(parent.find("form").exists()).toBe(false);
    expect(readOnlyFacilitator.find('[data-test="next-item"]').exists()).toBe(false);
    for (const w of [facilitator, parent, readOnlyFacilitator]) w.unmount();
  });

  it("moves the current item in the document when the facilitator clicks Next item, and others see it", async () => {
    const doc = runningMeeting();
    const guestDoc = forkDocument(doc);
    const { wrapper } = mountPanel(doc, FACILITATOR);
    const guest = mountPanel(guestDoc, PARENT).wrapper;

    await wrapper.get('[data-test="next-item"]').trigger("click");
    expect(readMeeting(doc).currentItemId).toBe(ITEM.situation);
    expect(states(doc)).toEqual(["done", "current", "pending"]);
    expect(wrapper.get('[data-test="current-item"]').text()).toBe("The family's situation and strengths");

    sync(doc, guestDoc);
    await guest.vm.$nextTick();
    expect(guest.get('[data-test="current-item"]').text()).toBe("The family's situation and strengths");
    expect(guest.findAll('[data-test="agenda-entry"]').map((e) => e.attributes("data-state"))).toEqual([
      "done",
      "current",
      "pending",
    ]);
    wrapper.unmount();
    guest.unmount();
  });

  it("lets the facilitator choose any item as current", async () => {
    const doc = runningMeeting();
    const { wrapper } = mountPanel(doc, FACILITATOR);
    await wrapper.get('[aria-label="Discuss “Cooperation plan” now"]').trigger("click");
    expect(readMeeting(doc).currentItemId).toBe(ITEM.plan);
    expect(document.activeElement?.getAttribute("data-test")).toBe("current-item");
    wrapper.unmount();
  });

  it("pauses and resumes the shared clock", async () => {
    const doc = runningMeeting();
    const { wrapper } = mountPanel(doc, FACILITATOR);
    await wrapper.get('[data-test="pause-meeting"]').trigger("click");
    expect(readMeeting(doc).pausedAt).not.toBeNull();
    expect(wrapper.get('[data-test="meeting-clock"]').text()).toContain("Paused");
    await wrapper.get('[data-test="pause-meeting"]').trigger("click");
    expect(readMeeting(doc).pausedAt).toBeNull();
    wrapper.unmount();
  });

  it("adds an item live with its timebox, and refuses one without a title", async () => {
    const doc = runningMeeting();
    const { wrapper } = mountPanel(doc, FACILITATOR);
    await wrapper.get("form").trigger("submit");
    expect(wrapper.get("form").text()).toContain("Required");
    expect(readAgenda(doc)).toHaveLength(3);

    await wrapper.get("form input[type='text']").setValue("Questions from the family");
    await wrapper.get("form").trigger("submit");
    expect(readAgenda(doc).at(-1)).toMatchObject({ title: "Questions from the family", timeboxMinutes: 10 });
    expect(wrapper.findAll('[data-test="agenda-entry"]')).toHaveLength(4);
    wrapper.unmount();
  });

  it("selects the current item for the minutes, follows the meeting, and keeps a chosen item", async () => {
    const doc = runningMeeting();
    const { wrapper, selected } = mountPanel(doc, PARENT);
    expect(selected.value).toBe(ITEM.welcome);

    setCurrentItem(doc, ITEM.situation, at(5));
    await wrapper.vm.$nextTick();
    expect(selected.value).toBe(ITEM.situation);

    await wrapper.findAll(".entry-select")[0]?.trigger("click");
    expect(selected.value).toBe(ITEM.welcome);
    expect(wrapper.findAll(".entry-select")[0]?.attributes("aria-pressed")).toBe("true");
    setCurrentItem(doc, ITEM.plan, at(9));
    await wrapper.vm.$nextTick();
    expect(selected.value).toBe(ITEM.welcome);
    wrapper.unmount();
  });

  it("rests on the first item before the meeting starts and offers no moves", () => {
    const { wrapper, selected } = mountPanel(buildDocument(), FACILITATOR);
    expect(selected.value).toBe(ITEM.welcome);
    expect(wrapper.find('[data-test="current-item"]').exists()).toBe(false);
    expect(wrapper.text()).toContain("The meeting has not started yet.");
    expect(wrapper.find('[data-test="next-item"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
