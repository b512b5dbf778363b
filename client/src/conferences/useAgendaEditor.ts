import { ref, shallowRef, toValue, type MaybeRefOrGetter } from "vue";
import { ApiError, request } from "../graphql/client";
import type { Language } from "../graphql/enums";
import { moveTarget } from "./agenda";
import { defaultAgenda } from "./defaultAgenda";
import {
  ConferenceAddAgendaItemMutation,
  ConferenceMoveAgendaItemMutation,
  ConferenceRemoveAgendaItemMutation,
  ConferenceUpdateAgendaItemMutation,
} from "./operations";

interface AgendaConference {
  id: string;
  language: Language;
  plannedDurationMinutes: number;
  agenda: readonly { id: string; title: string; timeboxMinutes: number }[];
}

/**
 * Changes to the prepared agenda, one at a time, each followed by a reload of the page's data.
 * Once the meeting room has opened the API makes them in the live document, so people in the room
 * see them at once; once the meeting has begun it refuses them (CONFERENCE_LOCKED): `locked` then
 * says so and the editor stops offering them.
 */
export function useAgendaEditor(conference: MaybeRefOrGetter<AgendaConference>, reload: () => Promise<void>) {
  const busy = ref(false);
  const error = shallowRef<unknown>(null);
  const locked = ref(false);

  async function run(change: () => Promise<unknown>): Promise<boolean> {
    if (busy.value || locked.value) return false;
    busy.value = true;
    error.value = null;
    try {
      await change();
      return true;
    } catch (err) {
      if (err instanceof ApiError && err.code === "CONFERENCE_LOCKED") locked.value = true;
      else error.value = err;
      return false;
    } finally {
      busy.value = false;
      await reload();
    }
  }

  const add = (title: string, timeboxMinutes: number) =>
    run(() =>
      request(ConferenceAddAgendaItemMutation, {
        conferenceId: toValue(conference).id,
        input: { title: title.trim(), timeboxMinutes },
      }),
    );

  const update = (id: string, title: string, timeboxMinutes: number) =>
    run(() => request(ConferenceUpdateAgendaItemMutation, { id, input: { title: title.trim(), timeboxMinutes } }));

  /** Moves the item at `index` up (-1) or down (+1); nothing at either end. */
  function move(index: number, delta: number): Promise<boolean> {
    const items = toValue(conference).agenda;
    const target = moveTarget(index, delta, items.length);
    const item = items[index];
    if (target === null || !item) return Promise.resolve(false);
    return run(() => request(ConferenceMoveAgendaItemMutation, { id: item.id, position: target }));
  }

  const remove = (id: string) => run(() => request(ConferenceRemoveAgendaItemMutation, { id }));

  /** The strengths-based template, in the conference's language, filling its planned time. */
  function applyDefault(): Promise<boolean> {
    const c = toValue(conference);
    if (c.agenda.length > 0) return Promise.resolve(false);
    return run(async () => {
      // One after another: each item is appended at the end, so the order is the template's.
      for (const item of defaultAgenda(c.language, c.plannedDurationMinutes)) {
        await request(ConferenceAddAgendaItemMutation, { conferenceId: c.id, input: item });
      }
    });
  }

  return { busy, error, locked, add, update, move, remove, applyDefault };
}
