import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { StoreScheduler } from "./store-scheduler.js";

const TIMINGS = { debounceMs: 2000, maxDelayMs: 10_000, retryMaxMs: 8000 };

/** A scheduler whose store records when it ran and fails while `failing` is set. */
function scheduler() {
  const runs: number[] = [];
  const state = { failing: false, settled: 0, errors: 0 };
  const s = new StoreScheduler(
    async () => {
      runs.push(Date.now());
      if (state.failing) throw new Error("database down");
    },
    TIMINGS,
    () => (state.settled += 1),
    () => (state.errors += 1),
  );
  return { s, runs, state };
}

describe("the store scheduler of one room", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("stores once after a pause in the changes", async () => {
    const { s, runs, state } = scheduler();
    s.schedule();
    await vi.advanceTimersByTimeAsync(1000);
    s.schedule();
    await vi.advanceTimersByTimeAsync(1999);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([3000]);
    expect(state.settled).toBe(1);
    expect(s.idle).toBe(true);
  });

  it("arms one timer per pause in the changes, not one per change", async () => {
    const { s, runs } = scheduler();
    const setTimeout = vi.spyOn(globalThis, "setTimeout");
    for (let t = 0; t < 2000; t += 100) {
      s.schedule();
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(1899);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([3900]);
    // The first change's timer, and once more for what was left of the last change's debounce.
    expect(setTimeout).toHaveBeenCalledTimes(2);
  });

  it("stores a change made during a store after that change's debounce", async () => {
    let finish = () => {};
    const runs: number[] = [];
    const s = new StoreScheduler(
      () => {
        runs.push(Date.now());
        return new Promise<void>((resolve) => (finish = resolve));
      },
      TIMINGS,
      () => {},
      () => {},
    );
    s.schedule();
    await vi.advanceTimersByTimeAsync(2000);
    expect(runs).toEqual([2000]);
    s.schedule(); // during the store
    await vi.advanceTimersByTimeAsync(1500);
    finish();
    await vi.advanceTimersByTimeAsync(499);
    expect(runs).toEqual([2000]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([2000, 4000]);
  });

  it("stores at the latest after the maximum delay while changes keep coming", async () => {
    const { s, runs } = scheduler();
    for (let t = 0; t < 12_000; t += 500) {
      s.schedule();
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(runs[0]).toBe(10_000);
  });

  it("stores up to a fifth earlier than the maximum delay with jitter, so rooms spread out", async () => {
    const random = vi.spyOn(Math, "random").mockReturnValue(1);
    const runs: number[] = [];
    const s = new StoreScheduler(
      async () => void runs.push(Date.now()),
      { ...TIMINGS, jitter: 0.2 },
      () => {},
      () => {},
    );
    for (let t = 0; t < 12_000; t += 500) {
      s.schedule();
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(runs[0]).toBe(8000);
    random.mockRestore();
  });

  it("keeps a failed store pending and retries with growing delays until it works", async () => {
    const { s, runs, state } = scheduler();
    state.failing = true;
    s.schedule();
    await vi.advanceTimersByTimeAsync(2000 + 2000 + 4000 + 8000 + 8000);
    expect(runs).toEqual([2000, 4000, 8000, 16_000, 24_000]);
    expect(s.idle).toBe(false);
    state.failing = false;
    await vi.advanceTimersByTimeAsync(8000);
    expect(runs.at(-1)).toBe(32_000);
    expect(state.errors).toBe(5);
    expect(s.idle).toBe(true);
  });

  it("flushes at once and reports a failure instead of dropping the changes", async () => {
    const { s, runs, state } = scheduler();
    s.schedule();
    state.failing = true;
    expect(await s.flush()).toBe(false);
    expect(s.idle).toBe(false);
    state.failing = false;
    expect(await s.flush()).toBe(true);
    expect(runs).toEqual([0, 0]);
    expect(s.idle).toBe(true);
  });
});
