import { computed } from "vue";
import { useI18n } from "vue-i18n";
import { INTL_TAGS, type Locale } from "./define";

/** Dates, times and durations in the current language's own format. */
export function useFormat() {
  const { locale } = useI18n();
  const tag = computed(() => INTL_TAGS[locale.value as Locale] ?? INTL_TAGS.en);
  const fmt = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag.value, options);

  return {
    /** 23 Nov 2026, 14:30 */
    dateTime: (iso: string | null | undefined) =>
      iso ? fmt({ dateStyle: "medium", timeStyle: "short" }).format(new Date(iso)) : "",
    /** Monday 23 November 2026 */
    longDate: (iso: string | null | undefined) => (iso ? fmt({ dateStyle: "full" }).format(new Date(iso)) : ""),
    /** A calendar day (`LocalDate`, `2026-11-23`), formatted without shifting it to another time zone. */
    date: (localDate: string | null | undefined) =>
      localDate
        ? fmt({ dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${localDate.slice(0, 10)}T00:00:00Z`))
        : "",
    time: (iso: string | null | undefined) => (iso ? fmt({ timeStyle: "short" }).format(new Date(iso)) : ""),
    /** 1:05:09 or 05:09: a clock, not a sentence */
    clock: (ms: number) => formatClock(ms),
  };
}

export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
