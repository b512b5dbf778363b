import { createI18n } from "vue-i18n";
import { casesMessages } from "../cases/messages";
import { conferencesMessages } from "../conferences/messages";
import { followupMessages } from "../followup/messages";
import { invitationsMessages } from "../invitations/messages";
import { meetingMessages } from "../room/meeting/messages";
import { roomMessages } from "../room/messages";
import { planMessages } from "../room/plan/messages";
import { sessionMessages } from "../session/messages";
import { signoffMessages } from "../signoff/messages";
import { tasksMessages } from "../tasks/messages";
import { common } from "./common";
import { LOCALES, type FeatureMessages, type Locale } from "./define";

/** Every feature's strings, each under its folder's name (`t("room.raiseHand")`). */
const features = {
  session: sessionMessages,
  cases: casesMessages,
  conferences: conferencesMessages,
  room: roomMessages,
  meeting: meetingMessages,
  plan: planMessages,
  tasks: tasksMessages,
  invitations: invitationsMessages,
  signoff: signoffMessages,
  followup: followupMessages,
} satisfies Record<string, FeatureMessages<object>>;

function messagesFor(locale: Locale) {
  const own = Object.fromEntries(Object.entries(features).map(([name, m]) => [name, m[locale]]));
  return { ...common[locale], ...own };
}

export const messages = Object.fromEntries(LOCALES.map((l) => [l, messagesFor(l)])) as Record<
  Locale,
  ReturnType<typeof messagesFor>
>;

const STORAGE_KEY = "roundtable.locale";

function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The saved choice, else the browser's first language we speak, else English. */
export function initialLocale(): Locale {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (isLocale(saved)) return saved;
  for (const tag of globalThis.navigator?.languages ?? []) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLocale(base)) return base;
  }
  return "en";
}

export function rememberLocale(locale: Locale): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
}

export function createAppI18n(locale: Locale = initialLocale()) {
  return createI18n({ legacy: false, locale, fallbackLocale: "en", messages, missingWarn: false, fallbackWarn: false });
}
