import { defineMessages } from "../i18n/define";

export const roomMessages = defineMessages(
  {
    title: "Meeting room",
  },
  {
    hu: {
      title: "Tárgyaló",
    },
    cs: {
      title: "Jednací místnost",
    },
  },
);
