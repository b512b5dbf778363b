import { shallowRef } from "vue";
import type * as Y from "yjs";
import type { LiveSource } from "./useMeetingClock";

// Shared's document builders (the document as the server initialises it, fixed ids, a test clock).
export {
  ITEM,
  MINUTE,
  PERSON,
  at,
  buildDocument,
  forkDocument,
  sync,
} from "../../../../shared/src/collab/test-support";

/** A live document without a server: the doc and its change counter, as useLiveDocument bumps it. */
export function liveSource(doc: Y.Doc): LiveSource {
  const revision = shallowRef(0);
  doc.on("update", () => {
    revision.value += 1;
  });
  return { doc, revision };
}
