import { flushPromises } from "@vue/test-utils";
import { describe, expect, it } from "vitest";
import { effectScope, ref } from "vue";
import { ApiError } from "./client";
import { usePagedList, type Page } from "./usePagedList";

/** A page fetch whose answers the test releases one by one, in any order. */
function controlledFetch() {
  const calls: { key: string; after: string | null; answer: (page: Page<string>) => void; fail: (e: Error) => void }[] =
    [];
  const fetchPage = (key: string, after: string | null) =>
    new Promise<Page<string>>((resolve, reject) => calls.push({ key, after, answer: resolve, fail: reject }));
  return { calls, fetchPage };
}

const page = (nodes: string[], endCursor: string | null, total = 10): Page<string> => ({
  nodes,
  totalCount: total,
  pageInfo: { hasNextPage: endCursor !== null, endCursor },
});

function start(key: ReturnType<typeof ref<string>>, fetchPage: (k: string, a: string | null) => Promise<Page<string>>) {
  const scope = effectScope();
  const list = scope.run(() => usePagedList(() => key.value ?? "", fetchPage));
  if (!list) throw new Error("the scope did not run");
  return list;
}

describe("usePagedList", () => {
  it("appends the next page after the cursor of the last one", async () => {
    const { calls, fetchPage } = controlledFetch();
    const list = start(ref("all"), fetchPage);
    calls[0]?.answer(page(["a", "b"], "cursor-b"));
    await flushPromises();
    void list.loadMore();
    expect(calls[1]?.after).toBe("cursor-b");
    calls[1]?.answer(page(["c"], null));
    await flushPromises();
    expect(list.items.value).toEqual(["a", "b", "c"]);
    expect(list.hasNextPage.value).toBe(false);
  });

  it("starts over when the filter changes, dropping a slower answer for the old one", async () => {
    const { calls, fetchPage } = controlledFetch();
    const key = ref("Kov");
    const list = start(key, fetchPage);
    key.value = "Nov";
    await flushPromises();
    calls[1]?.answer(page(["Novák"], null, 1));
    await flushPromises();
    calls[0]?.answer(page(["Kovács"], null, 1));
    await flushPromises();
    expect(list.items.value).toEqual(["Novák"]);
  });

  it("drops a next page that arrives after the filter changed", async () => {
    const { calls, fetchPage } = controlledFetch();
    const key = ref("Kov");
    const list = start(key, fetchPage);
    calls[0]?.answer(page(["Kovács 1"], "c1"));
    await flushPromises();
    void list.loadMore();
    key.value = "Nov";
    await flushPromises();
    calls[2]?.answer(page(["Novák"], null, 1));
    calls[1]?.answer(page(["Kovács 2"], null));
    await flushPromises();
    expect(list.items.value).toEqual(["Novák"]);
  });

  it("keeps the API's error to show, and clears it on a successful retry", async () => {
    const { calls, fetchPage } = controlledFetch();
    const list = start(ref("all"), fetchPage);
    calls[0]?.fail(new ApiError("down", "NETWORK"));
    await flushPromises();
    expect(list.error.value?.code).toBe("NETWORK");
    void list.reload();
    calls[1]?.answer(page(["a"], null, 1));
    await flushPromises();
    expect(list.error.value).toBeNull();
    expect(list.items.value).toEqual(["a"]);
  });
});
