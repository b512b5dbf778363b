import type { Language } from "../graphql/enums";

export interface AgendaDraftItem {
  title: string;
  timeboxMinutes: number;
}

/**
 * The default agenda: built on strengths, worries and next steps, not on a list of the family's
 * failures (DOMAIN.md, traps 2 and 4), and opened with the frame (trap 5: time and confidentiality
 * stated at the start). The titles are in the conference's language, since they go into the
 * letters and the minutes, not in the language of whoever prepares it.
 */
const SECTIONS = ["frame", "strengths", "worries", "familyWishes", "tasks", "informing"] as const;
type Section = (typeof SECTIONS)[number];

/** Each section's share of the meeting: strengths before worries, and the agreement gets the most. */
const WEIGHTS: Record<Section, number> = {
  frame: 10,
  strengths: 20,
  worries: 15,
  familyWishes: 15,
  tasks: 30,
  informing: 10,
};

const TITLES: Record<Language, Record<Section, string>> = {
  EN: {
    frame: "Welcome, the purpose, the time frame and confidentiality",
    strengths: "What is going well: strengths and resources",
    worries: "What we are worried about",
    familyWishes: "What the family wants",
    tasks: "Agreeing the tasks: who, what, by when, and how we will know it worked",
    informing: "How we keep each other informed; the next meeting",
  },
  HU: {
    frame: "Köszöntés, a megbeszélés célja, időkerete és a titoktartás",
    strengths: "Ami jól megy: erősségek és erőforrások",
    worries: "Ami miatt aggódunk",
    familyWishes: "Amit a család szeretne",
    tasks: "A feladatok: ki, mit, milyen határidőre, és miből látjuk, hogy sikerült",
    informing: "Hogyan tájékoztatjuk egymást; a következő megbeszélés",
  },
  CS: {
    frame: "Přivítání, účel setkání, časový rámec a mlčenlivost",
    strengths: "Co se daří: silné stránky a zdroje",
    worries: "Čeho se obáváme",
    familyWishes: "Co si přeje rodina",
    tasks: "Dohoda o úkolech: kdo, co, do kdy a podle čeho poznáme, že se to podařilo",
    informing: "Jak se budeme vzájemně informovat; další setkání",
  },
};

/**
 * Splits `total` into whole steps in proportion to `weights` (largest remainder first), each
 * share at least one step, so the parts always add up to the total when it has enough steps.
 */
export function apportion(total: number, weights: readonly number[], step: number): number[] {
  const steps = Math.floor(total / step);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (steps < weights.length) return weights.map(() => step);
  const exact = weights.map((w) => (steps * w) / sum);
  const shares = exact.map((x) => Math.max(1, Math.floor(x)));
  let left = steps - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    left--;
  }
  // The one-step minimums may have overspent: the largest shares give the steps back.
  while (left < 0) {
    const largest = shares.indexOf(Math.max(...shares));
    shares[largest] = (shares[largest] ?? 1) - 1;
    left++;
  }
  const parts = shares.map((s) => s * step);
  // What whole steps could not hold (a total that is not a multiple of the step) goes to the last.
  const rest = total - parts.reduce((a, b) => a + b, 0);
  const last = parts.length - 1;
  parts[last] = (parts[last] ?? 0) + rest;
  return parts;
}

/**
 * The template for a meeting of `durationMinutes`, in `language`: timeboxes in five-minute steps
 * that fill the planned time exactly (one-minute steps for meetings too short for that).
 */
export function defaultAgenda(language: Language, durationMinutes: number): AgendaDraftItem[] {
  const titles = TITLES[language];
  const step = durationMinutes >= 60 ? 5 : 1;
  const minutes = apportion(
    durationMinutes,
    SECTIONS.map((s) => WEIGHTS[s]),
    step,
  );
  return SECTIONS.map((section, i) => ({ title: titles[section], timeboxMinutes: minutes[i] ?? step }));
}
