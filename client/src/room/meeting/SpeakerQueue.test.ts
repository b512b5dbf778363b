import { raiseHand, readMeeting, readSpeakers } from "@roundtable/shared";
import { mount } from "@vue/test-utils";
import PrimeVue from "primevue/config";
import { afterEach, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { createAppI18n } from "../../i18n";
import type { RoomParticipant, RoomViewer } from "../types";
import SpeakerQueue from "./SpeakerQueue.vue";
import { PERSON, at, buildDocument, liveSource } from "./test-support";

const PEOPLE: RoomParticipant[] = [
  { id: PERSON.mother, name: "Judit Nagy", role: "PARENT", institution: null },
  { id: PERSON.teacher, name: "Tamás Horváth", role: "PROFESSIONAL", institution: "Riverside School" },
  { id: PERSON.healthVisitor, name: "Eszter Kovács", role: "FACILITATOR", institution: null },
];
const TEACHER: RoomViewer = {
  participantId: PERSON.teacher,
  displayName: "Tamás Horváth",
  role: "PROFESSIONAL",
  canEdit: true,
  isFacilitator: false,
  colour: "#b91c1c",
};
const FACILITATOR: RoomViewer = {
  ...TEACHER,
  participantId: PERSON.healthVisitor,
  role: "FACILITATOR",
  isFacilitator: true,
};

function mountQueue(doc: Y.Doc, viewer: RoomViewer, where?: "room" | "remote") {
  return mount(SpeakerQueue, {
    props: { live: liveSource(doc), viewer, participants: PEOPLE, ...(where ? { where } : {}) },
    attachTo: document.body,
    global: { plugins: [createAppI18n("en"), PrimeVue] },
  });
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("the speaker queue panel", () => {
  it("raises and lowers the viewer's hand with one button that keeps the focus", async () => {
    const doc = buildDocument();
    const wrapper = mountQueue(doc, TEACHER);
    const button = wrapper.get('[data-test="raise-hand"]');
    (button.element as HTMLElement).focus();
    await button.trigger("click");
    expect(readSpeakers(doc)).toMatchObject([{ participantId: PERSON.teacher, where: "remote" }]);
    expect(wrapper.get('[data-test="speaker"]').text()).toContain("Tamás Horváth");
    expect(wrapper.get('[data-test="speaker"]').text()).toContain("Remote");
    expect(document.activeElement?.getAttribute("data-test")).toBe("lower-hand");

    await wrapper.get('[data-test="lower-hand"]').trigger("click");
    expect(readSpeakers(doc)).toEqual([]);
    expect(wrapper.find('[data-test="speaker"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it("queues a hand from the room as in the room", async () => {
    const doc = buildDocument();
    const wrapper = mountQueue(doc, TEACHER, "room");
    await wrapper.get('[data-test="raise-hand"]').trigger("click");
    expect(readSpeakers(doc)[0]?.where).toBe("room");
    wrapper.unmount();
  });

  it("lets only the facilitator give the word, and shows who has it", async () => {
    const doc = buildDocument();
    raiseHand(doc, PERSON.mother, "room", at(1));
    raiseHand(doc, PERSON.teacher, "remote", at(2));
    const teacher = mountQueue(doc, TEACHER);
    const facilitator = mountQueue(doc, FACILITATOR);
    expect(teacher.find('[data-test="give-word"]').exists()).toBe(false);
    expect(facilitator.findAll('[data-test="speaker"]').map((e) => e.find(".name").text())).toEqual([
      "Judit Nagy",
      "Tamás Horváth",
    ]);

    await facilitator.get('[aria-label="Give the word to Judit Nagy"]').trigger("click");
    expect(readMeeting(doc).speakingParticipantId).toBe(PERSON.mother);
    expect(facilitator.get('[data-test="speaking"]').text()).toContain("Judit Nagy");
    expect(teacher.get('[data-test="speaking"]').text()).toContain("Judit Nagy");
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Give the word to Tamás Horváth");
    teacher.unmount();
    facilitator.unmount();
  });

  it("offers no hand to someone who may not write in the document", () => {
    const wrapper = mountQueue(buildDocument(), { ...TEACHER, canEdit: false });
    expect(wrapper.find('[data-test="raise-hand"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
