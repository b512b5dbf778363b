import { ref, shallowRef, type Ref } from "vue";

/**
 * One write at a time from a part of a page: what it is busy with (a row's id, which button;
 * null when idle), its refusal kept to be said in words, and what it did, in words, to announce.
 */
export function useWrite<B>() {
  const busy = ref(null) as Ref<B | null>;
  const error = shallowRef<unknown>(null);
  const done = ref("");

  /** Runs `action`, whose answer is what to announce; the earlier outcome is cleared first. */
  async function run(busyWith: B, action: () => Promise<string>): Promise<void> {
    busy.value = busyWith;
    error.value = null;
    done.value = "";
    try {
      done.value = await action();
    } catch (err) {
      error.value = err;
    } finally {
      busy.value = null;
    }
  }

  return { busy, error, done, run };
}
