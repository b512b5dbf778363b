import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BENCH_EMAIL, BENCH_PASSWORD, seedCaseList } from "../../bench/seed.js";
import { databaseTargets } from "../../test/databases.js";
import { startTestServer, type TestClient, type TestServer } from "../../test/server.js";
import { sqlCounter } from "../../test/sql-counter.js";

interface Page {
  cases: {
    nodes: {
      conferences: { participants: { person: { fullName: string; institution?: { name: string } | null } }[] }[];
    }[];
  };
}

/** Three levels under a page of cases, where an N+1 would show: conferences, participants, persons. */
const LIST = `query ($first: Int!) { cases(first: $first) { nodes {
  reference conferences { status participants { role person { fullName } } }
} } }`;

/** The case list page of the client, with every relation it shows. */
const FULL_PAGE = `query ($first: Int!) { cases(first: $first) { totalCount nodes {
  reference children { fullName } caseManager { fullName }
  conferences { status participants { role person { fullName institution { name } } } }
} } }`;

describe.each(databaseTargets)("the case list on $name", (target) => {
  const counter = sqlCounter();
  let s: TestServer;
  let bench: TestClient;
  beforeAll(async () => {
    s = await startTestServer(target, { logger: counter });
    await seedCaseList(s.db.dataSource, { cases: 60, conferencesPerCase: 2, participantsPerConference: 3 });
    bench = await s.signIn(BENCH_EMAIL, BENCH_PASSWORD);
  });
  afterAll(() => s.stop());

  /** Statements sent for one page; the answer must really hold 2 conferences × 3 participants a case. */
  async function statementsFor(query: string, first: number) {
    counter.reset();
    const data = await bench.gql<Page>(query, { first });
    const statements = counter.count;
    expect(data.cases.nodes).toHaveLength(first);
    expect(data.cases.nodes.every((c) => c.conferences.length === 2)).toBe(true);
    const participants = data.cases.nodes.flatMap((c) => c.conferences.flatMap((conf) => conf.participants));
    expect(participants).toHaveLength(first * 6);
    expect(participants.every((p) => p.person.fullName.startsWith("Professional "))).toBe(true);
    return statements;
  }

  it("costs 1 + 5 SQL statements for a page of 50 cases with conferences, participants and persons, as for 5", async () => {
    const five = await statementsFor(LIST, 5);
    const fifty = await statementsFor(LIST, 50);
    console.log(`${target.name}: ${fifty} SQL statements for 50 cases × 2 conferences × 3 participants`);
    expect(fifty).toBe(five);
    // Who is asking (the session with its account, its cases and its seats, in one statement),
    // count, page, then one batch each: conferences, participants, persons.
    expect(fifty).toBe(1 + 5);
  });

  it("costs 1 + 8 SQL statements for the full case-list page of 50, as for 5", async () => {
    const five = await statementsFor(FULL_PAGE, 5);
    const fifty = await statementsFor(FULL_PAGE, 50);
    console.log(`${target.name}: ${fifty} SQL statements for the full case-list page of 50`);
    expect(fifty).toBe(five);
    // Who is asking (1), count and page, then one batch each: children, case managers,
    // conferences, participants, their persons, and those persons' institutions.
    expect(fifty).toBe(1 + 8);
  });
});
