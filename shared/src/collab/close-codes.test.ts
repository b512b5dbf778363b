import { describe, expect, it } from "vitest";
import { COLLAB_CLOSE_CODES, shouldReconnect } from "./close-codes.js";

describe("collaboration close codes", () => {
  it("keeps every code in the application range and distinct", () => {
    const codes = Object.values(COLLAB_CLOSE_CODES);
    expect(codes.every((code) => code >= 4000 && code <= 4999)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(COLLAB_CLOSE_CODES.unauthorized).toBe(4401);
    expect(COLLAB_CLOSE_CODES.notFound).toBe(4404);
  });

  it("reconnects after a server restart, a rate limit and network drops", () => {
    expect(shouldReconnect(COLLAB_CLOSE_CODES.serverRestarting)).toBe(true);
    expect(shouldReconnect(COLLAB_CLOSE_CODES.rateLimited)).toBe(true);
    for (const code of [1000, 1001, 1005, 1006, 1011, 1012, 1013])
      expect(shouldReconnect(code), String(code)).toBe(true);
  });

  it("stays disconnected after auth, not-found, revocation and bad-message codes", () => {
    const fatal = [
      COLLAB_CLOSE_CODES.unauthorized,
      COLLAB_CLOSE_CODES.notFound,
      COLLAB_CLOSE_CODES.accessRevoked,
      COLLAB_CLOSE_CODES.messageTooLarge,
      COLLAB_CLOSE_CODES.malformedMessage,
      COLLAB_CLOSE_CODES.unknownMessageType,
      COLLAB_CLOSE_CODES.documentTooLarge,
      1002,
      1003,
      1007,
      1008,
      1009,
    ];
    for (const code of fatal) expect(shouldReconnect(code), String(code)).toBe(false);
  });

  it("does not reconnect after an application code it does not know", () => {
    expect(shouldReconnect(4999)).toBe(false);
    expect(shouldReconnect(4000)).toBe(false);
  });
});
