/**
 * Today as a calendar day (`YYYY-MM-DD`) where the user is, not in UTC: a child's age and a
 * task's deadline are days on the calendar people live by, and at half past midnight in Budapest
 * it is still yesterday in UTC.
 */
export function localToday(now: Date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
