import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTORS, buildAccessWorld, type AccessWorld, type ActorName } from "../../test/access-world.js";
import { databaseTargets } from "../../test/databases.js";
import { eventually } from "../../test/eventually.js";
import { startTestServer, type GraphQLResponse, type TestServer } from "../../test/server.js";
import { buildRoundtableSchema } from "../graphql/schema.js";
import { createEvents } from "../graphql/pubsub.js";
import type { Outcome } from "../../test/access-expectations.js";
import { MUTATIONS, QUERIES, SUBSCRIPTIONS } from "../../test/access-operations.js";

function outcomeOf(body: GraphQLResponse<unknown>): Outcome | string {
  const code = body.errors?.[0]?.extensions?.code;
  if (!body.errors?.length) return "allowed";
  if (code === "NOT_FOUND") return "not found";
  if (code === "UNAUTHENTICATED") return "unauthenticated";
  return `${code}: ${body.errors[0]?.message}`;
}

describe("the schema's operations", () => {
  it("each have an access rule in the matrix", async () => {
    const schema = await buildRoundtableSchema(createEvents());
    const names = (type: { getFields(): object } | null | undefined) => Object.keys(type?.getFields() ?? {}).sort();
    expect(names(schema.getQueryType())).toEqual(Object.keys(QUERIES).sort());
    expect(names(schema.getMutationType())).toEqual(Object.keys(MUTATIONS).sort());
    expect(names(schema.getSubscriptionType())).toEqual(Object.keys(SUBSCRIPTIONS).sort());
  });
});

describe.each(databaseTargets)("the access matrix on $name", (target) => {
  let s: TestServer;
  let w: AccessWorld;
  /** Every answer each actor received, searched at the end for what they must not learn. */
  const answers: Record<ActorName, string[]> = Object.fromEntries(ACTORS.map((a) => [a, []])) as never;

  beforeAll(async () => {
    s = await startTestServer(target);
    w = await buildAccessWorld(s);
  }, 60_000);
  afterAll(() => s.stop());

  const operations = { ...QUERIES, ...MUTATIONS };
  const table = Object.keys(operations).flatMap((name) => ACTORS.map((actor) => [name, actor] as const));

  it.each(table)("%s as %s", async (name, actor) => {
    const op = operations[name]!;
    const client = op.changesSession ? await w.fresh(actor) : w.actors[actor];
    const body = await client.request(op.document, await op.variables(w));
    answers[actor].push(JSON.stringify(body));
    expect(outcomeOf(body)).toBe(op.expect[actor]);
  });

  const subscriptions = Object.entries(SUBSCRIPTIONS).flatMap(([name]) =>
    ACTORS.map((actor) => [name, actor] as const),
  );

  it.each(subscriptions)("subscription %s as %s", async (name, actor) => {
    const op = SUBSCRIPTIONS[name]!;
    const client = createClient({
      url: `${s.wsUrl}/graphql`,
      webSocketImpl: w.actors[actor].WebSocket,
      retryAttempts: 0,
    });
    const events: unknown[] = [];
    const errors: GraphQLResponse<unknown>[] = [];
    try {
      client.subscribe(
        { query: op.document, variables: await op.variables(w) },
        {
          next: (r) => (r.errors ? errors.push(r as GraphQLResponse<unknown>) : events.push(r.data)),
          error: (e) => errors.push({ errors: Array.isArray(e) ? e : [{ message: String(e) }] }),
          complete: () => {},
        },
      );
      await eventually(async () => {
        if (op.expect[actor] === "allowed") await op.trigger(w);
        expect(events.length + errors.length).toBeGreaterThan(0);
      });
      const body = errors[0] ?? { data: events[0] };
      answers[actor].push(JSON.stringify(body));
      expect(outcomeOf(body)).toBe(op.expect[actor]);
    } finally {
      await client.dispose();
    }
  });

  it("never lets an answer carry what its reader may not know: other cases, or the reporter", () => {
    for (const actor of ACTORS) {
      const all = answers[actor].join("\n");
      expect(all.length).toBeGreaterThan(1000);
      for (const marker of w.forbidden[actor]) expect(all, `${actor} read ${marker}`).not.toContain(marker);
    }
  });
});
