import { onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from "vue";
import { asApiError, type ApiError } from "./client";

/** One page of an API list (docs/api.md, "Lists"). */
export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * A list read page by page with "load more". It starts over whenever `key` (the filter) changes;
 * an answer that belongs to an earlier key, or to a page already superseded, is dropped, so a
 * slow first search never overwrites a newer one.
 */
export function usePagedList<T, K>(
  key: MaybeRefOrGetter<K>,
  fetchPage: (key: K, after: string | null) => Promise<Page<T>>,
) {
  const items = shallowRef<T[]>([]);
  const totalCount = ref(0);
  const hasNextPage = ref(false);
  const loading = ref(false);
  const loadingMore = ref(false);
  const error = shallowRef<ApiError | null>(null);
  let cursor: string | null = null;
  let generation = 0;

  /** A page that arrived: the first one replaces what is shown, a next one goes after it. */
  function take(page: Page<T>, next: boolean) {
    items.value = next ? [...items.value, ...page.nodes] : page.nodes;
    totalCount.value = page.totalCount;
    hasNextPage.value = page.pageInfo.hasNextPage;
    cursor = page.pageInfo.endCursor;
    error.value = null;
  }

  /** Reads the first page again (a new filter, a retry, or a change the page cannot patch in). */
  async function reload(): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    loadingMore.value = false;
    try {
      const page = await fetchPage(toValue(key), null);
      if (mine !== generation) return;
      take(page, false);
    } catch (err) {
      if (mine !== generation) return;
      items.value = [];
      hasNextPage.value = false;
      error.value = asApiError(err);
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  async function loadMore(): Promise<void> {
    if (!hasNextPage.value || loading.value || loadingMore.value) return;
    const mine = generation;
    loadingMore.value = true;
    try {
      const page = await fetchPage(toValue(key), cursor);
      if (mine !== generation) return;
      take(page, true);
    } catch (err) {
      if (mine !== generation) return;
      error.value = asApiError(err);
    } finally {
      if (mine === generation) loadingMore.value = false;
    }
  }

  watch(
    () => JSON.stringify(toValue(key)),
    () => void reload(),
    { immediate: true },
  );
  onScopeDispose(() => {
    generation = Number.NaN; // nothing lands after the page is gone
  });

  return { items, totalCount, hasNextPage, loading, loadingMore, error, loadMore, reload };
}
