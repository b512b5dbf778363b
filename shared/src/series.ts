/**
 * A conference series: typically three meetings, 2–3 months apart (DOMAIN.md, "Series").
 * The next date is suggested ten weeks after the last, moved off the weekend.
 */
export const SERIES_GAP_DAYS = 70;

export function suggestNextDate(last: Date): Date {
  const next = new Date(last.getTime() + SERIES_GAP_DAYS * 24 * 60 * 60 * 1000);
  const day = next.getUTCDay();
  if (day === 6) next.setUTCDate(next.getUTCDate() + 2);
  if (day === 0) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}
