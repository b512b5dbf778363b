import { createClient, type Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { addParticipant, buildConference, buildReadyConference, buildTask, transition } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/server.js";

/** Subscribes with the stock graphql-ws client and collects every event it receives. */
function subscribe(client: Client, query: string, variables: Record<string, unknown>) {
  const received: Record<string, unknown>[] = [];
  const errors: unknown[] = [];
  const stop = client.subscribe(
    { query, variables },
    { next: (r) => received.push(r.data as Record<string, unknown>), error: (e) => errors.push(e), complete: () => {} },
  );
  return { received, errors, stop };
}

describe.each(databaseTargets)("GraphQL subscriptions over graphql-ws on $name", (target) => {
  let s: TestServer;
  let client: Client;
  beforeAll(async () => {
    s = await startTestServer(target);
    client = createClient({ url: `${s.wsUrl}/graphql`, webSocketImpl: s.WebSocket, lazy: false, keepAlive: 0 });
  });
  afterAll(async () => {
    await client.dispose();
    await s.stop();
  });

  /**
   * The server registers a subscription asynchronously: repeat a warm-up change until its first
   * event arrives. Warm-up events are told apart by their content and left out of assertions.
   */
  async function ready(sub: { received: unknown[] }, trigger: () => Promise<unknown>) {
    await eventually(async () => {
      await trigger();
      expect(sub.received.length).toBeGreaterThan(0);
    });
  }

  it("delivers conferenceChanged after a mutation over HTTP, only for the conference asked about", async () => {
    const watched = await buildConference(s);
    const other = await buildConference(s);
    const sub = subscribe(client, `subscription ($id: ID) { conferenceChanged(id: $id) { id purpose status } }`, {
      id: watched.id,
    });
    const rename = (id: string, purpose: string) =>
      s.gql(`mutation ($id: ID!, $p: String!) { updateConference(id: $id, input: { purpose: $p }) { id } }`, {
        id,
        p: purpose,
      });
    await ready(sub, () => rename(watched.id, "warming up"));

    await rename(other.id, "A change nobody here watches");
    await rename(watched.id, "Plan the return to school together");
    // Events arrive in order: had the other conference's come through, it would be listed first.
    const real = () => sub.received.filter((e) => JSON.stringify(e).indexOf("warming up") < 0);
    await eventually(() =>
      expect(real()).toEqual([
        { conferenceChanged: { id: watched.id, purpose: "Plan the return to school together", status: "DRAFT" } },
      ]),
    );
    expect(sub.errors).toEqual([]);
    sub.stop();
  });

  it("loads each event's relations afresh, never from an earlier event", async () => {
    const conference = await buildConference(s);
    const sub = subscribe(
      client,
      `subscription ($id: ID) { conferenceChanged(id: $id) { purpose participants { role } } }`,
      { id: conference.id },
    );
    const rename = (purpose: string) =>
      s.gql(`mutation ($id: ID!, $p: String!) { updateConference(id: $id, input: { purpose: $p }) { id } }`, {
        id: conference.id,
        p: purpose,
      });
    await ready(sub, () => rename("warming up"));
    await addParticipant(s, conference.id, "FACILITATOR");
    await rename("With a facilitator now");
    await eventually(() =>
      expect(sub.received.at(-1)).toEqual({
        conferenceChanged: { purpose: "With a facilitator now", participants: [{ role: "FACILITATOR" }] },
      }),
    );
    expect(sub.errors).toEqual([]);
    sub.stop();
  });

  it("delivers conferenceChanged with the new status after transitionConference", async () => {
    const conference = await buildReadyConference(s);
    const sub = subscribe(client, `subscription ($id: ID) { conferenceChanged(id: $id) { purpose status } }`, {
      id: conference.id,
    });
    await ready(sub, () =>
      s.gql(`mutation ($id: ID!) { updateConference(id: $id, input: { purpose: "warming up" }) { id } }`, {
        id: conference.id,
      }),
    );
    expect((await transition(s, conference.id, "INVITED")).errors).toBeUndefined();
    await eventually(() =>
      expect(sub.received.at(-1)).toEqual({ conferenceChanged: { purpose: "warming up", status: "INVITED" } }),
    );
    expect(sub.errors).toEqual([]);
    sub.stop();
  });

  it("delivers participantChanged when someone joins the conference, and not for another conference", async () => {
    const watched = await buildConference(s);
    const other = await buildConference(s);
    const sub = subscribe(
      client,
      `subscription ($c: ID!) { participantChanged(conferenceId: $c) { role person { fullName } } }`,
      { c: watched.id },
    );
    await ready(sub, () => addParticipant(s, watched.id, "OBSERVER"));
    const person = async (fullName: string) =>
      (
        await s.gql<{ createPerson: { id: string } }>(
          `mutation ($n: String!) { createPerson(input: { kind: PROFESSIONAL, fullName: $n }) { id } }`,
          { n: fullName },
        )
      ).createPerson.id;
    await addParticipant(s, other.id, "FACILITATOR", await person("Someone elsewhere"));
    await addParticipant(s, watched.id, "FACILITATOR", await person("Éva Tóth"));
    // Events arrive in order: had the other conference's come through, it would be listed first.
    const real = () => sub.received.filter((e) => JSON.stringify(e).indexOf("OBSERVER") < 0);
    await eventually(() =>
      expect(real()).toEqual([{ participantChanged: { role: "FACILITATOR", person: { fullName: "Éva Tóth" } } }]),
    );
    expect(sub.errors).toEqual([]);
    sub.stop();
  });

  it("delivers taskChanged for the case's tasks and not for another case's", async () => {
    const mine = await buildConference(s);
    const theirs = await buildConference(s);
    const task = await buildTask(s, { caseId: mine.caseId, title: "Book the psychologist" });
    const otherTask = await buildTask(s, { caseId: theirs.caseId });
    const sub = subscribe(client, `subscription ($c: ID) { taskChanged(caseId: $c) { title status } }`, {
      c: mine.caseId,
    });
    const setStatus = (id: string, status: string) =>
      s.gql(`mutation ($id: ID!, $s: TaskStatus!) { setTaskStatus(id: $id, status: $s) { id } }`, { id, s: status });
    await ready(sub, () => setStatus(task.id, "OPEN").then(() => setStatus(task.id, "IN_PROGRESS")));

    await setStatus(otherTask.id, "DONE");
    await setStatus(task.id, "DONE");
    // Events arrive in order: had the other case's come through, it would be listed first.
    const real = () => sub.received.filter((e) => JSON.stringify(e).indexOf('"DONE"') >= 0);
    await eventually(() =>
      expect(real()).toEqual([{ taskChanged: { title: "Book the psychologist", status: "DONE" } }]),
    );
    expect(sub.errors).toEqual([]);
    sub.stop();
  });
});
