import { ACTORS, type AccessWorld, type ActorName } from "./access-world.js";

export type Outcome = "allowed" | "not found" | "unauthenticated";
export type Expectation = Record<ActorName, Outcome>;

export interface OperationCase {
  document: string;
  variables(w: AccessWorld): Promise<Record<string, unknown>> | Record<string, unknown>;
  expect: Expectation;
  /** Ends or opens sessions: run with a new session like the actor's, not the shared one. */
  changesSession?: true;
}

/** Allowed for the named actors; the anonymous caller must sign in; everyone else: not found. */
export function only(...allowed: ActorName[]): Expectation {
  return Object.fromEntries(
    ACTORS.map((a) => [a, allowed.includes(a) ? "allowed" : a === "anonymous" ? "unauthenticated" : "not found"]),
  ) as Expectation;
}
export const signedIn = only("admin", "managerA", "staffB", "guestA", "guestB");
export const everyone: Expectation = { ...signedIn, anonymous: "allowed" };
export const staffAccounts: Expectation = {
  ...only("admin", "managerA", "staffB"),
  guestA: "unauthenticated",
  guestB: "unauthenticated",
};
export const caseworkers = only("managerA", "staffB");
export const teamA = only("managerA");
