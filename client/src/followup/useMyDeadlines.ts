import { computed, ref } from "vue";
import { useQuery } from "../graphql/useQuery";
import { orderDeadlines } from "./deadlines";
import { FollowupMyDeadlinesQuery } from "./operations";

/** The choices of how far ahead the overdue view looks, in days; the server's default first. */
export const WITHIN_CHOICES = [14, 30, 90] as const;

/** The overdue view: the deadlines of the caller's cases that are overdue or due soon. */
export function useMyDeadlines() {
  const withinDays = ref<number>(WITHIN_CHOICES[0]);
  const query = useQuery(FollowupMyDeadlinesQuery, () => ({ withinDays: withinDays.value }));
  const deadlines = computed(() => (query.data.value ? orderDeadlines(query.data.value.myDeadlines) : null));
  const overdueCount = computed(() => deadlines.value?.filter((d) => d.overdue).length ?? 0);
  return { withinDays, deadlines, overdueCount, error: query.error, loading: query.loading, refresh: query.refetch };
}
