import { mount } from "@vue/test-utils";
import PrimeVue from "primevue/config";
import { describe, expect, it } from "vitest";
import { nextTick } from "vue";
import { createAppI18n } from "../i18n";
import type { Locale } from "../i18n/define";
import ActivityLogView from "./ActivityLogView.vue";
import { linkRouter } from "./test-support";

type Entries = NonNullable<InstanceType<typeof ActivityLogView>["$props"]["entries"]>;

function mountLog(entries: Entries | null, locale: Locale = "en") {
  const i18n = createAppI18n(locale);
  const router = linkRouter();
  const wrapper = mount(ActivityLogView, {
    props: { caseId: "case-1", entries, loading: false, error: null },
    global: { plugins: [i18n, router, [PrimeVue, { theme: "none" }]] },
  });
  return { wrapper, i18n };
}

const meeting = {
  id: "conference:c1",
  at: "2026-03-02T09:00:00.000Z",
  kind: "CONFERENCE" as const,
  seriesIndex: 1,
  conferenceKind: "CONFERENCE" as const,
  status: "CLOSED" as const,
  conference: { id: "c1" },
  participants: [{ name: "A" }, { name: "B" }, { name: "C" }, { name: "D" }],
  attendance: { inRoom: 2, remote: 1, absent: 1, excused: 0, unknown: 0 },
  messages: null,
  signatures: null,
};
const closed = {
  ...meeting,
  id: "minutes_closed:c1",
  at: "2026-03-03T15:00:00.000Z",
  kind: "MINUTES_CLOSED" as const,
  participants: null,
  attendance: null,
  signatures: { signed: 2, present: 3 },
};

describe("ActivityLogView", () => {
  it("lists each entry with its kind, meeting and counts in Hungarian", () => {
    const { wrapper } = mountLog([meeting, closed], "hu");
    const rows = wrapper.findAll('[data-test="activity-entry"]');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.text()).toContain("Megbeszélés");
    expect(rows[0]?.text()).toContain("Esetkonferencia, 1. alkalom");
    expect(rows[0]?.text()).toContain("Meghívottak: 4");
    expect(rows[0]?.text()).toContain("Személyesen: 2, távolról: 1, távol maradt: 1, kimentette magát: 0");
    expect(rows[1]?.text()).toContain("Jegyzőkönyv lezárva");
    expect(rows[1]?.text()).toContain("3 jelenlévőből 2 aláírta");
    expect(rows[0]?.find("a").attributes("href")).toBe("/conferences/c1");
  });

  it("offers the spreadsheet in the screen's language, and follows a change of language", async () => {
    const { wrapper, i18n } = mountLog([meeting], "hu");
    const link = () => wrapper.get('[data-test="activity-csv"]');
    expect(link().attributes("href")).toBe("/cases/case-1/activity.csv?lang=hu");
    expect(link().attributes("download")).toBeDefined();
    expect(link().text()).toBe("Letöltés táblázatként (CSV)");
    i18n.global.locale.value = "cs";
    await nextTick();
    expect(link().attributes("href")).toBe("/cases/case-1/activity.csv?lang=cs");
  });

  it("says attendance was not recorded rather than counting everyone as absent nowhere", () => {
    const { wrapper } = mountLog([
      { ...meeting, attendance: { inRoom: 0, remote: 0, absent: 0, excused: 0, unknown: 4 } },
    ]);
    const row = wrapper.get('[data-test="activity-entry"]').text();
    expect(row).toContain("attendance not recorded: 4");
    expect(row).not.toContain("In the room");
  });

  it("says nothing is recorded yet when the log is empty", () => {
    const { wrapper } = mountLog([]);
    expect(wrapper.text()).toContain("Nothing recorded yet");
    expect(wrapper.find("table").exists()).toBe(false);
  });

  it("shows nothing to someone outside the case's team", () => {
    expect(mountLog(null).wrapper.find("section").exists()).toBe(false);
  });
});
