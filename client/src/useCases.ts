import { ref } from "vue";

export interface CaseSummary {
  id: string;
  reference: string;
  familyName: string;
  conferences: { seriesIndex: number; status: string; scheduledStart: string | null }[];
}

/** The case list, read from the GraphQL API of the same origin. */
export function useCases() {
  const cases = ref<CaseSummary[]>([]);
  const error = ref<string | null>(null);
  const loading = ref(false);

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      const res = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query:
            "{ cases(first: 50) { nodes { id reference familyName conferences { seriesIndex status scheduledStart } } } }",
        }),
      });
      const body = (await res.json()) as { data?: { cases: { nodes: CaseSummary[] } }; errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
      cases.value = body.data?.cases.nodes ?? [];
    } catch (err) {
      error.value = err instanceof Error ? err.message : String(err);
    } finally {
      loading.value = false;
    }
  }

  return { cases, error, loading, load };
}
