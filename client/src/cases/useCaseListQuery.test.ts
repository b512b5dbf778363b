import { flushPromises } from "@vue/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { effectScope, nextTick } from "vue";
import { createMemoryHistory, createRouter, type Router } from "vue-router";
import { caseFilter, listQuery, readListQuery, SEARCH_DEBOUNCE_MS, useCaseListQuery } from "./useCaseListQuery";

describe("readListQuery and listQuery", () => {
  it("reads the search and status from the address", () => {
    expect(readListQuery({ q: " Kovács ", status: "closed" })).toEqual({ search: "Kovács", status: "closed" });
  });

  it("falls back to open cases for a missing or unknown status", () => {
    expect(readListQuery({})).toEqual({ search: "", status: "open" });
    expect(readListQuery({ status: "deleted" })).toEqual({ search: "", status: "open" });
  });

  it("leaves defaults out of the address", () => {
    expect(listQuery({ search: "", status: "open" })).toEqual({});
    expect(listQuery({ search: "RT-2026", status: "all" })).toEqual({ q: "RT-2026", status: "all" });
  });

  it("asks the API for a status only when one is chosen", () => {
    expect(caseFilter({ search: "", status: "all" })).toEqual({});
    expect(caseFilter({ search: "Nov", status: "closed" })).toEqual({ search: "Nov", status: "CLOSED" });
  });
});

describe("useCaseListQuery", () => {
  let router: Router;

  beforeEach(async () => {
    vi.useFakeTimers();
    router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: "/cases", name: "cases", component: { template: "<div />" } }],
    });
    await router.push("/cases");
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function start() {
    const scope = effectScope();
    const state = scope.run(() => useCaseListQuery(router));
    if (!state) throw new Error("the scope did not run");
    return { ...state, stop: () => scope.stop() };
  }

  /** Resolves once the router has finished the next navigation (Back is asynchronous). */
  const navigated = () => new Promise<void>((resolve) => router.afterEach(() => resolve()));

  async function type(state: ReturnType<typeof start>, text: string) {
    state.searchText.value = text;
    await nextTick();
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    await flushPromises();
  }

  it("puts the search into the address only after typing pauses", async () => {
    const state = start();
    state.searchText.value = "Kov";
    await nextTick();
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1);
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe("/cases");
    vi.advanceTimersByTime(1);
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe("/cases?q=Kov");
    expect(state.filter.value).toEqual({ search: "Kov", status: "OPEN" });
  });

  it("brings the previous search back into the box on Back", async () => {
    const state = start();
    await type(state, "Kov");
    state.status.value = "all";
    await flushPromises();
    await type(state, "Nov");
    expect(router.currentRoute.value.fullPath).toBe("/cases?q=Nov&status=all");

    const back = navigated();
    router.back();
    await back;
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe("/cases?q=Kov");
    expect(state.searchText.value).toBe("Kov");
    expect(state.status.value).toBe("open");
  });

  it("adds one history entry for a new search and refines it in place", async () => {
    const state = start();
    await type(state, "K");
    await type(state, "Kov");
    await type(state, "Kovács");
    const back = navigated();
    router.back();
    await back;
    expect(router.currentRoute.value.fullPath).toBe("/cases");
    expect(state.searchText.value).toBe("");
  });

  it("does not overwrite what is being typed when its own earlier search lands", async () => {
    const state = start();
    state.searchText.value = "Kov";
    await nextTick();
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    state.searchText.value = "Ková"; // typed on before the navigation finished
    await flushPromises();
    expect(router.currentRoute.value.query["q"]).toBe("Kov");
    expect(state.searchText.value).toBe("Ková");
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    await flushPromises();
    expect(router.currentRoute.value.query["q"]).toBe("Ková");
  });

  it("takes the search being typed along when the status changes", async () => {
    const state = start();
    state.searchText.value = "Nov";
    await nextTick();
    state.status.value = "closed";
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe("/cases?q=Nov&status=closed");
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe("/cases?q=Nov&status=closed");
  });

  it("searches at once on Enter", async () => {
    const state = start();
    state.searchText.value = "RT-2026";
    await state.applySearch();
    expect(router.currentRoute.value.query["q"]).toBe("RT-2026");
  });

  it("starts from the address of a shared link", async () => {
    await router.push("/cases?q=Szab&status=all");
    const state = start();
    expect(state.searchText.value).toBe("Szab");
    expect(state.filter.value).toEqual({ search: "Szab" });
  });

  it("runs no search after the page is gone", async () => {
    const state = start();
    state.searchText.value = "Kov";
    await nextTick();
    state.stop();
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe("/cases");
  });
});
