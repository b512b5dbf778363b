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
    const key = `errors.${error.code}`;
    if (!te(key)) return error.message;
    switch (error.code) {
      case "TOO_MANY_ATTEMPTS":
        return t(key, { time: format.time(typeof x["retryAt"] === "string" ? x["retryAt"] : null) });
      case "ILLEGAL_TRANSITION":
        return t(key, {
          from: t(`conferenceStatus.${String(x["from"])}`),
          to: t(`conferenceStatus.${String(x["to"])}`),
        });
      case "CONFERENCE_NOT_READY": {
        const problems = Array.isArray(x["problems"]) ? (x["problems"] as string[]) : [];
        return t(key, { problems: problems.map((p) => t(`readiness.${p}`)).join(", ") });
      }
      case "CONFERENCE_LOCKED":
        return t(key, { status: t(`conferenceStatus.${String(x["status"])}`) });
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
