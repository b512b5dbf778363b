import { useI18n } from "vue-i18n";
import { ApiError } from "../graphql/client";
import { useErrorText } from "../graphql/useErrorText";

/**
 * The sign-off's refusals in words (docs/signoff.md's error codes) with the details they carry;
 * the codes every screen shares go to useErrorText.
 */
export function useSignoffErrorText() {
  const { t } = useI18n();
  const { errorText, fieldError } = useErrorText();

  function signoffErrorText(error: unknown): string {
    if (!(error instanceof ApiError)) return errorText(error);
    const x = error.extensions;
    switch (error.code) {
      case "MINUTES_SUPERSEDED": {
        const number = Number(x["versionNumber"]);
        const latest = Number(x["latestNumber"]);
        // The same number: nothing newer yet, the minutes were reopened and a version is to come.
        return Number.isInteger(latest) && latest !== number
          ? t("signoff.errors.superseded", { number, latest })
          : t("signoff.errors.reopened");
      }
      case "NOT_PRESENT": {
        const attendance = x["attendance"];
        return typeof attendance === "string"
          ? t("signoff.errors.notPresent", { attendance: t(`attendance.${attendance.toUpperCase()}`) })
          : t("signoff.errors.notMarked");
      }
      case "ALREADY_ANSWERED":
        return t("signoff.errors.alreadyAnswered", {
          outcome: t(`signoff.outcome.${String(x["outcome"]).toUpperCase()}`),
        });
      case "BAD_USER_INPUT":
        return fieldError(error, "input.note") ? t("signoff.answer.noteRequired") : errorText(error);
      default:
        return errorText(error);
    }
  }

  return { signoffErrorText };
}
