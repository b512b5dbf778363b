import { agreementText, readAgreements, ROOT_TYPES, setNextMeetingDate } from "@roundtable/shared";
import { flushPromises, mount, type VueWrapper } from "@vue/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import AgreementsPanel from "./AgreementsPanel.vue";
import { fakeLive, fork, plugins, serverDocument, sync, viewer } from "./testing";

const mounted: VueWrapper[] = [];
afterEach(() => {
  mounted.splice(0).forEach((wrapper) => wrapper.unmount());
  document.body.innerHTML = "";
});

function mountPanel(live = fakeLive(), canEdit = true) {
  const wrapper = mount(AgreementsPanel, {
    props: { live, viewer: viewer({ canEdit }) },
    global: { plugins: plugins() },
    attachTo: document.body,
  });
  mounted.push(wrapper);
  return wrapper;
}

describe("the agreements panel", () => {
  it("writes how everyone keeps informed into the document and shows what others add", async () => {
    const server = serverDocument();
    const other = fork(server);
    const live = fakeLive(server);
    const wrapper = mountPanel(live);
    await flushPromises();
    const area = wrapper.get('[data-test="agreement-how-to-inform"]');
    await area.setValue("The case manager e-mails everyone.");
    expect(readAgreements(server).howToInform).toBe("The case manager e-mails everyone.");

    sync(server, other);
    agreementText(other, "howToInform").insert(0, "Weekly: ");
    sync(server, other);
    expect((area.element as HTMLTextAreaElement).value).toBe("Weekly: The case manager e-mails everyone.");
  });

  it("sets the next meeting and refuses one in the past", async () => {
    const live = fakeLive();
    const wrapper = mountPanel(live);
    const input = wrapper.get('[data-test="next-meeting-date"]');
    await input.setValue("2099-05-20");
    expect(readAgreements(live.doc).nextMeetingDate).toBe("2099-05-20");
    expect(wrapper.text()).toContain("Next meeting: 20 May 2099");

    await input.setValue("2001-01-01");
    expect(wrapper.text()).toContain("The next meeting cannot be in the past.");
    expect(readAgreements(live.doc).nextMeetingDate).toBe("2099-05-20");

    await input.setValue("");
    expect(readAgreements(live.doc).nextMeetingDate).toBeNull();
  });

  it("lets a read-only viewer read but not write", async () => {
    const live = fakeLive();
    agreementText(live.doc, "otherDecisions").insert(0, "The child joins the next meeting.");
    setNextMeetingDate(live.doc, "2099-05-20");
    const wrapper = mountPanel(live, false);
    await flushPromises();
    const area = wrapper.get('[data-test="agreement-other-decisions"]');
    expect((area.element as HTMLTextAreaElement).value).toBe("The child joins the next meeting.");
    expect(area.attributes("readonly")).toBeDefined();
    expect(wrapper.find('[data-test="next-meeting-date"]').exists()).toBe(false);
    expect(wrapper.text()).toContain("Next meeting: 20 May 2099");
  });

  it("repairs a document without the texts only once the server's state has arrived", async () => {
    const live = fakeLive(new Y.Doc()); // a document the server never initialised
    live.state.value = "connecting";
    const wrapper = mountPanel(live);
    await flushPromises();
    expect(live.doc.getMap(ROOT_TYPES.agreements).size).toBe(0);
    live.state.value = "connected";
    await flushPromises();
    await wrapper.get('[data-test="agreement-how-to-inform"]').setValue("Phone calls");
    expect(readAgreements(live.doc).howToInform).toBe("Phone calls");
  });

  it("shows the texts once the document is ready", async () => {
    const live = fakeLive();
    live.ready.value = false;
    const wrapper = mountPanel(live);
    await flushPromises();
    expect(wrapper.find('[data-test="agreement-how-to-inform"]').exists()).toBe(false);
    live.ready.value = true;
    await flushPromises();
    expect(wrapper.find('[data-test="agreement-how-to-inform"]').exists()).toBe(true);
  });
});
