import { defineMessages } from "../../i18n/define";

export const planMessages = defineMessages(
  {
    title: "Cooperation plan",
  },
  {
    hu: {
      title: "Együttműködési terv",
    },
    cs: {
      title: "Plán spolupráce",
    },
  },
);
