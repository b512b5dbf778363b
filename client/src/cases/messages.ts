import { defineMessages } from "../i18n/define";

export const casesMessages = defineMessages(
  {
    title: "Cases",
  },
  {
    hu: {
      title: "Esetek",
    },
    cs: {
      title: "Případy",
    },
  },
);
