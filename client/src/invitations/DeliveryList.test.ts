import { flushPromises, mount } from "@vue/test-utils";
import PrimeVue from "primevue/config";
import ConfirmationService from "primevue/confirmationservice";
import ConfirmDialog from "primevue/confirmdialog";
import { afterEach, describe, expect, it, vi } from "vitest";
import { defineComponent, h } from "vue";
import { createMemoryHistory, createRouter } from "vue-router";
import { ApiError } from "../graphql/client";
import { createAppI18n } from "../i18n";
import type { Delivery } from "./deliveries";
import DeliveryList from "./DeliveryList.vue";
import { buildDelivery } from "./test-support";

const failed = buildDelivery({
  id: "m-failed",
  status: "FAILED",
  attempts: 10,
  sentAt: null,
  lastError: "RCPT TO: 550 No such user here",
  recipientAddress: "nobody@school.example",
});
const sent = buildDelivery();
const sending = buildDelivery({ id: "m-sending", status: "SENDING", sentAt: null });

function mountList(resend: (d: Delivery) => Promise<"requeued" | "copy">, locale: "en" | "hu" = "en") {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: "/", component: { render: () => null } }],
  });
  const Host = defineComponent(() => () => [
    h(ConfirmDialog, { group: "mail" }),
    h(DeliveryList, { deliveries: [failed, sent, sending], resend, confirmGroup: "mail" }),
  ]);
  return mount(Host, {
    attachTo: document.body,
    global: { plugins: [createAppI18n(locale), [PrimeVue, { theme: "none" }], ConfirmationService, router] },
  });
}

const rows = () => [...document.body.querySelectorAll<HTMLElement>("[data-test=delivery-row]")];
const rowOf = (status: string) => rows().find((r) => r.dataset["status"] === status);
const confirmButton = () => document.body.querySelector<HTMLButtonElement>("[data-test=resend-confirm]");

afterEach(() => {
  document.body.innerHTML = "";
});

describe("the list of deliveries", () => {
  it("shows each message's recipient, kind, status and attempts, and the mail server's reason for a failure", () => {
    const wrapper = mountList(vi.fn());
    const row = rowOf("FAILED");
    expect(row?.textContent).toContain("nobody@school.example");
    expect(row?.textContent).toContain("Invitation");
    expect(row?.textContent).toContain("Failed");
    expect(row?.textContent).toContain("Attempts: 10");
    expect(row?.querySelector("[data-test=delivery-error]")?.textContent).toContain(
      "The mail server said: RCPT TO: 550 No such user here",
    );
    expect(rowOf("SENT")?.querySelector("[data-test=delivery-error]")).toBeNull();
    expect(rowOf("SENDING")?.querySelector("[data-test=resend]")).toBeNull();
    wrapper.unmount();
  });

  it("sends a failed message again after asking, and says it is queued again", async () => {
    const resend = vi.fn(() => Promise.resolve("requeued" as const));
    const wrapper = mountList(resend);
    rowOf("FAILED")?.querySelector<HTMLButtonElement>("[data-test=resend]")?.click();
    await flushPromises();
    expect(document.body.textContent).toContain("is queued again now and tried anew");
    expect(resend).not.toHaveBeenCalled();
    confirmButton()?.click();
    await flushPromises();
    expect(resend).toHaveBeenCalledWith(failed);
    expect(document.body.querySelector("[data-test=resend-result]")?.textContent).toBe(
      "The e-mail to nobody@school.example is queued again.",
    );
    wrapper.unmount();
  });

  it("warns that a delivered message goes again as a copy, and says so in Hungarian", async () => {
    const resend = vi.fn(() => Promise.resolve("copy" as const));
    const wrapper = mountList(resend, "hu");
    rowOf("SENT")?.querySelector<HTMLButtonElement>("[data-test=resend]")?.click();
    await flushPromises();
    expect(document.body.textContent).toContain("Ez az e-mail már eljutott a levelezőszerverhez.");
    confirmButton()?.click();
    await flushPromises();
    expect(document.body.querySelector("[data-test=resend-result]")?.textContent).toContain("másolata sorba állt");
    wrapper.unmount();
  });

  it("explains a refused re-send in words", async () => {
    const resend = vi.fn(() => Promise.reject(new ApiError("no", "NOT_FOUND")));
    const wrapper = mountList(resend);
    rowOf("FAILED")?.querySelector<HTMLButtonElement>("[data-test=resend]")?.click();
    await flushPromises();
    confirmButton()?.click();
    await flushPromises();
    expect(document.body.querySelector("[role=alert]")?.textContent).toContain("does not exist, or you may not see it");
    wrapper.unmount();
  });
});
