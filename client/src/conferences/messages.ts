import { defineMessages } from "../i18n/define";

export const conferencesMessages = defineMessages(
  {
    title: "Conference",
  },
  {
    hu: {
      title: "Konferencia",
    },
    cs: {
      title: "Konference",
    },
  },
);
