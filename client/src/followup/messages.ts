import { defineMessages } from "../i18n/define";

export const followupMessages = defineMessages({}, { hu: {}, cs: {} });
