import { computed, ref, shallowRef, toValue, type MaybeRefOrGetter } from "vue";
import { conferenceEvents } from "../conferences/conferenceEvents";
import { request } from "../graphql/client";
import type { SignoffQuery as SignoffResult } from "../graphql/generated/graphql";
import { useLiveQuery } from "../graphql/liveUpdates";
import {
  SignoffCloseMissingMutation,
  SignoffQuery,
  SignoffReopenMutation,
  SignoffSignInRoomMutation,
  SignoffSignMutation,
} from "./operations";
import type { MinutesAnswer } from "./signoff";

export type SignoffConference = SignoffResult["conference"];

/**
 * A conference's minutes versions and signatures, kept current by the API's events: a signature
 * publishes the participant's change, closing and reopening the conference's, so an answer given
 * on another device appears here.
 */
export function useSignoff(conferenceId: MaybeRefOrGetter<string>) {
  const query = useLiveQuery(SignoffQuery, conferenceId, (id) => ({ id }), conferenceEvents);
  const { refresh } = query;

  const conference = computed(() => query.data.value?.conference ?? null);
  const versions = computed(() => conference.value?.minutesVersions ?? []);
  const latest = computed(() => versions.value.at(-1) ?? null);

  const answer = (versionId: string, answer: MinutesAnswer, note: string | null) =>
    request(SignoffSignMutation, { versionId, input: { answer, note } });
  const answerInRoom = (versionId: string, participantId: string, answer: MinutesAnswer, note: string | null) =>
    request(SignoffSignInRoomMutation, { versionId, participantId, input: { answer, note } });
  const reopen = () => request(SignoffReopenMutation, { conferenceId: toValue(conferenceId) });
  const closeWithMissing = () => request(SignoffCloseMissingMutation, { conferenceId: toValue(conferenceId) });

  return {
    conference,
    versions,
    latest,
    error: query.error,
    refresh,
    answer,
    answerInRoom,
    reopen,
    closeWithMissing,
  };
}

export type Signoff = ReturnType<typeof useSignoff>;

/**
 * One write at a time from a part of the panel: busy while it runs, its refusal kept to be said
 * in words, what it did announced, and the minutes read again afterwards either way (a refusal
 * often means they changed meanwhile: reopened, or answered on another device).
 */
export function useSignoffAction(refresh: () => Promise<void>) {
  const busy = ref(false);
  const error = shallowRef<unknown>(null);
  const done = ref("");

  async function run(action: () => Promise<unknown>, doneText: () => string): Promise<boolean> {
    busy.value = true;
    error.value = null;
    done.value = "";
    let ok = false;
    try {
      await action();
      done.value = doneText();
      ok = true;
    } catch (err) {
      error.value = err;
    } finally {
      busy.value = false;
    }
    await refresh();
    return ok;
  }

  return { busy, error, done, run };
}
