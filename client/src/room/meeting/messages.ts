import { defineMessages } from "../../i18n/define";

export const meetingMessages = defineMessages(
  {
    title: "Agenda",
  },
  {
    hu: {
      title: "Napirend",
    },
    cs: {
      title: "Program",
    },
  },
);
