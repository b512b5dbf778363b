import { mount } from "@vue/test-utils";
import PrimeVue from "primevue/config";
import { describe, expect, it } from "vitest";
import { createAppI18n } from "../i18n";
import type { Locale } from "../i18n/define";
import DeadlineItem from "./DeadlineItem.vue";
import type { Deadline } from "./deadlines";
import { buildDeadline, linkRouter } from "./test-support";

function mountItem(
  deadline: Deadline,
  locale: Locale = "en",
  caseOf: InstanceType<typeof DeadlineItem>["$props"]["caseOf"] = null,
) {
  const router = linkRouter();
  return mount(DeadlineItem, {
    props: { deadline, caseOf },
    global: { plugins: [createAppI18n(locale), router, [PrimeVue, { theme: "none" }]] },
  });
}

describe("DeadlineItem", () => {
  it("marks an overdue task in words as well as colour, with its days overdue and owner, in Hungarian", () => {
    const wrapper = mountItem(buildDeadline({ overdue: true, daysLeft: -4, dueDate: "2026-03-06" }), "hu");
    expect(wrapper.get("li").classes()).toContain("overdue");
    expect(wrapper.text()).toContain("Lejárt");
    expect(wrapper.get('[data-test="deadline-countdown"]').text()).toBe("4 napja lejárt");
    expect(wrapper.text()).toContain("Feladat: Book the psychologist");
    expect(wrapper.text()).toContain("Felelős: Kiss Gábor");
    expect(wrapper.get('[data-test="deadline-reminder"]').text()).toBe("Még nem ment ki emlékeztető");
  });

  it("does not call a deadline overdue before its day", () => {
    const wrapper = mountItem(buildDeadline({ daysLeft: 3 }));
    expect(wrapper.get("li").classes()).toContain("soon");
    expect(wrapper.text()).not.toContain("Overdue");
    expect(wrapper.get('[data-test="deadline-countdown"]').text()).toBe("3 days left");
  });

  it("says when the responsible person could not be reminded for want of an address", () => {
    const wrapper = mountItem(
      buildDeadline({
        overdue: true,
        daysLeft: -1,
        lastReminder: { timing: "OVERDUE", outcome: "NO_ADDRESS", at: "2026-03-11T07:05:00.000Z" },
      }),
    );
    expect(wrapper.get('[data-test="deadline-reminder"]').text()).toMatch(
      /^Not reminded \(.+\): the responsible person has no e-mail address$/,
    );
  });

  it("shows the last reminder sent", () => {
    const wrapper = mountItem(
      buildDeadline({ lastReminder: { timing: "BEFORE_DUE", outcome: "QUEUED", at: "2026-03-07T07:05:00.000Z" } }),
    );
    expect(wrapper.get('[data-test="deadline-reminder"]').text()).toMatch(/^Reminder sent on 7 Mar 2026/);
  });

  it("names the meeting whose minutes are due and links to it, counted in working days", () => {
    const wrapper = mountItem(
      buildDeadline({
        id: "minutes:conf-2",
        kind: "MINUTES",
        since: "2026-03-02",
        dueDate: "2026-03-12",
        daysLeft: 2,
        conference: { id: "conf-2", seriesIndex: 2, kind: "CONFERENCE" },
        task: null,
      }),
    );
    expect(wrapper.text()).toContain("Minutes to be sent · Case conference, no. 2");
    expect(wrapper.text()).toContain("The meeting ended on 2 Mar 2026; the days counted are working days");
    expect(wrapper.get('[data-test="deadline-conference"]').attributes("href")).toBe("/conferences/conf-2");
    expect(wrapper.find('[data-test="deadline-reminder"]').exists()).toBe(false);
  });

  it("shows minutes closed as done, without a countdown", () => {
    const wrapper = mountItem(
      buildDeadline({
        kind: "MINUTES",
        met: true,
        metAt: "2026-03-04T10:00:00.000Z",
        since: "2026-03-02",
        daysLeft: -10,
        task: null,
      }),
    );
    expect(wrapper.get("li").classes()).toContain("met");
    expect(wrapper.text()).toContain("Done");
    expect(wrapper.find('[data-test="deadline-countdown"]').exists()).toBe(false);
  });

  it("gives the next conference's range and says when none is planned yet", () => {
    const wrapper = mountItem(
      buildDeadline({
        kind: "NEXT_CONFERENCE",
        since: "2026-01-05",
        windowStart: "2026-03-02",
        dueDate: "2026-04-06",
        daysLeft: 30,
        task: null,
      }),
    );
    expect(wrapper.text()).toContain("Next conference of the series");
    expect(wrapper.text()).toContain("Due between 2 Mar 2026 and 6 Apr 2026");
    expect(wrapper.text()).toContain("Not planned yet");
  });

  it("links the overdue view's line to its case", () => {
    const wrapper = mountItem(buildDeadline({ overdue: true, daysLeft: -2 }), "en", {
      id: "case-7",
      reference: "RT-7",
      familyName: "Kovács",
    });
    const link = wrapper.get('[data-test="deadline-case"]');
    expect(link.attributes("href")).toBe("/cases/case-7");
    expect(link.text()).toBe("Kovács family · RT-7");
  });
});
