import type { LiveAgendaItem } from "@roundtable/shared";
import { watch, type Ref } from "vue";

/**
 * Which item's minutes the screen shows. It follows the current item as the meeting moves on,
 * until the viewer picks another item (to read back or prepare); picking the current item again
 * follows the meeting once more. Before the meeting starts it rests on the first item.
 */
export function useAgendaSelection(
  agenda: Readonly<Ref<LiveAgendaItem[]>>,
  currentId: Readonly<Ref<string | null>>,
  selected: Ref<string | null>,
) {
  let following = selected.value === null || selected.value === currentId.value;
  const exists = (id: string | null) => id !== null && agenda.value.some((item) => item.id === id);

  watch(
    [currentId, () => agenda.value.map((item) => item.id).join()],
    () => {
      // An item removed from the agenda cannot stay selected.
      if (!following && exists(selected.value)) return;
      following = true;
      const fallback = exists(selected.value) ? selected.value : (agenda.value[0]?.id ?? null);
      const next = currentId.value ?? fallback;
      if (next !== selected.value) selected.value = next;
    },
    { immediate: true, flush: "sync" },
  );

  function select(id: string) {
    selected.value = id;
    following = id === currentId.value;
  }

  return { select };
}
