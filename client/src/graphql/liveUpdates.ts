import { onScopeDispose, toValue, watch, type MaybeRefOrGetter } from "vue";
import { onReconnect } from "./client";
import type { TypedDocumentString } from "./generated/graphql";
import { useQuery } from "./useQuery";

/**
 * Runs `task` now, or, if a run is under way, once more right after it: a burst of change events
 * (six agenda items added in a row, a meeting's projection writing several tasks) costs at most
 * two reads, and the last read always starts after the last change.
 */
export function coalesce(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await task();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
}

/**
 * Subscriptions for what a page shows (a case, a conference): opened for its id, closed and
 * opened anew when the id changes (the router reuses the page), closed with the page. `refresh`
 * reads the page again when the live connection comes back, for the events it missed meanwhile.
 */
export function useSubscriptions<K>(
  key: MaybeRefOrGetter<K>,
  open: (key: K) => (() => void)[],
  refresh: () => unknown,
): void {
  let stops: (() => void)[] = [];
  const close = () => {
    for (const stop of stops) stop();
    stops = [];
  };
  watch(
    () => toValue(key),
    (value) => {
      close();
      stops = open(value);
    },
    { immediate: true },
  );
  const stopCatchingUp = onReconnect(() => void refresh());
  onScopeDispose(() => {
    close();
    stopCatchingUp();
  });
}

/**
 * A query for what a page shows, kept current: read for `key` (anew when it changes), read again
 * when one of the events `events` subscribes to for that key arrives (a burst costing at most two
 * reads, see `coalesce`) and when the live connection comes back. `events` gets `changed` to pass
 * as each subscription's handler.
 */
export function useLiveQuery<R, V, K>(
  document: TypedDocumentString<R, V>,
  key: MaybeRefOrGetter<K>,
  variables: (key: K) => V,
  events: (key: K, changed: () => void) => (() => void)[],
) {
  const query = useQuery(document, () => variables(toValue(key)));
  const refresh = coalesce(query.refetch);
  const changed = () => void refresh();
  useSubscriptions(key, (value) => events(value, changed), refresh);
  return { ...query, refresh };
}
