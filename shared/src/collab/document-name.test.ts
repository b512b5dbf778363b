import { describe, expect, it } from "vitest";
import { collabPath, conferenceDocumentName, parseCollabPath, parseConferenceDocumentName } from "./document-name.js";

const ID = "3f2b8c1e-5d4a-4b6c-9e8f-0a1b2c3d4e5f";

describe("conference document names", () => {
  it("round-trips a conference id through the document name", () => {
    expect(conferenceDocumentName(ID)).toBe(`conference:${ID}`);
    expect(parseConferenceDocumentName(conferenceDocumentName(ID))).toBe(ID);
  });

  it("lowercases ids so one conference has one document", () => {
    expect(conferenceDocumentName(ID.toUpperCase())).toBe(`conference:${ID}`);
    expect(parseConferenceDocumentName(`conference:${ID.toUpperCase()}`)).toBe(ID);
  });

  it("rejects names with another prefix, a non-uuid or trailing text", () => {
    expect(parseConferenceDocumentName(`case:${ID}`)).toBeNull();
    expect(parseConferenceDocumentName("conference:123")).toBeNull();
    expect(parseConferenceDocumentName(`conference:${ID}x`)).toBeNull();
    expect(parseConferenceDocumentName(` conference:${ID}`)).toBeNull();
    expect(parseConferenceDocumentName("")).toBeNull();
  });

  it("refuses to build a name or path from a non-uuid", () => {
    expect(() => conferenceDocumentName("../etc")).toThrow(RangeError);
    expect(() => collabPath("")).toThrow(RangeError);
  });
});

describe("collaboration paths", () => {
  it("round-trips a conference id through the path", () => {
    expect(collabPath(ID)).toBe(`/collab/${ID}`);
    expect(parseCollabPath(collabPath(ID))).toBe(ID);
  });

  it("ignores the query string the provider may add", () => {
    expect(parseCollabPath(`/collab/${ID}?lang=hu`)).toBe(ID);
  });

  it("rejects other paths, extra segments, encodings and non-uuids", () => {
    for (const path of [
      `/graphql/${ID}`,
      `/collab/${ID}/`,
      `/collab/${ID}/extra`,
      `/collab//${ID}`,
      `/collab/%33${ID.slice(1)}`,
      `/api/collab/${ID}`,
      `collab/${ID}`,
      "/collab/",
      "/collab/not-a-uuid",
    ]) {
      expect(parseCollabPath(path), path).toBeNull();
    }
  });
});
