import { onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from "vue";
import { asApiError, type ApiError, request } from "./client";
import type { TypedDocumentString } from "./generated/graphql";

/**
 * A query whose result follows its variables: it runs again when they change, and `refetch`
 * lets a subscription or a mutation refresh it. An answer to an older request never overwrites
 * a newer one.
 */
export function useQuery<R, V>(document: TypedDocumentString<R, V>, variables: MaybeRefOrGetter<V>) {
  const data = shallowRef<R | null>(null);
  const error = shallowRef<ApiError | null>(null);
  const loading = ref(false);
  let latest = 0;

  async function refetch(): Promise<void> {
    const ticket = ++latest;
    loading.value = true;
    try {
      const result = await (request as (d: TypedDocumentString<R, V>, v: V) => Promise<R>)(
        document,
        toValue(variables),
      );
      if (ticket !== latest) return;
      data.value = result;
      error.value = null;
    } catch (err) {
      if (ticket !== latest) return;
      error.value = asApiError(err);
    } finally {
      if (ticket === latest) loading.value = false;
    }
  }

  watch(
    () => JSON.stringify(toValue(variables)),
    () => void refetch(),
    { immediate: true },
  );
  onScopeDispose(() => {
    latest = Number.NaN; // no late answer lands in a disposed scope
  });
  return { data, error, loading, refetch };
}
