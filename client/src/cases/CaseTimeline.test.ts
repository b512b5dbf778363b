import { flushPromises, mount } from "@vue/test-utils";
import PrimeVue from "primevue/config";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createMemoryHistory, createRouter } from "vue-router";
import { ApiError } from "../graphql/client";
import { createAppI18n } from "../i18n";
import CaseTimeline from "./CaseTimeline.vue";

const request = vi.hoisted(() => vi.fn());
vi.mock("../graphql/client", async (original) => ({
  ...(await original<typeof import("../graphql/client")>()),
  request,
}));

const Empty = { template: "<div />" };

function mountTimeline(conferences: InstanceType<typeof CaseTimeline>["$props"]["conferences"]) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: "/", component: Empty },
      { path: "/cases/:caseId/conferences/new", name: "conference-new", component: Empty },
      { path: "/conferences/:id", name: "conference", component: Empty },
      { path: "/conferences/:id/room", name: "room", component: Empty },
    ],
  });
  const wrapper = mount(CaseTimeline, {
    props: { caseId: "case-1", conferences },
    global: { plugins: [createAppI18n("en"), router, [PrimeVue, { theme: "none" }]] },
  });
  return { wrapper, router };
}

const conference = (seriesIndex: number, status: "DRAFT" | "LIVE" | "CLOSED" | "CANCELLED") => ({
  id: `conf-${seriesIndex}`,
  seriesIndex,
  kind: "CONFERENCE" as const,
  status,
  scheduledStart: seriesIndex === 3 ? null : `2026-0${seriesIndex}-10T09:00:00.000Z`,
  purpose: `Purpose ${seriesIndex}`,
});

describe("CaseTimeline", () => {
  beforeEach(() => {
    request.mockReset(); // not returned: beforeEach would call a returned function after the test
  });

  it("lists the conferences in series order, each with its status in words and its purpose", () => {
    const { wrapper } = mountTimeline([conference(3, "DRAFT"), conference(1, "CLOSED"), conference(2, "LIVE")]);
    const entries = wrapper.findAll('[data-test="case-conference"]');
    expect(entries.map((e) => e.find("a").text())).toEqual([
      "No. 1 · Case conference",
      "No. 2 · Case conference",
      "No. 3 · Case conference",
    ]);
    expect(entries[0]?.text()).toContain("Closed");
    expect(entries[0]?.text()).toContain("Purpose 1");
    expect(entries[2]?.text()).toContain("time not set yet");
  });

  it("links only a live conference to its meeting room", () => {
    const { wrapper } = mountTimeline([conference(1, "CLOSED"), conference(2, "LIVE")]);
    expect(wrapper.findAll('a[href$="/room"]').map((a) => a.attributes("href"))).toEqual(["/conferences/conf-2/room"]);
  });

  it("links planning a conference to the new-conference screen of the case", () => {
    const { wrapper } = mountTimeline([]);
    expect(wrapper.get('[data-test="plan-conference"]').attributes("href")).toBe("/cases/case-1/conferences/new");
    expect(wrapper.text()).toContain("No conference has been planned yet.");
  });

  it("offers the next conference only after one that took place or is planned", () => {
    expect(mountTimeline([conference(1, "CANCELLED")]).wrapper.text()).not.toContain("Plan the next conference");
    expect(mountTimeline([conference(1, "CLOSED")]).wrapper.text()).toContain("Plan the next conference");
  });

  it("plans the next conference on the server and opens it", async () => {
    request.mockResolvedValue({ planNextConference: { id: "conf-9" } });
    const { wrapper, router } = mountTimeline([conference(1, "CLOSED")]);
    const button = wrapper.findAll("button").find((b) => b.text().includes("Plan the next conference"));
    await button?.trigger("click");
    await flushPromises();
    expect(request).toHaveBeenCalledWith(expect.anything(), { caseId: "case-1" });
    expect(router.currentRoute.value.fullPath).toBe("/conferences/conf-9");
  });

  it("says in words why the next conference could not be planned", async () => {
    request.mockRejectedValue(new ApiError("gone", "NOT_FOUND"));
    const { wrapper } = mountTimeline([conference(1, "CLOSED")]);
    const button = wrapper.findAll("button").find((b) => b.text().includes("Plan the next conference"));
    await button?.trigger("click");
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toBe("This record does not exist, or you may not see it.");
  });
});
