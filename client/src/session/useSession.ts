import { computed, readonly, shallowRef } from "vue";
import { onUnauthenticated, request, resetSubscriptions } from "../graphql/client";
import type { MeQuery as MeResult } from "../graphql/generated/graphql";
import { clearLocalCopies } from "../room/local-copies";
import { MeQuery, RedeemGuestLinkMutation, SignInMutation, SignOutMutation } from "./operations";

type Viewer = NonNullable<MeResult["me"]>;

/** Who is using the app: nobody, a staff member (account) or a guest of one conference. */
const viewer = shallowRef<Viewer | null>(null);
let loaded: Promise<void> | null = null;

async function load(): Promise<void> {
  viewer.value = (await request(MeQuery)).me ?? null;
}

onUnauthenticated(() => {
  viewer.value = null;
});

export function useSession() {
  return {
    viewer: readonly(viewer),
    isStaff: computed(() => Boolean(viewer.value?.account)),
    isGuest: computed(() => Boolean(viewer.value && !viewer.value.account && viewer.value.conferenceId)),
    /** Asks the server once per page load who is signed in; later calls wait for the same answer. */
    ensureLoaded(): Promise<void> {
      loaded ??= load().catch((err: unknown) => {
        loaded = null;
        throw err;
      });
      return loaded;
    },
    async signIn(email: string, password: string): Promise<void> {
      await request(SignInMutation, { email, password });
      resetSubscriptions();
      await load();
    },
    /** Opens a guest session from an invitation link; answers with the guest's conference. */
    async redeem(token: string): Promise<string> {
      const { redeemGuestLink } = await request(RedeemGuestLinkMutation, { token });
      resetSubscriptions();
      await load();
      if (!redeemGuestLink.conferenceId) throw new Error("The link opened no conference.");
      return redeemGuestLink.conferenceId;
    },
    /** Ends the session and deletes this browser's offline copies of meeting documents. */
    async signOut(): Promise<void> {
      try {
        await request(SignOutMutation);
      } finally {
        viewer.value = null;
        resetSubscriptions();
        await clearLocalCopies();
      }
    },
  };
}
