import { onScopeDispose, toValue, watch, type MaybeRefOrGetter } from "vue";
import { subscribe } from "../graphql/client";
import { useQuery } from "../graphql/useQuery";
import {
  CasePageCaseQuery,
  CasePageConferenceChangedSubscription,
  CasePageTaskChangedSubscription,
} from "./operations";

/**
 * Runs `task` now, or, if a run is under way, once more after it: a burst of changes (a meeting's
 * projection writes several tasks at once) costs at most two reads, and the last read always
 * starts after the last change.
 */
export function coalesce(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const run = async (): Promise<void> => {
    do {
      again = false;
      await task();
    } while (again);
  };
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = run().finally(() => (running = null));
    return running;
  };
}

/** The case page's case, read again whenever one of its conferences or tasks changes. */
export function useCase(id: MaybeRefOrGetter<string>) {
  const query = useQuery(CasePageCaseQuery, () => ({ id: toValue(id) }));
  const refresh = coalesce(query.refetch);

  let stops: (() => void)[] = [];
  const unsubscribe = () => {
    for (const stop of stops) stop();
    stops = [];
  };
  watch(
    () => toValue(id),
    (caseId) => {
      unsubscribe();
      stops = [
        subscribe(CasePageConferenceChangedSubscription, { caseId }, () => void refresh()),
        subscribe(CasePageTaskChangedSubscription, { caseId }, () => void refresh()),
      ];
    },
    { immediate: true },
  );
  onScopeDispose(unsubscribe);

  return { ...query, refresh };
}
