import { useI18n } from "vue-i18n";
import { useFormat } from "../i18n/useFormat";
import { ApiError } from "./client";

/** The API's refusals in the user's language: by stable code, with the details the code carries. */
export function useErrorText() {
  const { t, te } = useI18n();
  const format = useFormat();

  function errorText(error: unknown): string {
    if (!(error instanceof ApiError)) return t("errors.INTERNAL_SERVER_ERROR");
    const x = error.extensions;
    // The details carry shared's lowercase values (`draft`, `purpose_missing`); our keys are the API's capitals.
    const word = (group: string, value: unknown) => t(`${group}.${String(value).toUpperCase()}`);
    const key = `errors.${error.code}`;
    if (!te(key)) return error.message;
    switch (error.code) {
      case "TOO_MANY_ATTEMPTS":
        return t(key, { time: format.time(typeof x["retryAt"] === "string" ? x["retryAt"] : null) });
      case "ILLEGAL_TRANSITION":
        return t(key, {
          from: word("conferenceStatus", x["from"]),
          to: word("conferenceStatus", x["to"]),
        });
      case "CONFERENCE_NOT_READY": {
        const problems = Array.isArray(x["problems"]) ? (x["problems"] as string[]) : [];
        return t(key, { problems: problems.map((p) => word("readiness", p)).join(", ") });
      }
      case "CONFERENCE_LOCKED":
        return t(key, { status: word("conferenceStatus", x["status"]) });
      default:
        return t(key);
    }
  }

  /** The error of one input (`input.purpose`), if the API named it. */
  function fieldError(error: unknown, path: string): string | null {
    if (!(error instanceof ApiError)) return null;
    const field = error.fields.find((f) => f.path === path || f.path.endsWith(`.${path}`));
    if (!field) return null;
    const key = `fieldErrors.${field.code}`;
    return te(key) ? t(key) : field.message;
  }

  return { errorText, fieldError };
}
