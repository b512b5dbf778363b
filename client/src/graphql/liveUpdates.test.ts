import { flushPromises } from "@vue/test-utils";
import { describe, expect, it } from "vitest";
import { effectScope, nextTick, ref } from "vue";
import { coalesce, useSubscriptions } from "./liveUpdates";

/** A task the test finishes by hand, counting its runs. */
function gatedTask() {
  const gates: (() => void)[] = [];
  let runs = 0;
  const task = () =>
    new Promise<void>((resolve) => {
      runs += 1;
      gates.push(resolve);
    });
  return { task, gates, runs: () => runs };
}

describe("coalesce", () => {
  it("reads once more after a burst of changes, not once per change", async () => {
    const { task, gates, runs } = gatedTask();
    const refresh = coalesce(task);
    const first = refresh();
    const later = [refresh(), refresh(), refresh()];
    expect(runs()).toBe(1);
    gates[0]?.();
    await flushPromises();
    expect(runs()).toBe(2);
    gates[1]?.();
    await Promise.all([first, ...later]);
    expect(runs()).toBe(2);
  });

  it("runs again for a change after the last read finished", async () => {
    const { task, gates, runs } = gatedTask();
    const refresh = coalesce(task);
    const first = refresh();
    gates[0]?.();
    await first;
    const second = refresh();
    gates[1]?.();
    await second;
    expect(runs()).toBe(2);
  });

  it("keeps working after a run fails", async () => {
    let runs = 0;
    const task = coalesce(async () => {
      runs++;
      if (runs === 1) throw new Error("offline");
    });
    await expect(task()).rejects.toThrow("offline");
    await task();
    expect(runs).toBe(2);
  });
});

describe("useSubscriptions", () => {
  it("subscribes for the id shown, anew when it changes, and stops with the page", async () => {
    const open: string[] = [];
    const id = ref("case-1");
    const scope = effectScope();
    scope.run(() =>
      useSubscriptions(
        id,
        (caseId) => {
          open.push(caseId);
          return [() => open.splice(open.indexOf(caseId), 1)];
        },
        () => {},
      ),
    );
    expect(open).toEqual(["case-1"]);
    id.value = "case-2";
    await nextTick();
    expect(open).toEqual(["case-2"]);
    scope.stop();
    expect(open).toEqual([]);
  });
});
