import type { MaybeRefOrGetter } from "vue";
import { subscribe } from "../graphql/client";
import { useLiveQuery } from "../graphql/liveUpdates";
import {
  CasePageCaseQuery,
  CasePageConferenceChangedSubscription,
  CasePageTaskChangedSubscription,
} from "./operations";

/** The case page's case, read again whenever one of its conferences or tasks changes. */
export function useCase(id: MaybeRefOrGetter<string>) {
  return useLiveQuery(
    CasePageCaseQuery,
    id,
    (caseId) => ({ id: caseId }),
    (caseId, changed) => [
      subscribe(CasePageConferenceChangedSubscription, { caseId }, changed),
      subscribe(CasePageTaskChangedSubscription, { caseId }, changed),
    ],
  );
}
