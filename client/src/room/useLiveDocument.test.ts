import { COLLAB_CLOSE_CODES } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import { refusalOf } from "./useLiveDocument";

describe("why the live document stopped", () => {
  it("names the server's refusals and stops retrying them", () => {
    expect(refusalOf(COLLAB_CLOSE_CODES.accessRevoked)).toBe("accessRevoked");
    expect(refusalOf(COLLAB_CLOSE_CODES.unauthorized)).toBe("unauthorized");
    expect(refusalOf(COLLAB_CLOSE_CODES.notFound)).toBe("notFound");
    expect(refusalOf(COLLAB_CLOSE_CODES.documentTooLarge)).toBe("documentTooLarge");
    expect(refusalOf(4999)).toBe("other");
  });

  it("keeps reconnecting after network drops, restarts and rate limits", () => {
    for (const code of [1000, 1001, 1006, COLLAB_CLOSE_CODES.serverRestarting, COLLAB_CLOSE_CODES.rateLimited]) {
      expect(refusalOf(code)).toBeNull();
    }
  });
});
