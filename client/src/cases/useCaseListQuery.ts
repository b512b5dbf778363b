import { computed, onScopeDispose, ref, watch } from "vue";
import type { LocationQuery, LocationQueryRaw, Router } from "vue-router";
import type { CaseFilter } from "../graphql/generated/graphql";

export const STATUS_FILTERS = ["open", "closed", "all"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface CaseListState {
  search: string;
  status: StatusFilter;
}

/** Most work is on open cases, so that is what the list shows unless asked otherwise. */
export const DEFAULT_STATUS: StatusFilter = "open";

/** How long typing must pause before the search runs and enters the address. */
export const SEARCH_DEBOUNCE_MS = 300;

const first = (value: LocationQuery[string] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** The list's state from the address (`?q=kov&status=all`); anything unknown means the default. */
export function readListQuery(query: LocationQuery): CaseListState {
  const status = first(query["status"]);
  return {
    search: first(query["q"]).trim(),
    status: (STATUS_FILTERS as readonly string[]).includes(status) ? (status as StatusFilter) : DEFAULT_STATUS,
  };
}

/** The address for a state, leaving defaults out so the plain list keeps the plain address. */
export function listQuery(state: CaseListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.search) query["q"] = state.search;
  if (state.status !== DEFAULT_STATUS) query["status"] = state.status;
  return query;
}

/** The API's filter for a state. */
export function caseFilter(state: CaseListState): CaseFilter {
  return {
    ...(state.search ? { search: state.search } : {}),
    ...(state.status === "all" ? {} : { status: state.status === "open" ? "OPEN" : "CLOSED" }),
  };
}

/**
 * The case list's search box and status filter, kept in the address so back and forward (and a
 * shared link) bring the same list back. Typing is debounced; a new search adds a history entry,
 * refining it replaces that entry, so Back does not step through every pause in the typing.
 * When the address changes from outside (Back), the box shows the address's search.
 */
export function useCaseListQuery(router: Router, debounceMs = SEARCH_DEBOUNCE_MS) {
  const applied = computed(() => readListQuery(router.currentRoute.value.query));
  const searchText = ref(applied.value.search);
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** Navigations of our own under way: the address they produce is no news to the box. */
  let navigating = 0;

  function cancelPending() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  async function go(next: CaseListState, mode: "push" | "replace"): Promise<void> {
    const now = applied.value;
    if (now.search === next.search && now.status === next.status) return;
    navigating++;
    try {
      await router[mode]({ query: listQuery(next) });
    } finally {
      navigating--;
    }
  }

  function applySearch(): Promise<void> {
    cancelPending();
    const search = searchText.value.trim();
    return go({ ...applied.value, search }, applied.value.search ? "replace" : "push");
  }

  watch(searchText, (text) => {
    cancelPending();
    // Typing back to what is shown (or the address setting the box, below) searches nothing new.
    if (text.trim() === applied.value.search) return;
    timer = setTimeout(() => void applySearch(), debounceMs);
  });

  // Back/forward (or a link) changed the search: show it in the box. Not for our own navigations,
  // nor while a search is being typed: the box is ahead of the address then. Synchronous, so it
  // runs while our own navigation still counts as under way.
  watch(
    () => applied.value.search,
    (search) => {
      if (navigating > 0 || timer !== null || search === searchText.value.trim()) return;
      searchText.value = search;
    },
    { flush: "sync" },
  );

  const status = computed<StatusFilter>({
    get: () => applied.value.status,
    set: (value) => {
      // The search being typed goes along, so the new entry holds what the screen shows.
      cancelPending();
      void go({ search: searchText.value.trim(), status: value }, "push");
    },
  });

  onScopeDispose(cancelPending);

  return {
    /** The text in the search box (what is typed, not yet necessarily searched). */
    searchText,
    status,
    /** What the address says: the state the list is showing. */
    applied,
    filter: computed(() => caseFilter(applied.value)),
    /** Runs the typed search now (Enter). */
    applySearch,
  };
}
