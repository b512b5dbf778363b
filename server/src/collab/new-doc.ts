import * as Y from "yjs";

/**
 * A server-side Y.Doc of a conference. The guid is given: Yjs would draw one with 32 calls to
 * crypto.getRandomValues, half a millisecond per document (200 meetings starting at nine), and
 * the guid of a document on the server is never seen by anyone.
 */
export function newDoc(conferenceId: string): Y.Doc {
  return new Y.Doc({ guid: conferenceId });
}
