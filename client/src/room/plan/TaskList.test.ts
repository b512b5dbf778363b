import { addTask, readTasks } from "@roundtable/shared";
import { flushPromises, mount, type VueWrapper } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import TaskList from "./TaskList.vue";
import { fakeLive, MOTHER, PARTICIPANTS, plugins, TEACHER, viewer } from "./testing";

const mounted: VueWrapper[] = [];
afterEach(() => {
  mounted.splice(0).forEach((wrapper) => wrapper.unmount());
  document.body.innerHTML = "";
});

function mountList(live = fakeLive(), canEdit = true) {
  const wrapper = mount(TaskList, {
    props: { live, viewer: viewer({ canEdit }), participants: PARTICIPANTS },
    global: { plugins: plugins() },
    attachTo: document.body,
  });
  mounted.push(wrapper);
  return { wrapper, live };
}

/** A key as the browser sends it to the focused element: `key` and `code` both, as PrimeVue reads `code`. */
async function press(element: Element, key: string, code = key) {
  element.dispatchEvent(new KeyboardEvent("keydown", { key, code, bubbles: true, cancelable: true }));
  await flushPromises();
}

describe("the task list", () => {
  it("adds the task typed in one row when Enter is pressed, and starts a new row", async () => {
    const { wrapper, live } = mountList();
    const title = wrapper.get('[data-test="new-task-title"]');
    await title.setValue("Book the psychologist");

    // Owner by type-ahead: focus the list, type the first letter of her name, Enter picks her.
    const owner = wrapper.get('[data-test="new-task-owner"] [role="combobox"]');
    (owner.element as HTMLElement).focus();
    await press(owner.element, "E", "KeyE");
    expect(owner.attributes("aria-expanded")).toBe("true");
    await press(owner.element, "Enter");

    // Enter in the open list picked her, then added the task once the list had closed.
    await vi.waitFor(() => expect(document.activeElement).toBe(title.element));
    expect(readTasks(live.doc)).toHaveLength(1);
    expect(readTasks(live.doc)[0]).toMatchObject({
      title: "Book the psychologist",
      ownerParticipantId: MOTHER,
      dueDate: null,
      status: "open",
    });
    expect((title.element as HTMLInputElement).value).toBe("");
    expect(owner.text()).toBe("Not assigned");
    expect(wrapper.get('[data-test="task-row"]').text()).toContain("Book the psychologist");
    expect(wrapper.get('[data-test="task-row"]').text()).toContain("Erika Tóth");
  });

  it("adds with Enter from the title, deadline and indicator fields too", async () => {
    const { wrapper, live } = mountList();
    await wrapper.get('[data-test="new-task-title"]').setValue("GP referral");
    await wrapper.get('[data-test="new-task-due"]').setValue("2099-05-31");
    const indicator = wrapper.get('[data-test="new-task-indicator"]');
    await indicator.setValue("the father goes to the GP");
    await press(indicator.element, "Enter");
    expect(readTasks(live.doc)).toEqual([
      expect.objectContaining({
        title: "GP referral",
        ownerParticipantId: null,
        dueDate: "2099-05-31",
        successIndicator: "the father goes to the GP",
      }),
    ]);
  });

  it("adds rather than opening the owner list when Enter is pressed on it closed", async () => {
    const { wrapper, live } = mountList();
    await wrapper.get('[data-test="new-task-title"]').setValue("Family meeting");
    const owner = wrapper.get('[data-test="new-task-owner"] [role="combobox"]');
    (owner.element as HTMLElement).focus();
    await press(owner.element, "Enter");
    expect(readTasks(live.doc).map((task) => task.title)).toEqual(["Family meeting"]);
    expect(owner.attributes("aria-expanded")).toBe("false");
  });

  it("says in words why a task cannot be added and adds nothing", async () => {
    const { wrapper, live } = mountList();
    const title = wrapper.get('[data-test="new-task-title"]');
    await press(title.element, "Enter");
    expect(wrapper.text()).toContain("Write what the task is.");
    expect(title.attributes("aria-invalid")).toBe("true");
    await title.setValue("Nursery place");
    await wrapper.get('[data-test="new-task-due"]').setValue("2000-01-01");
    await wrapper.get('[data-test="add-task"]').trigger("click");
    expect(wrapper.text()).toContain("The deadline cannot be in the past.");
    expect(readTasks(live.doc)).toEqual([]);
  });

  it("shows the others' tasks as they arrive and edits one in place", async () => {
    const { wrapper, live } = mountList();
    addTask(live.doc, { title: "Call the school", ownerParticipantId: TEACHER });
    await flushPromises();
    const row = wrapper.get('[data-test="task-row"]');
    expect(row.text()).toContain("Call the school");
    expect(row.text()).toContain("Anna Szabó");

    await row.get('button[aria-label="Edit task “Call the school”"]').trigger("click");
    const input = row.get("input[type=text]");
    await input.setValue("Call the school counsellor");
    await press(input.element, "Enter");
    expect(readTasks(live.doc)[0]).toMatchObject({ title: "Call the school counsellor", ownerParticipantId: TEACHER });
  });

  it("takes the owner off a task edited in place and writes only that", async () => {
    const { wrapper, live } = mountList();
    addTask(live.doc, { title: "Call the school", ownerParticipantId: TEACHER, dueDate: "2000-01-01" });
    await flushPromises();
    const row = wrapper.get('[data-test="task-row"]');
    await row.get('button[aria-label="Edit task “Call the school”"]').trigger("click");

    const owner = row.get('[role="combobox"]');
    (owner.element as HTMLElement).focus();
    await press(owner.element, "N", "KeyN");
    await press(owner.element, "Enter");

    // The deadline has passed, but it was not changed: saving keeps it.
    await vi.waitFor(() => expect(readTasks(live.doc)[0]?.ownerParticipantId).toBeNull());
    expect(readTasks(live.doc)[0]).toMatchObject({ title: "Call the school", dueDate: "2000-01-01" });
  });

  it("removes a task only after the second confirmation", async () => {
    const { wrapper, live } = mountList();
    addTask(live.doc, { title: "Call the school" });
    await flushPromises();
    await wrapper.get('button[aria-label="Remove task “Call the school”"]').trigger("click");
    expect(readTasks(live.doc)).toHaveLength(1);
    const confirm = wrapper.findAll("button").find((button) => button.text() === "Remove it");
    await confirm?.trigger("click");
    expect(readTasks(live.doc)).toEqual([]);
  });

  it("is read-only for a viewer who may not write", async () => {
    const live = fakeLive();
    addTask(live.doc, { title: "Call the school" });
    const { wrapper } = mountList(live, false);
    expect(wrapper.get('[data-test="task-row"]').text()).toContain("Call the school");
    expect(wrapper.find('[data-test="new-task-title"]').exists()).toBe(false);
    expect(wrapper.find("button").exists()).toBe(false);
  });
});
