import { flushPromises, mount } from "@vue/test-utils";
import PrimeVue from "primevue/config";
import { afterEach, describe, expect, it, vi } from "vitest";
import { defineComponent, h, ref } from "vue";
import { createMemoryHistory, createRouter } from "vue-router";
import { ApiError } from "../graphql/client";
import { createAppI18n } from "../i18n";
import ConfidentialityGate from "./ConfidentialityGate.vue";
import { IDS } from "./test-factories";

const dialog = () => document.body.querySelector('[data-test="confidentiality-dialog"]');
const agreeButton = () => document.body.querySelector<HTMLButtonElement>('[data-test="acknowledge-confidentiality"]');

/** The gate as the room page uses it: `required` turns off once the acceptance is recorded. */
function mountGate(acknowledge: () => Promise<void>, required = true) {
  const stillRequired = ref(required);
  const Host = defineComponent(
    () => () =>
      h(
        ConfidentialityGate,
        {
          required: stillRequired.value,
          conferenceId: IDS.conference,
          acknowledge: async () => {
            await acknowledge();
            stillRequired.value = false;
          },
        },
        { default: () => h("p", { "data-test": "room" }, "The minutes of the meeting") },
      ),
  );
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: "/", component: { render: () => null } },
      { path: "/conferences/:id", name: "conference", component: { render: () => null } },
    ],
  });
  return mount(Host, { attachTo: document.body, global: { plugins: [createAppI18n("en"), PrimeVue, router] } });
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("the confidentiality gate", () => {
  it("keeps the room out of the page and shows the frame in a modal dialog", async () => {
    const wrapper = mountGate(vi.fn(() => Promise.resolve()));
    await flushPromises();
    expect(wrapper.find('[data-test="room"]').exists()).toBe(false);
    expect(dialog()?.getAttribute("role")).toBe("dialog");
    expect(dialog()?.getAttribute("aria-modal")).toBe("true");
    expect(dialog()?.textContent).toContain("What is said in the meeting stays in the meeting");
    expect(dialog()?.textContent).toContain("shared with the participants");
    expect(dialog()?.textContent).toContain("the children and the family is confidential");
    expect(dialog()?.contains(document.activeElement)).toBe(true); // focus is inside, for keyboard users
    wrapper.unmount();
  });

  it("records the acceptance and then opens the room", async () => {
    const acknowledge = vi.fn(() => Promise.resolve());
    const wrapper = mountGate(acknowledge);
    await flushPromises();
    agreeButton()?.click();
    await flushPromises();
    expect(acknowledge).toHaveBeenCalledOnce();
    expect(wrapper.find('[data-test="room"]').exists()).toBe(true);
    expect(dialog()).toBeNull();
    wrapper.unmount();
  });

  it("stays closed and says why when the acceptance could not be recorded", async () => {
    const wrapper = mountGate(() => Promise.reject(new ApiError("offline", "NETWORK")));
    await flushPromises();
    agreeButton()?.click();
    await flushPromises();
    expect(wrapper.find('[data-test="room"]').exists()).toBe(false);
    expect(dialog()?.querySelector('[role="alert"]')?.textContent).toContain("The server cannot be reached");
    wrapper.unmount();
  });

  it("opens the room at once for a seat that accepted before", async () => {
    const wrapper = mountGate(() => Promise.resolve(), false);
    await flushPromises();
    expect(wrapper.find('[data-test="room"]').exists()).toBe(true);
    expect(dialog()).toBeNull();
    wrapper.unmount();
  });
});
