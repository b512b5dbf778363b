import { ref } from "vue";
import { graphql, GraphQLRequestError } from "./graphql";

export interface CaseSummary {
  id: string;
  reference: string;
  familyName: string;
  conferences: { seriesIndex: number; status: string; scheduledStart: string | null }[];
}

const CASES =
  "{ cases(first: 50) { nodes { id reference familyName conferences { seriesIndex status scheduledStart } } } }";

/** The signed-in user's cases; `needsSignIn` when nobody is signed in. */
export function useCases() {
  const cases = ref<CaseSummary[]>([]);
  const error = ref<string | null>(null);
  const needsSignIn = ref(false);
  const loading = ref(false);

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    needsSignIn.value = false;
    try {
      cases.value = (await graphql<{ cases: { nodes: CaseSummary[] } }>(CASES)).cases.nodes;
    } catch (err) {
      if (err instanceof GraphQLRequestError && err.code === "UNAUTHENTICATED") needsSignIn.value = true;
      else error.value = err instanceof Error ? err.message : String(err);
    } finally {
      loading.value = false;
    }
  }

  async function signIn(email: string, password: string): Promise<void> {
    error.value = null;
    try {
      await graphql(
        `
          mutation ($e: String!, $p: String!) {
            signIn(email: $e, password: $p) {
              id
            }
          }
        `,
        {
          e: email,
          p: password,
        },
      );
      await load();
    } catch (err) {
      error.value = err instanceof Error ? err.message : String(err);
    }
  }

  async function signOut(): Promise<void> {
    await graphql(`
      mutation {
        signOut
      }
    `);
    cases.value = [];
    needsSignIn.value = true;
  }

  return { cases, error, needsSignIn, loading, load, signIn, signOut };
}
