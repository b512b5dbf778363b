/**
 * When one room's store runs: debounced after changes, never later than a maximum delay after
 * the first unsaved change, one run at a time, and after a failure again with exponential
 * backoff. Each room owns one, so a busy document never postpones another's save (the
 * process-wide debounce of y-websocket-server did).
 */
export interface SchedulerTimings {
  debounceMs: number;
  maxDelayMs: number;
  /** Backoff after failures starts at debounceMs and doubles up to this. */
  retryMaxMs: number;
  /**
   * Up to this fraction earlier than maxDelayMs, at random: rooms whose typing started together
   * (a meeting room reconnecting) then do not all store in the same instant. Default 0.
   */
  jitter?: number;
}

export class StoreScheduler {
  private timer: NodeJS.Timeout | null = null;
  /** When the first unsaved change must be stored at the latest. */
  private deadline: number | null = null;
  /** When the last change arrived, for the debounce. */
  private lastChange = 0;
  private running: Promise<boolean> | null = null;
  private dirty = false;
  private failures = 0;
  private stopped = false;

  constructor(
    private readonly task: () => Promise<void>,
    private readonly timings: SchedulerTimings,
    /** After a run that succeeded and left nothing to store. */
    private readonly onSettled: () => void,
    private readonly onError: (err: unknown, failures: number) => void,
  ) {}

  /** Nothing unsaved, nothing running, nothing scheduled. */
  get idle(): boolean {
    return !this.dirty && this.running === null && this.timer === null;
  }

  /**
   * A change arrived: store it after the debounce, or at the latest after the maximum delay. A
   * timer already armed stays and, when it fires, waits out what is left of the debounce: one
   * timer per pause, not one per keystroke (each a Timeout that lives long enough to be promoted
   * to the old generation).
   */
  schedule(): void {
    this.dirty = true;
    if (this.stopped || this.failures > 0) return; // a retry is already due
    this.lastChange = Date.now();
    this.deadline ??= this.lastChange + this.timings.maxDelayMs * (1 - Math.random() * (this.timings.jitter ?? 0));
    if (this.timer === null) this.arm(this.untilDue());
  }

  /** Stores now (after a run in progress), until nothing is left; false if a store failed. */
  async flush(): Promise<boolean> {
    this.disarm();
    for (;;) {
      if (this.running) {
        if (!(await this.running)) return false;
        continue;
      }
      if (!this.dirty) return true;
      if (!(await this.run())) return false;
    }
  }

  /** No timers from here on (shutdown, after the final flush). */
  stop(): void {
    this.stopped = true;
    this.disarm();
  }

  /** Milliseconds until the debounce or the maximum delay of the unsaved changes runs out. */
  private untilDue(): number {
    return Math.max(0, Math.min(this.lastChange + this.timings.debounceMs, this.deadline!) - Date.now());
  }

  private arm(delayMs: number): void {
    this.disarm();
    this.timer = setTimeout(() => {
      this.timer = null;
      // A retry after a failure is due now; a debounce may have been extended by later changes.
      const left = this.failures === 0 && this.deadline !== null ? this.untilDue() : 0;
      if (left > 0) return this.arm(left);
      void this.afterRunning().then(() => (this.dirty ? this.run() : true));
    }, delayMs);
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async afterRunning(): Promise<void> {
    while (this.running) await this.running;
  }

  private run(): Promise<boolean> {
    this.disarm();
    this.dirty = false;
    this.deadline = null;
    const run = this.task().then(
      () => {
        this.failures = 0;
        return true;
      },
      (err: unknown) => {
        this.failures += 1;
        this.dirty = true;
        this.onError(err, this.failures);
        return false;
      },
    );
    this.running = run;
    void run.then((ok) => {
      this.running = null;
      if (this.stopped) return;
      if (!ok) this.arm(Math.min(this.timings.debounceMs * 2 ** (this.failures - 1), this.timings.retryMaxMs));
      else if (this.dirty) {
        // Changes came during the run: their timer is armed, unless a flush took it away.
        if (this.timer === null) this.arm(this.untilDue());
      } else if (this.timer === null) this.onSettled();
    });
    return run;
  }
}
