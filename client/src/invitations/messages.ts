import { defineMessages } from "../i18n/define";

export const invitationsMessages = defineMessages({}, { hu: {}, cs: {} });
