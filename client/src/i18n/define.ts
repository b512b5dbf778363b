/** The languages of the client, the letters and the PDF (PRODUCT.md 9). */
export const LOCALES = ["en", "hu", "cs"] as const;
export type Locale = (typeof LOCALES)[number];

/** The BCP 47 tag each language formats dates with (English as written in Europe: 23/11/2026). */
export const INTL_TAGS: Record<Locale, string> = { en: "en-GB", hu: "hu-HU", cs: "cs-CZ" };

export const LOCALE_NAMES: Record<Locale, string> = { en: "English", hu: "Magyar", cs: "Čeština" };

/** The same keys as the English original, every leaf a string. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

export interface FeatureMessages<T> {
  en: T;
  hu: Translation<T>;
  cs: Translation<T>;
}

/**
 * One feature's strings in all three languages, side by side in the feature's folder. The types
 * refuse a missing or an extra key at compile time; `i18n.test.ts` checks placeholders too.
 */
export function defineMessages<T extends object>(
  en: T,
  translations: { hu: Translation<T>; cs: Translation<T> },
): FeatureMessages<T> {
  return { en, ...translations };
}
