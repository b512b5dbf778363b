import { flushPromises } from "@vue/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { effectScope } from "vue";
import { createAppI18n } from "../i18n";
import type { Delivery } from "./deliveries";
import { buildDelivery } from "./test-support";
import { useMailDeliveries } from "./useMailDeliveries";

const { request, subscribe } = vi.hoisted(() => ({ request: vi.fn(), subscribe: vi.fn(() => () => {}) }));
vi.mock("../graphql/client", async (original) => ({
  ...(await original<typeof import("../graphql/client")>()),
  request,
  subscribe,
}));

/** The server's list, read by each query; the test moves it along as the sender would. */
let served: Delivery[] = [];
const reads = () => request.mock.calls.filter(([d]) => String(d).includes("query ConferenceMail")).length;

function start(pollMs = 10) {
  const scope = effectScope();
  createAppI18n("en");
  const mail = scope.run(() => useMailDeliveries("conf-1", pollMs));
  if (!mail) throw new Error("the scope did not run");
  return { mail, stop: () => scope.stop() };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  request.mockReset();
  request.mockImplementation((document: { toString(): string }) => {
    if (document.toString().includes("query ConferenceMail"))
      return Promise.resolve({ conference: { id: "conf-1", mailDeliveries: served } });
    return Promise.resolve({ resendMail: buildDelivery({ id: "m-copy", status: "QUEUED" }) });
  });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("a conference's deliveries", () => {
  it("reads again while a message is queued, and stops once every message is settled", async () => {
    served = [buildDelivery({ status: "QUEUED", sentAt: null })];
    const { mail, stop } = start();
    await flushPromises();
    expect(mail.deliveries.value?.[0]?.status).toBe("QUEUED");

    await vi.runOnlyPendingTimersAsync();
    await flushPromises();
    expect(reads()).toBe(2);

    served = [buildDelivery({ status: "SENT" })];
    await vi.runOnlyPendingTimersAsync();
    await flushPromises();
    expect(mail.deliveries.value?.[0]?.status).toBe("SENT");
    const settled = reads();
    await vi.runAllTimersAsync();
    expect(reads()).toBe(settled);
    expect(vi.getTimerCount()).toBe(0);
    stop();
  });

  it("re-reads after a re-send and tells a copy from a message queued again", async () => {
    served = [buildDelivery()];
    const { mail, stop } = start();
    await flushPromises();
    await expect(mail.resend(buildDelivery())).resolves.toBe("copy");
    expect(reads()).toBe(2);
    stop();
  });

  it("is null for someone who may not see the deliveries", async () => {
    request.mockResolvedValue({ conference: { id: "conf-1", mailDeliveries: null } });
    const { mail, stop } = start();
    await flushPromises();
    expect(mail.deliveries.value).toBeNull();
    stop();
  });

  it("stops looking when the page is gone", async () => {
    served = [buildDelivery({ status: "QUEUED", sentAt: null })];
    const { stop } = start();
    await flushPromises();
    stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
