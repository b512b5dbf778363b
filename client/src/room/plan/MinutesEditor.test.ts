import { minutesText, readMinutesText } from "@roundtable/shared";
import { flushPromises, mount } from "@vue/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import { nextTick } from "vue";
import * as Y from "yjs";
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import MinutesEditor from "./MinutesEditor.vue";
import MinutesEditorBody from "./MinutesEditorBody.vue";
import { findMinutesFragment } from "./minutes";
import { AGENDA, fakeLive, fork, ITEM, MOTHER, plugins, serverDocument, sync, viewer } from "./testing";

const NEXT_ITEM = "00000000-0000-4000-8000-00000000000c";

const mounted: { unmount(): void }[] = [];
afterEach(() => mounted.splice(0).forEach((wrapper) => wrapper.unmount()));

function mountEditor(live = fakeLive(), options: Parameters<typeof viewer>[0] = {}) {
  const wrapper = mount(MinutesEditor, {
    props: { live, viewer: viewer(options), itemId: ITEM },
    global: { plugins: plugins() },
    attachTo: document.body,
  });
  mounted.push(wrapper);
  return wrapper;
}

describe("the minutes editor", () => {
  it("shows what the other note taker typed in this item", async () => {
    const server = serverDocument();
    const other = fork(server);
    const wrapper = mountEditor(fakeLive(server));
    await flushPromises();
    const fragment = findMinutesFragment(other, ITEM);
    if (!fragment) throw new Error("the server made no fragment");
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("Grandmother helps every afternoon.")]);
    fragment.insert(0, [paragraph]);
    sync(server, other);
    await nextTick();
    expect(wrapper.get('[data-test="minutes-editor"] .ProseMirror').text()).toContain(
      "Grandmother helps every afternoon.",
    );
  });

  it("writes local typing into the item's fragment and tells the others", async () => {
    const live = fakeLive();
    const wrapper = mountEditor(live);
    await flushPromises();
    const editable = wrapper.get('[data-test="minutes-editor"] [contenteditable="true"]');
    expect(editable.attributes("aria-label")).toBe("Minutes: The family's situation and strengths");
    const editor = wrapper.getComponent(MinutesEditorBody).vm.editor;
    editor?.commands.insertContent("Mother is worried about school.");
    const fragment = findMinutesFragment(live.doc, ITEM);
    expect(fragment && minutesText(fragment)).toBe("Mother is worried about school.");

    editable.element.dispatchEvent(new InputEvent("beforeinput", { bubbles: true, inputType: "insertText" }));
    expect(live.awareness.getLocalState()).toMatchObject({
      typing: { itemId: ITEM },
      user: { name: "Anna Szabó", color: "#047857" },
    });
  });

  it("names who else is typing in this item", async () => {
    const live = fakeLive();
    const wrapper = mountEditor(live);
    await flushPromises();
    const indicator = wrapper.get('[data-test="typing-indicator"]');
    expect(indicator.attributes("aria-live")).toBe("polite");
    expect(indicator.text()).toBe("");

    const other = new Awareness(new Y.Doc());
    other.setLocalState({
      participantId: MOTHER,
      displayName: "Erika Tóth",
      role: "parent",
      where: "room",
      colour: "#b91c1c",
      typing: { itemId: ITEM, at: Date.now() },
    });
    applyAwarenessUpdate(live.awareness, encodeAwarenessUpdate(other, [other.clientID]), "remote");
    await nextTick();
    expect(indicator.text()).toBe("Erika Tóth is typing…");
    other.destroy();
  });

  it("is not editable for a read-only viewer and offers no toolbar", async () => {
    const wrapper = mountEditor(fakeLive(), { canEdit: false });
    await flushPromises();
    expect(wrapper.find('[contenteditable="true"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="minutes-editor"] .ProseMirror').exists()).toBe(true);
    expect(wrapper.find('[role="toolbar"]').exists()).toBe(false);
  });

  it("binds a new editor to the other item's minutes when the item changes", async () => {
    const live = fakeLive(serverDocument([...AGENDA, { id: NEXT_ITEM, title: "Next steps", timeboxMinutes: 30 }]));
    const wrapper = mountEditor(live);
    await flushPromises();
    await wrapper.setProps({ itemId: NEXT_ITEM });
    await flushPromises();
    const editable = wrapper.get('[data-test="minutes-editor"] [contenteditable="true"]');
    expect(editable.attributes("aria-label")).toBe("Minutes: Next steps");
    wrapper.getComponent(MinutesEditorBody).vm.editor?.commands.insertContent("Plan the next meeting.");
    expect(readMinutesText(live.doc)).toEqual({ [ITEM]: "", [NEXT_ITEM]: "Plan the next meeting." });
  });

  it("creates no fragment before the server's state has arrived", async () => {
    const live = fakeLive(serverDocument([]));
    live.state.value = "connecting";
    const wrapper = mountEditor(live);
    await flushPromises();
    expect(wrapper.find('[data-test="minutes-editor"]').exists()).toBe(false);
    expect(readMinutesText(live.doc)).toEqual({});
  });
});
