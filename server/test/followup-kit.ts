import { expect } from "vitest";
import type { DataSource } from "typeorm";
import { transition } from "./factories.js";
import type { TestClient } from "./server.js";

type Api = Pick<TestClient, "gql" | "request">;

/** Moves a ready conference through the lifecycle over the API: invited, live, then each further status. */
export async function advance(s: Api, conferenceId: string, to: "live" | "signing" | "closed"): Promise<void> {
  const path = ["INVITED", "LIVE", "SIGNING", "CLOSED"];
  for (const status of path.slice(0, path.indexOf(to.toUpperCase()) + 1)) {
    const res = await transition(s, conferenceId, status);
    expect(res.errors, `to ${status}`).toBeUndefined();
  }
}

/**
 * Dates a conference's history as if it had happened then: the meeting went live at `heldAt`,
 * ended (to signing) at `endedAt`, was closed at `closedAt`. The clocks and the log read the history.
 */
export async function backdate(
  db: DataSource,
  conferenceId: string,
  times: { heldAt?: Date; endedAt?: Date; closedAt?: Date },
): Promise<void> {
  const set = async (status: string, at: Date | undefined) => {
    if (!at) return;
    await db.query(
      `UPDATE conference_status_changes SET "changedAt" = $3 WHERE "conferenceId" = $1 AND "toStatus" = $2`,
      [conferenceId, status, at],
    );
  };
  await set("live", times.heldAt);
  await set("signing", times.endedAt);
  await set("closed", times.closedAt);
}

/** An instant `days` days from now (negative: ago). */
export const daysFromNow = (days: number, from = new Date()) => new Date(from.getTime() + days * 86_400_000);
