import { defineMessages } from "../i18n/define";

export const tasksMessages = defineMessages(
  {
    title: "My tasks",
  },
  {
    hu: {
      title: "Feladataim",
    },
    cs: {
      title: "Moje úkoly",
    },
  },
);
