import { computed, toValue, type MaybeRefOrGetter } from "vue";
import { useI18n } from "vue-i18n";
import type { ConferenceMeetingFragment } from "../graphql/generated/graphql";
import { useFormat } from "../i18n/useFormat";

type MeetingTime = Pick<ConferenceMeetingFragment, "scheduledStart" | "scheduledEnd" | "plannedDurationMinutes">;

/** The meeting's time in words (start, end, planned minutes), or null while none is set. */
export function useMeetingTime(conference: MaybeRefOrGetter<MeetingTime | null>) {
  const { t } = useI18n();
  const format = useFormat();
  return computed(() => {
    const c = toValue(conference);
    if (!c?.scheduledStart) return null;
    return t("conferences.when", {
      start: format.dateTime(c.scheduledStart),
      end: format.time(c.scheduledEnd),
      minutes: c.plannedDurationMinutes,
    });
  });
}
