/** A person's age in whole months, which the screen shows as years, or as months while small. */
export interface Age {
  years: number;
  months: number;
}

const parts = (day: string) => day.slice(0, 10).split("-").map(Number) as [number, number, number];

/**
 * The completed years and months between a birth date and a day (both `YYYY-MM-DD`), counted
 * on the calendar: a month is complete on the same day of a later month, or on the first day
 * after it when that month is too short (born on 31 January: one month old on 1 March; born on
 * 29 February: a year older on 1 March in other years). Null for a birth date after the day:
 * a typing error to show as unknown, not as a negative age.
 */
export function ageOn(birthDate: string, day: string): Age | null {
  const [by, bm, bd] = parts(birthDate);
  const [ty, tm, td] = parts(day);
  if ([by, bm, bd, ty, tm, td].some((n) => !Number.isFinite(n))) return null;
  const months = (ty - by) * 12 + (tm - bm) - (td < bd ? 1 : 0);
  if (months < 0) return null;
  return { years: Math.floor(months / 12), months };
}

/**
 * "9 years", "18 months": in months below two years, where a year says too little about a small
 * child. Intl chooses the plural (Czech "2 roky", "5 let"), so no message needs plural forms.
 */
export function formatAge(age: Age, intlTag: string): string {
  const unit = age.years >= 2 ? "year" : "month";
  return new Intl.NumberFormat(intlTag, { style: "unit", unit, unitDisplay: "long" }).format(
    unit === "year" ? age.years : age.months,
  );
}
