import { defineMessages } from "../i18n/define";

export const signoffMessages = defineMessages({}, { hu: {}, cs: {} });
