import type { DeadlineKind, FollowupDeadlineFragment } from "../graphql/generated/graphql";
import { INTL_TAGS, type Locale } from "../i18n/define";

export type Deadline = FollowupDeadlineFragment;

/** What ordering looks at. */
type Orderable = Pick<Deadline, "id" | "kind" | "dueDate" | "overdue" | "met">;

/** On the same day the meeting's paperwork comes first and tasks last, as the server orders them. */
const KIND_ORDER: Record<DeadlineKind, number> = { MINUTES: 0, NEXT_CONFERENCE: 1, EVALUATION: 2, TASK: 3 };

/**
 * Most urgent first: what is not met before what is, overdue before the rest (the longest overdue
 * first), then by due date; ties by kind and id, so the list never jumps. The server sends them
 * in this order already; a list put together on the client keeps it.
 */
export function orderDeadlines<T extends Orderable>(deadlines: readonly T[]): T[] {
  return [...deadlines].sort(
    (a, b) =>
      Number(a.met) - Number(b.met) ||
      Number(b.overdue) - Number(a.overdue) ||
      a.dueDate.localeCompare(b.dueDate) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.id.localeCompare(b.id),
  );
}

/** How a deadline is drawn: the colour comes with words (`countdown`), never alone. */
export type Urgency = "met" | "overdue" | "soon" | "later";

/** Within a week counts as soon. */
export const SOON_DAYS = 7;

export function urgency(d: Pick<Deadline, "met" | "overdue" | "daysLeft">): Urgency {
  if (d.met) return "met";
  if (d.overdue) return "overdue";
  return d.daysLeft <= SOON_DAYS ? "soon" : "later";
}

export type PluralForm = "one" | "few" | "many" | "other";

/** The plural form of a count in a language (Czech: 1 den, 2 dny, 5 dní). */
export function pluralForm(locale: Locale, n: number): PluralForm {
  const form = new Intl.PluralRules(INTL_TAGS[locale] ?? INTL_TAGS.en).select(n);
  return form === "one" || form === "few" || form === "many" ? form : "other";
}

export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** "3 days left", "due today", "2 days overdue", "done": the state of a deadline in words. */
export function countdown(d: Pick<Deadline, "met" | "overdue" | "daysLeft">, t: Translate, locale: Locale): string {
  if (d.met) return t("followup.state.met");
  if (d.overdue) {
    const n = Math.max(1, -d.daysLeft);
    return t(`followup.state.daysOverdue.${pluralForm(locale, n)}`, { n });
  }
  if (d.daysLeft <= 0) return t("followup.state.dueToday");
  return t(`followup.state.daysLeft.${pluralForm(locale, d.daysLeft)}`, { n: d.daysLeft });
}

/** The activity log as a spreadsheet, in the language the screen is in (docs/followup.md). */
export function activityCsvHref(caseId: string, locale: Locale): string {
  return `/cases/${encodeURIComponent(caseId)}/activity.csv?lang=${locale}`;
}
