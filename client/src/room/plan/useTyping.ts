import { DISPLAY_NAME_MAX, parsePresence } from "@roundtable/shared";
import { onScopeDispose, shallowRef, toValue, watch, type MaybeRefOrGetter } from "vue";
import type { Awareness } from "y-protocols/awareness";

/** How long after the last keystroke someone still counts as typing. */
export const TYPING_IDLE_MS = 3000;

/** The awareness field a client sets while its user types in the minutes of one agenda item. */
export const TYPING_FIELD = "typing";

export interface TypingState {
  itemId: string;
  /** When the typing began, on the typist's clock (informative only: clocks differ). */
  at: number;
}

function typingOf(state: unknown): TypingState | null {
  if (typeof state !== "object" || state === null || !(TYPING_FIELD in state)) return null;
  const typing: unknown = state[TYPING_FIELD];
  if (typeof typing !== "object" || typing === null || !("itemId" in typing) || !("at" in typing)) return null;
  const { itemId, at } = typing;
  return typeof itemId === "string" && typeof at === "number" ? { itemId, at } : null;
}

/** A name for the state: its presence, else the name the caret extension publishes (`user.name`). */
function nameOf(state: unknown): { name: string; participantId: string | null } | null {
  const presence = parsePresence(state);
  if (presence) return { name: presence.displayName, participantId: presence.participantId };
  if (typeof state !== "object" || state === null || !("user" in state)) return null;
  const user: unknown = state.user;
  if (typeof user !== "object" || user === null || !("name" in user) || typeof user.name !== "string") return null;
  const name = user.name.trim().slice(0, DISPLAY_NAME_MAX);
  return name === "" ? null : { name, participantId: null };
}

/**
 * Who else is typing in this item's minutes, by name, each once (a person on two devices is one
 * person), leaving out this client and the viewer's own other devices.
 */
export function typingNames(
  states: ReadonlyMap<number, unknown>,
  self: { clientId: number; participantId: string | null },
  itemId: string,
): string[] {
  const names = new Set<string>();
  const people = new Set<string>();
  states.forEach((state, clientId) => {
    if (clientId === self.clientId || typingOf(state)?.itemId !== itemId) return;
    const who = nameOf(state);
    if (!who || (who.participantId !== null && who.participantId === self.participantId)) return;
    if (who.participantId !== null) {
      if (people.has(who.participantId)) return;
      people.add(who.participantId);
    }
    names.add(who.name);
  });
  return [...names];
}

/**
 * "Who is typing" for one agenda item's minutes. `noteTyping` is called on each local edit: it
 * publishes `typing: { itemId, at }` once and clears it TYPING_IDLE_MS after the last edit, so
 * awareness carries one message when typing starts and one when it stops, not one per key.
 */
export function useTyping(
  awareness: Awareness,
  itemId: MaybeRefOrGetter<string>,
  participantId: MaybeRefOrGetter<string | null>,
) {
  const names = shallowRef<string[]>([]);
  const read = () => {
    const next = typingNames(
      awareness.getStates(),
      { clientId: awareness.clientID, participantId: toValue(participantId) },
      toValue(itemId),
    );
    if (next.join("\n") !== names.value.join("\n")) names.value = next;
  };

  let timer: ReturnType<typeof setTimeout> | null = null;
  function stop() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (typingOf(awareness.getLocalState()) !== null) awareness.setLocalStateField(TYPING_FIELD, null);
  }
  function noteTyping() {
    const id = toValue(itemId);
    if (typingOf(awareness.getLocalState())?.itemId !== id) {
      awareness.setLocalStateField(TYPING_FIELD, { itemId: id, at: Date.now() } satisfies TypingState);
    }
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(stop, TYPING_IDLE_MS);
  }

  awareness.on("change", read);
  watch([() => toValue(itemId), () => toValue(participantId)], read, { immediate: true });
  watch(
    () => toValue(itemId),
    () => stop(),
  );
  onScopeDispose(() => {
    awareness.off("change", read);
    stop();
  });
  return { names, noteTyping, stop };
}
