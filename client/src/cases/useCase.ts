import { toValue, type MaybeRefOrGetter } from "vue";
import { subscribe } from "../graphql/client";
import { coalesce, useSubscriptions } from "../graphql/liveUpdates";
import { useQuery } from "../graphql/useQuery";
import {
  CasePageCaseQuery,
  CasePageConferenceChangedSubscription,
  CasePageTaskChangedSubscription,
} from "./operations";

/** The case page's case, read again whenever one of its conferences or tasks changes. */
export function useCase(id: MaybeRefOrGetter<string>) {
  const query = useQuery(CasePageCaseQuery, () => ({ id: toValue(id) }));
  const refresh = coalesce(query.refetch);

  useSubscriptions(
    id,
    (caseId) => [
      subscribe(CasePageConferenceChangedSubscription, { caseId }, () => void refresh()),
      subscribe(CasePageTaskChangedSubscription, { caseId }, () => void refresh()),
    ],
    refresh,
  );

  return { ...query, refresh };
}
