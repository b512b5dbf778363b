import { flushPromises, mount } from "@vue/test-utils";
import PrimeVue from "primevue/config";
import { describe, expect, it, vi } from "vitest";
import { createMemoryHistory, createRouter } from "vue-router";
import { ApiError } from "../graphql/client";
import { createAppI18n } from "../i18n";
import { buildTask } from "./build-task";
import MyTaskRow from "./MyTaskRow.vue";
import type { MyTask } from "./useMyTasks";

const Empty = { template: "<div />" };

function mountRow(task: MyTask, save = vi.fn(async () => {}), showCase = true) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: "/", component: Empty },
      { path: "/cases/:id", name: "case", component: Empty },
      { path: "/conferences/:id", name: "conference", component: Empty },
    ],
  });
  const wrapper = mount(MyTaskRow, {
    props: { task, save, showCase },
    global: { plugins: [createAppI18n("en"), router, [PrimeVue, { theme: "none" }]] },
  });
  return { wrapper, save };
}

const statusControl = (wrapper: ReturnType<typeof mountRow>["wrapper"]) =>
  wrapper.get<HTMLSelectElement>('[data-test="task-status"]');

describe("MyTaskRow", () => {
  it("says in words that a task is overdue, with its deadline", () => {
    const { wrapper } = mountRow(buildTask({ dueDate: "2026-01-05", overdue: true }));
    expect(wrapper.text()).toContain("Overdue: the deadline was 5 Jan 2026");
  });

  it("shows the case, the conference it was agreed at and the success indicator", () => {
    const { wrapper } = mountRow(
      buildTask({
        successIndicator: "Lili attends the psychologist",
        agreedIn: { id: "conf-1", seriesIndex: 2, kind: "CONFERENCE", scheduledStart: "2026-02-10T09:00:00.000Z" },
      }),
    );
    expect(wrapper.text()).toContain("RT-2026-014");
    expect(wrapper.text()).toContain("Case conference no. 2, 10 Feb 2026");
    expect(wrapper.text()).toContain("Lili attends the psychologist");
    expect(wrapper.get('a[href="/conferences/conf-1"]').text()).toContain("no. 2");
  });

  it("shows a guest no case", () => {
    const { wrapper } = mountRow(buildTask(), vi.fn(), false);
    expect(wrapper.text()).not.toContain("RT-2026-014");
  });

  it("saves a new status at once, with the note typed for the history", async () => {
    const { wrapper, save } = mountRow(buildTask());
    await wrapper.get("button[aria-expanded]").trigger("click");
    await wrapper.get("textarea").setValue("first appointment kept");
    await statusControl(wrapper).setValue("DONE");
    await flushPromises();
    expect(save).toHaveBeenCalledWith("DONE", "first appointment kept");
    expect(wrapper.get('[role="status"]').text()).toBe("Status changed to: Done");
  });

  it("goes back to the saved status and says why when saving fails", async () => {
    const save = vi.fn(async () => {
      throw new ApiError("gone", "NOT_FOUND");
    });
    const { wrapper } = mountRow(buildTask({ status: "IN_PROGRESS" }), save);
    await statusControl(wrapper).setValue("DONE");
    await flushPromises();
    expect(statusControl(wrapper).element.value).toBe("IN_PROGRESS");
    expect(wrapper.get('[role="alert"]').text()).toBe("This record does not exist, or you may not see it.");
  });
});
