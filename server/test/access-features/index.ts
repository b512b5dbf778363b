import type { OperationCase } from "../access-expectations.js";
import * as followup from "./followup.js";
import * as invitations from "./invitations.js";
import * as mail from "./mail.js";
import * as signoff from "./signoff.js";

/** Each feature keeps its operations' access rules in its own file here. */
const features = [mail, invitations, signoff, followup];

export const FEATURE_QUERIES: Record<string, OperationCase> = Object.assign({}, ...features.map((f) => f.QUERIES));
export const FEATURE_MUTATIONS: Record<string, OperationCase> = Object.assign({}, ...features.map((f) => f.MUTATIONS));
