import type { OperationCase } from "../access-expectations.js";

/** Who may run the followup operations (see access-operations.ts). */
export const QUERIES: Record<string, OperationCase> = {};
export const MUTATIONS: Record<string, OperationCase> = {};
