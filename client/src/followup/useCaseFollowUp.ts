import { computed, toValue, type MaybeRefOrGetter } from "vue";
import { subscribe } from "../graphql/client";
import { useLiveQuery } from "../graphql/liveUpdates";
import { orderDeadlines } from "./deadlines";
import {
  FollowupCaseActivityQuery,
  FollowupCaseDeadlinesQuery,
  FollowupConferenceChangedSubscription,
  FollowupTaskChangedSubscription,
} from "./operations";

/**
 * The case's clocks, read again when one of its conferences or tasks changes (a meeting ended, a
 * task was done or got a new date). `deadlines` is null until loaded and for anyone outside the
 * case's team; an answer left from another case is not shown as this one's.
 */
export function useCaseDeadlines(caseId: MaybeRefOrGetter<string>) {
  const query = useLiveQuery(
    FollowupCaseDeadlinesQuery,
    caseId,
    (id) => ({ id }),
    (id, changed) => [
      subscribe(FollowupConferenceChangedSubscription, { caseId: id }, changed),
      subscribe(FollowupTaskChangedSubscription, { caseId: id }, changed),
    ],
  );
  const deadlines = computed(() => {
    const found = query.data.value?.case;
    return found && found.id === toValue(caseId) && found.deadlines ? orderDeadlines(found.deadlines) : null;
  });
  return { deadlines, error: query.error, loading: query.loading, refresh: query.refresh };
}

/** The case's register of contacts, read again when one of its conferences changes. */
export function useCaseActivity(caseId: MaybeRefOrGetter<string>) {
  const query = useLiveQuery(
    FollowupCaseActivityQuery,
    caseId,
    (id) => ({ id }),
    (id, changed) => [subscribe(FollowupConferenceChangedSubscription, { caseId: id }, changed)],
  );
  const entries = computed(() => {
    const found = query.data.value?.case;
    return found && found.id === toValue(caseId) ? (found.activityLog ?? null) : null;
  });
  return { entries, error: query.error, loading: query.loading, refresh: query.refresh };
}
