import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { addParticipant, buildConference, issueGuestLink, transition } from "../../test/factories.js";
import { startTestServer, type TestClient, type TestServer } from "../../test/server.js";

const ACCESS = `query ($id: ID!) { conference(id: $id) { viewerAccess { participantId role canPrepare canRun canEditLive } } }`;

async function accessOf(client: TestClient, id: string) {
  return (await client.gql<{ conference: { viewerAccess: Record<string, unknown> } }>(ACCESS, { id })).conference
    .viewerAccess;
}

describe.each(databaseTargets)("what a caller may do with a conference, on $name", (target) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(target);
  }, 60_000);
  afterAll(() => s.stop());

  it("follows the policy for the case team, the facilitator, a guest and an observer", async () => {
    const conference = await buildConference(s);
    const facilitatorSeat = await addParticipant(s, conference.id, "FACILITATOR");
    const guestSeat = await addParticipant(s, conference.id, "PROFESSIONAL");
    const observerSeat = await addParticipant(s, conference.id, "OBSERVER");
    const facilitator = await s.staff({ personId: facilitatorSeat.personId });
    const guest = await s.guest((await issueGuestLink(s, guestSeat.id)).token);
    const observer = await s.guest((await issueGuestLink(s, observerSeat.id)).token);

    // In draft the live document does not exist yet: nobody writes in it.
    expect(await accessOf(s, conference.id)).toEqual({
      participantId: null,
      role: null,
      canPrepare: true,
      canRun: true,
      canEditLive: false,
    });
    expect((await transition(s, conference.id, "INVITED")).errors).toBeUndefined();

    expect(await accessOf(facilitator, conference.id)).toEqual({
      participantId: facilitatorSeat.id,
      role: "FACILITATOR",
      canPrepare: false,
      canRun: true,
      canEditLive: true,
    });
    expect(await accessOf(guest, conference.id)).toEqual({
      participantId: guestSeat.id,
      role: "PROFESSIONAL",
      canPrepare: false,
      canRun: false,
      canEditLive: true,
    });
    expect(await accessOf(observer, conference.id)).toMatchObject({ role: "OBSERVER", canEditLive: false });

    await transition(s, conference.id, "LIVE");
    await transition(s, conference.id, "SIGNING");
    expect(await accessOf(guest, conference.id)).toMatchObject({ canEditLive: false });
  });
});
