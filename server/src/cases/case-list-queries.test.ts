import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCaseList } from "../../bench/seed.js";
import { databaseTargets } from "../../test/databases.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { sqlCounter } from "../../test/sql-counter.js";

const PAGE = `query ($first: Int!) { cases(first: $first) { totalCount nodes {
  reference children { fullName } caseManager { fullName }
  conferences { status participants { role person { fullName institution { name } } } }
} } }`;

describe.each(databaseTargets)("the case list on $name", (target) => {
  const counter = sqlCounter();
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(target, { logger: counter });
    await seedCaseList(s.db.dataSource, { cases: 60, conferencesPerCase: 2, participantsPerConference: 3 });
  });
  afterAll(() => s.stop());

  async function statementsFor(first: number) {
    counter.reset();
    const data = await s.gql<{
      cases: { nodes: { conferences: { participants: { person: { institution: { name: string } | null } }[] }[] }[] };
    }>(PAGE, { first });
    expect(data.cases.nodes).toHaveLength(first);
    const participants = data.cases.nodes.flatMap((c) => c.conferences.flatMap((conf) => conf.participants));
    expect(participants).toHaveLength(first * 6);
    expect(participants.every((p) => p.person.institution?.name === "Oak Street Primary School")).toBe(true);
    return counter.count;
  }

  it("costs the same few SQL statements for a page of 50 cases as for a page of 5", async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    console.log(`${target.name}: ${fifty} SQL statements for 50 cases with conferences, participants and persons`);
    expect(fifty).toBe(five);
    // count and page, then one batch each: children, case managers, conferences, participants,
    // their persons, and those persons' institutions.
    expect(fifty).toBe(8);
  });
});
