import { caseworkers, type OperationCase } from "../access-expectations.js";

/** Who may run the followup operations (see access-operations.ts). */
export const QUERIES: Record<string, OperationCase> = {
  // Each caseworker sees their own cases' deadlines only (the answer search checks B's stay with B).
  myDeadlines: {
    document: `{ myDeadlines(withinDays: 366) { id kind dueDate case { familyName reference } conference { purpose } task { title } } }`,
    variables: () => ({}),
    expect: caseworkers,
  },
};
export const MUTATIONS: Record<string, OperationCase> = {};
