import { onScopeDispose, toValue, watch, type MaybeRefOrGetter } from "vue";
import { onReconnect } from "./client";

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
