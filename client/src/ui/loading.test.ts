import { mount } from "@vue/test-utils";
import PrimeVue from "primevue/config";
import { describe, expect, it } from "vitest";
import { ApiError } from "../graphql/client";
import { createAppI18n } from "../i18n";
import LoadError from "./LoadError.vue";
import LoadMore from "./LoadMore.vue";

const global = { plugins: [createAppI18n("en"), PrimeVue] };
const offline = new ApiError("fetch failed", "NETWORK");

describe("a failed read", () => {
  it("says what could not be loaded and why, and asks again on request", async () => {
    const wrapper = mount(LoadError, { props: { error: offline, what: "The cases could not be loaded." }, global });
    expect(wrapper.text()).toContain(
      "The cases could not be loaded. The server cannot be reached. Check the connection and try again.",
    );
    await wrapper.get("button").trigger("click");
    expect(wrapper.emitted("retry")).toHaveLength(1);
  });

  it("gives only the reason when the page's heading already says what failed", () => {
    const wrapper = mount(LoadError, { props: { error: offline }, global });
    expect(wrapper.get("p").text()).toBe("The server cannot be reached. Check the connection and try again.");
  });
});

describe("the end of a paged list", () => {
  it("offers the next page while there is one", async () => {
    const wrapper = mount(LoadMore, {
      props: { error: null, hasNextPage: true, loading: false, label: "Load more cases" },
      global,
    });
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    await wrapper.get("button").trigger("click");
    expect(wrapper.emitted("more")).toHaveLength(1);
    await wrapper.setProps({ hasNextPage: false });
    expect(wrapper.find("button").exists()).toBe(false);
  });

  it("says why the next page failed", () => {
    const wrapper = mount(LoadMore, {
      props: { error: offline, hasNextPage: true, loading: false, label: "Load more cases" },
      global,
    });
    expect(wrapper.get('[role="alert"]').text()).toBe(
      "The server cannot be reached. Check the connection and try again.",
    );
  });
});
