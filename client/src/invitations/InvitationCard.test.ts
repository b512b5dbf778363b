import { flushPromises, mount } from "@vue/test-utils";
import PrimeVue from "primevue/config";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../graphql/client";
import { createAppI18n } from "../i18n";
import InvitationCard from "./InvitationCard.vue";
import { buildInvitationView, buildSeat } from "./test-support";
import type { InvitationView } from "./answer";

const { request, subscribe } = vi.hoisted(() => ({ request: vi.fn(), subscribe: vi.fn(() => () => {}) }));
vi.mock("../graphql/client", async (original) => ({
  ...(await original<typeof import("../graphql/client")>()),
  request,
  subscribe,
}));

/** The server: the invitation as the query reads it, changed by an answer as respondToInvitation would. */
function serve(view: InvitationView) {
  let current = view;
  request.mockImplementation((document: { toString(): string }, variables: Record<string, unknown>) => {
    const text = document.toString();
    if (text.includes("query InvitationView")) return Promise.resolve({ conference: current });
    if (text.includes("mutation InvitationRespond")) {
      const state = variables["accept"] ? "ACCEPTED" : "DECLINED";
      current = {
        ...current,
        participants: current.participants.map((p) =>
          p.id === variables["participantId"]
            ? buildSeat({
                invitationState: state,
                invitation: {
                  lastLetter: "INVITATION",
                  lastSentAt: "2026-11-20T09:00:00.000Z",
                  answeredAt: "2026-11-21T08:00:00.000Z",
                  answerNote: (variables["note"] as string | null) ?? null,
                },
              })
            : p,
        ),
      };
      return Promise.resolve({ respondToInvitation: { id: variables["participantId"] } });
    }
    return Promise.reject(new Error(`unexpected ${text.slice(0, 40)}`));
  });
}

function mountCard(locale: "en" | "hu" = "en") {
  return mount(InvitationCard, {
    props: { conferenceId: "conf-1" },
    attachTo: document.body,
    global: { plugins: [createAppI18n(locale), [PrimeVue, { theme: "none" }]] },
  });
}

beforeEach(() => {
  request.mockReset();
  subscribe.mockClear();
});
afterEach(() => {
  document.body.innerHTML = "";
});

describe("a guest's invitation", () => {
  it("says who invites, what for, when, where and in what role", async () => {
    serve(buildInvitationView());
    const wrapper = mountCard();
    await flushPromises();
    const text = wrapper.text();
    expect(text).toContain("Anna Szabó, Case manager, Family Support Service");
    expect(text).toContain("Agree how Bence can read aloud in class by March");
    expect(text).toContain("Family centre, room 2");
    expect(wrapper.find("a[href='https://meet.example/kovacs']").exists()).toBe(true);
    expect(wrapper.find("[data-test=invitation-role]").text()).toBe("Professional");
    expect(wrapper.find("[data-test=accept-invitation]").exists()).toBe(true);
    wrapper.unmount();
  });

  it("declines with a note, then shows the answer and the note, and lets it be changed", async () => {
    serve(buildInvitationView());
    const wrapper = mountCard();
    await flushPromises();
    await wrapper.find("[data-test=invitation-note]").setValue("I am on a course; Ágnes Kovács comes instead.");
    await wrapper.find("[data-test=decline-invitation]").trigger("click");
    await flushPromises();

    expect(request).toHaveBeenCalledWith(expect.anything(), {
      participantId: "p-guest",
      accept: false,
      note: "I am on a course; Ágnes Kovács comes instead.",
    });
    const state = wrapper.find("[data-test=invitation-answer-state]");
    expect(state.text()).toContain("You declined the invitation on");
    expect(state.text()).toContain("Ágnes Kovács comes instead");
    expect(wrapper.find("[data-test=decline-invitation]").exists()).toBe(false);
    expect(wrapper.text()).toContain("Your answer reached the organiser: you cannot take part.");

    await wrapper.find("[data-test=change-answer]").trigger("click");
    const note = wrapper.find<HTMLTextAreaElement>("[data-test=invitation-note]");
    expect(note.element.value).toBe("I am on a course; Ágnes Kovács comes instead.");
    await note.setValue("");
    await wrapper.find("[data-test=accept-invitation]").trigger("click");
    await flushPromises();
    expect(request).toHaveBeenCalledWith(expect.anything(), { participantId: "p-guest", accept: true, note: null });
    expect(wrapper.find("[data-test=invitation-answer-state]").text()).toContain("You accepted the invitation");
    wrapper.unmount();
  });

  it("explains a refused answer in the guest's language and keeps the form", async () => {
    serve(buildInvitationView());
    const wrapper = mountCard("hu");
    await flushPromises();
    request.mockRejectedValueOnce(new ApiError("locked", "CONFERENCE_LOCKED", { status: "closed" }));
    await wrapper.find("[data-test=accept-invitation]").trigger("click");
    await flushPromises();
    expect(wrapper.find("[role=alert]").text()).toContain("A konferencia így már nem módosítható");
    expect(wrapper.find("[data-test=accept-invitation]").exists()).toBe(true);
    wrapper.unmount();
  });

  it("says a cancelled meeting was cancelled and asks for no answer", async () => {
    serve(buildInvitationView({ status: "CANCELLED" }));
    const wrapper = mountCard();
    await flushPromises();
    expect(wrapper.text()).toContain("This meeting has been cancelled.");
    expect(wrapper.find("[data-test=accept-invitation]").exists()).toBe(false);
    wrapper.unmount();
  });

  it("follows the conference's change events", async () => {
    serve(buildInvitationView());
    const wrapper = mountCard();
    await flushPromises();
    expect(subscribe).toHaveBeenCalledTimes(2);
    wrapper.unmount();
  });
});
