import { mount } from "@vue/test-utils";
import PrimeVue from "primevue/config";
import { describe, expect, it } from "vitest";
import { nextTick } from "vue";
import { ApiError } from "../graphql/client";
import { createAppI18n } from "../i18n";
import ConferenceFields from "./ConferenceFields.vue";
import { emptyForm, useConferenceForm } from "./useConferenceForm";

function mountFields(error: unknown = null, locale: "en" | "cs" = "en") {
  const form = useConferenceForm(emptyForm("EN"));
  const wrapper = mount(ConferenceFields, {
    props: { form, error, idPrefix: "t" },
    global: { plugins: [createAppI18n(locale), [PrimeVue, { theme: "none" }]] },
  });
  return { form, wrapper };
}

describe("the conference fields", () => {
  it("says at the purpose that it is required once a save was tried", async () => {
    const { form, wrapper } = mountFields();
    expect(wrapper.find("#t-purpose-error").exists()).toBe(false);
    form.attempt();
    await nextTick();
    expect(wrapper.find("#t-purpose-error").text()).toBe("Required");
    expect(wrapper.find("[data-test=conference-purpose]").attributes("aria-describedby")).toContain("t-purpose-error");
  });

  it("shows the server's field errors at their fields, in the page's language", () => {
    const error = new ApiError("Invalid input", "BAD_USER_INPUT", {
      fields: [
        { path: "input.onlineLink", code: "INVALID_URL", message: "must be a web address (https://…)" },
        { path: "input.plannedDurationMinutes", code: "OUT_OF_RANGE", message: "must not be less than 15" },
        { path: "input.scheduledStart", code: "REQUIRED", message: "is required" },
      ],
    });
    const { wrapper } = mountFields(error, "cs");
    expect(wrapper.find("#t-onlineLink-error").text()).toBe("Webová adresa začínající https://");
    expect(wrapper.find("#t-plannedDurationMinutes-error").text()).toBe("Mezi 15 a 480 minutami");
    expect(wrapper.find("#t-date-error").text()).toBe("Povinné");
    expect(wrapper.find("#t-purpose-error").exists()).toBe(false);
  });
});
