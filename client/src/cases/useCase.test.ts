import { flushPromises } from "@vue/test-utils";
import { describe, expect, it } from "vitest";
import { coalesce } from "./useCase";

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
});
