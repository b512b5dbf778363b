import { shallowRef, watchEffect, type ShallowRef } from "vue";
import type { LiveDocument } from "../useLiveDocument";

export type SharedTypeSource = Pick<LiveDocument, "ready" | "state" | "revision">;

export interface SharedTypeAccess<T> {
  /** The type as the document holds it, or null when it is not there (yet). */
  find: () => T | null;
  /** Creates the missing type; only called once the server's state has arrived. */
  create: () => T;
  /** Whether a missing type may be created at all (e.g. the agenda item still exists). */
  mayCreate?: () => boolean;
}

/**
 * A nested shared type (a minutes fragment, an agreement text) once the document can show it.
 * The server creates these with the document; one missing after the first sync with the server
 * belongs to a damaged document, and only then is it created here. Creating it before that sync
 * (from an empty or local copy) could win the key over the server's and hide its content.
 */
export function useSharedType<T>(live: SharedTypeSource, access: SharedTypeAccess<T>): ShallowRef<T | null> {
  const type = shallowRef<T | null>(null);
  watchEffect(() => {
    void live.revision.value; // re-check on every change: the type may arrive with any update
    if (!live.ready.value) {
      type.value = null;
      return;
    }
    const found = access.find();
    if (found !== null) {
      type.value = found;
      return;
    }
    type.value = null;
    if (live.state.value === "connected" && (access.mayCreate?.() ?? true)) type.value = access.create();
  });
  return type;
}
