import { describe, expect, it } from "vitest";
import { canResend, resendOutcome, unsettled } from "./deliveries";
import { buildDelivery } from "./test-support";

describe("mail deliveries", () => {
  it("looks again while a message is queued or being sent, and stops when all are settled", () => {
    expect(unsettled([buildDelivery(), buildDelivery({ id: "m-2", status: "QUEUED" })])).toBe(true);
    expect(unsettled([buildDelivery({ status: "SENDING" })])).toBe(true);
    expect(unsettled([buildDelivery(), buildDelivery({ id: "m-2", status: "FAILED" })])).toBe(false);
    expect(unsettled([])).toBe(false);
  });

  it("offers no re-send of a message being sent right now (the server lets it finish)", () => {
    expect(canResend(buildDelivery({ status: "SENDING" }))).toBe(false);
    expect(canResend(buildDelivery({ status: "FAILED" }))).toBe(true);
    expect(canResend(buildDelivery({ status: "SENT" }))).toBe(true);
  });

  it("tells a message queued again from a copy of one already sent", () => {
    const failed = buildDelivery({ status: "FAILED" });
    expect(resendOutcome(failed, { ...failed, status: "QUEUED", attempts: 0 })).toBe("requeued");
    expect(resendOutcome(buildDelivery(), buildDelivery({ id: "m-copy", status: "QUEUED" }))).toBe("copy");
  });
});
