import { computed, ref, shallowRef } from "vue";
import type { ConferenceKind, Language } from "../graphql/enums";
import type { ConferenceInput, ConferencePatch } from "../graphql/generated/graphql";

/**
 * A conference's details as the form holds them: text as text, the day as a Date (its local
 * calendar day counts) and the time of day as "14:30". Date and time are two fields because
 * PrimeVue's DatePicker with a 24-hour time drops a typed value (primefaces/primevue#8598):
 * the day is picked or typed in the DatePicker, the time typed.
 */
export interface ConferenceFormValues {
  purpose: string;
  kind: ConferenceKind;
  language: Language;
  date: Date | null;
  time: string;
  plannedDurationMinutes: number | null;
  place: string;
  onlineLink: string;
}

export type FormField = keyof ConferenceFormValues;
/** The API's field codes (docs/api.md), so a problem found here reads like one the server found. */
export type FormProblem = "REQUIRED" | "TOO_LONG" | "OUT_OF_RANGE" | "INVALID_URL" | "INVALID_TIME";

/** An hour and a half: long enough for the default agenda, short enough to find a slot. */
export const DEFAULT_DURATION = 90;
/** The API's limits (ConferenceInput). */
export const DURATION = { min: 15, max: 480 } as const;
export const PURPOSE_MAX = 4000;
export const PLACE_MAX = 200;
export const LINK_MAX = 1000;

export function emptyForm(language: Language): ConferenceFormValues {
  return {
    purpose: "",
    kind: "CONFERENCE",
    language,
    date: null,
    time: "",
    plannedDurationMinutes: DEFAULT_DURATION,
    place: "",
    onlineLink: "",
  };
}

export interface ConferenceDetails {
  purpose: string;
  kind: ConferenceKind;
  language: Language;
  scheduledStart: string | null;
  plannedDurationMinutes: number;
  place: string | null;
  onlineLink: string | null;
}

const two = (n: number) => String(n).padStart(2, "0");

/** "9:05" or "09:05" → hours and minutes; null for anything that is not a time of day. */
export function parseTime(text: string): { hours: number; minutes: number } | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours <= 23 && minutes <= 59 ? { hours, minutes } : null;
}

/** The moment the day and the time of day name, in the browser's time zone; null unless both are there. */
export function combineStart(date: Date | null, time: string): Date | null {
  const t = parseTime(time);
  if (!date || !t) return null;
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), t.hours, t.minutes);
}

export function splitStart(start: Date | null): { date: Date | null; time: string } {
  if (!start) return { date: null, time: "" };
  return {
    date: new Date(start.getFullYear(), start.getMonth(), start.getDate()),
    time: `${two(start.getHours())}:${two(start.getMinutes())}`,
  };
}

export function formFromConference(c: ConferenceDetails): ConferenceFormValues {
  return {
    purpose: c.purpose,
    kind: c.kind,
    language: c.language,
    ...splitStart(c.scheduledStart ? new Date(c.scheduledStart) : null),
    plannedDurationMinutes: c.plannedDurationMinutes,
    place: c.place ?? "",
    onlineLink: c.onlineLink ?? "",
  };
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** What the API would refuse, found before sending. */
export function validateForm(v: ConferenceFormValues): Partial<Record<FormField, FormProblem>> {
  const problems: Partial<Record<FormField, FormProblem>> = {};
  if (v.purpose.trim() === "") problems.purpose = "REQUIRED";
  else if (v.purpose.length > PURPOSE_MAX) problems.purpose = "TOO_LONG";
  const d = v.plannedDurationMinutes;
  if (d === null) problems.plannedDurationMinutes = "REQUIRED";
  else if (!Number.isInteger(d) || d < DURATION.min || d > DURATION.max)
    problems.plannedDurationMinutes = "OUT_OF_RANGE";
  // A day without a time (or the reverse) would silently save no time at all.
  const time = v.time.trim();
  if (time !== "" && !parseTime(time)) problems.time = "INVALID_TIME";
  else if (v.date && time === "") problems.time = "REQUIRED";
  else if (!v.date && time !== "") problems.date = "REQUIRED";
  if (v.place.length > PLACE_MAX) problems.place = "TOO_LONG";
  const link = v.onlineLink.trim();
  if (link.length > LINK_MAX) problems.onlineLink = "TOO_LONG";
  else if (link !== "" && !isWebAddress(link)) problems.onlineLink = "INVALID_URL";
  return problems;
}

const startOf = (v: ConferenceFormValues) => combineStart(v.date, v.time)?.getTime() ?? null;
const startIso = (v: ConferenceFormValues) => combineStart(v.date, v.time)?.toISOString() ?? null;

/** The API's fields: the day and the time are one `scheduledStart`. */
export type ApiField = Exclude<FormField, "date" | "time"> | "scheduledStart";

/** The fields whose values differ; text compared as it would be saved (trimmed). */
export function changedFields(a: ConferenceFormValues, b: ConferenceFormValues): ApiField[] {
  const fields: ApiField[] = [];
  if (a.purpose.trim() !== b.purpose.trim()) fields.push("purpose");
  if (a.kind !== b.kind) fields.push("kind");
  if (a.language !== b.language) fields.push("language");
  if (startOf(a) !== startOf(b)) fields.push("scheduledStart");
  if (a.plannedDurationMinutes !== b.plannedDurationMinutes) fields.push("plannedDurationMinutes");
  if (a.place.trim() !== b.place.trim()) fields.push("place");
  if (a.onlineLink.trim() !== b.onlineLink.trim()) fields.push("onlineLink");
  return fields;
}

const textOrNull = (s: string) => (s.trim() === "" ? null : s.trim());

export function toInput(caseId: string, v: ConferenceFormValues): ConferenceInput {
  return {
    caseId,
    purpose: v.purpose.trim(),
    kind: v.kind,
    language: v.language,
    scheduledStart: startIso(v),
    plannedDurationMinutes: v.plannedDurationMinutes ?? DEFAULT_DURATION,
    place: textOrNull(v.place),
    onlineLink: textOrNull(v.onlineLink),
  };
}

/** Only what changed: a patch's absent field keeps its value, null clears place, link and time. */
export function toPatch(baseline: ConferenceFormValues, v: ConferenceFormValues): ConferencePatch {
  const patch: ConferencePatch = {};
  for (const field of changedFields(baseline, v)) {
    switch (field) {
      case "purpose":
        patch.purpose = v.purpose.trim();
        break;
      case "kind":
        patch.kind = v.kind;
        break;
      case "language":
        patch.language = v.language;
        break;
      case "scheduledStart":
        patch.scheduledStart = startIso(v);
        break;
      case "plannedDurationMinutes":
        if (v.plannedDurationMinutes !== null) patch.plannedDurationMinutes = v.plannedDurationMinutes;
        break;
      case "place":
        patch.place = textOrNull(v.place);
        break;
      case "onlineLink":
        patch.onlineLink = textOrNull(v.onlineLink);
        break;
    }
  }
  return patch;
}

const copy = (v: ConferenceFormValues): ConferenceFormValues => ({
  ...v,
  date: v.date ? new Date(v.date) : null,
});

/**
 * The conference form's state: the values being edited against the last saved ones (dirty),
 * the problems to show, and whether a save may go. Problems show from the first save attempt
 * on, not when a field is left: a message appearing on blur moves the save button away from
 * under the pointer that is just clicking it.
 */
export function useConferenceForm(initial: ConferenceFormValues) {
  const baseline = shallowRef(copy(initial));
  const values = ref(copy(initial));
  const submitted = ref(false);

  const problems = computed(() => validateForm(values.value));
  const valid = computed(() => Object.keys(problems.value).length === 0);
  const changed = computed(() => changedFields(baseline.value, values.value));
  const dirty = computed(() => changed.value.length > 0);

  /** The problem of a field, once a save was tried; from then on it follows the typing. */
  function shownProblem(field: FormField): FormProblem | null {
    return submitted.value ? (problems.value[field] ?? null) : null;
  }

  /** Whether any field shows a problem now (for one summary line near the save button). */
  const hasShownProblems = computed(() =>
    (Object.keys(problems.value) as FormField[]).some((field) => shownProblem(field) !== null),
  );

  /** Marks a save attempt; answers whether the values may be sent. */
  function attempt(): boolean {
    submitted.value = true;
    return valid.value;
  }

  /** After a save (or when the saved conference changed and nothing was edited): a new baseline. */
  function reset(next: ConferenceFormValues): void {
    baseline.value = copy(next);
    values.value = copy(next);
    submitted.value = false;
  }

  return {
    values,
    baseline,
    problems,
    valid,
    dirty,
    changed,
    shownProblem,
    hasShownProblems,
    attempt,
    reset,
    toInput: (caseId: string) => toInput(caseId, values.value),
    toPatch: () => toPatch(baseline.value, values.value),
  };
}

export type ConferenceForm = ReturnType<typeof useConferenceForm>;
