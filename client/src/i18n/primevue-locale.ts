import { INTL_TAGS, type Locale } from "./define";

function names(tag: string, key: "weekday" | "month", style: "long" | "short" | "narrow", count: number): string[] {
  const format = new Intl.DateTimeFormat(tag, { [key]: style, timeZone: "UTC" });
  // 2023-01-01 was a Sunday: PrimeVue's day lists start on Sunday.
  return Array.from({ length: count }, (_, i) =>
    format.format(key === "weekday" ? new Date(Date.UTC(2023, 0, 1 + i)) : new Date(Date.UTC(2023, i, 1))),
  );
}

/** PrimeVue's calendar words for a language, taken from the browser's own Intl data rather than typed by hand. */
export function primeVueLocale(
  locale: Locale,
  words: { today: string; clear: string; accept: string; reject: string; empty: string },
) {
  const tag = INTL_TAGS[locale];
  return {
    dayNames: names(tag, "weekday", "long", 7),
    dayNamesShort: names(tag, "weekday", "short", 7),
    dayNamesMin: names(tag, "weekday", "narrow", 7),
    monthNames: names(tag, "month", "long", 12),
    monthNamesShort: names(tag, "month", "short", 12),
    firstDayOfWeek: 1,
    dateFormat: locale === "hu" ? "yy.mm.dd." : locale === "cs" ? "d. m. yy" : "dd/mm/yy",
    today: words.today,
    clear: words.clear,
    accept: words.accept,
    reject: words.reject,
    emptyMessage: words.empty,
    emptyFilterMessage: words.empty,
  };
}
