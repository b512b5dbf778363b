import { createMemoryHistory, createRouter } from "vue-router";
import type { Deadline } from "./deadlines";

const Empty = { template: "<div />" };

/** A router with the pages a deadline links to (its case, its conference), each empty. */
export const linkRouter = () =>
  createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: "/", component: Empty },
      { path: "/cases/:id", name: "case", component: Empty },
      { path: "/conferences/:id", name: "conference", component: Empty },
    ],
  });

/** A deadline as the API sends it: an open task due in a week, unless told otherwise. */
export function buildDeadline(overrides: Partial<Deadline> = {}): Deadline {
  return {
    id: "task:t1",
    kind: "TASK",
    dueDate: "2026-03-10",
    windowStart: null,
    since: null,
    overdue: false,
    daysLeft: 7,
    met: false,
    metAt: null,
    lastReminder: null,
    conference: { id: "conf-1", seriesIndex: 1, kind: "CONFERENCE" },
    plannedConference: null,
    task: { id: "t1", title: "Book the psychologist", ownerPerson: { id: "p1", fullName: "Kiss Gábor" } },
    ...overrides,
  };
}
