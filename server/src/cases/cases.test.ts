import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { buildCase, buildConference, buildPerson, buildTask } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { Case } from "./case.entity.js";
import { Child } from "./child.entity.js";

const CASE = `query ($id: ID!) { case(id: $id) {
  reference familyName status flags
  children { fullName birthDate }
  caseManager { fullName }
  professionals { fullName }
  reporter { name contact }
  conferences { seriesIndex purpose }
  openTasks { title }
} }`;

const CREATE = `mutation ($input: CaseInput!) { createCase(input: $input) { id } }`;

describe.each(databaseTargets)("cases over HTTP on $name", (target) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(target);
  });
  afterAll(() => s.stop());
  const count = () => s.db.dataSource.getRepository(Case).count();

  it("opens a case with children, flags, team and the closed reporter record", async () => {
    const manager = await buildPerson(s, { fullName: "Anna Szabó", profession: "CASE_MANAGER" });
    const teacher = await buildPerson(s, { fullName: "Péter Nagy" });
    const { createCase } = await s.gql<{ createCase: { id: string } }>(CREATE, {
      input: {
        reference: "RT-1",
        familyName: "Kovács",
        flags: ["PREVENTIVE_PROBATION"],
        caseManagerId: manager.id,
        professionalIds: [teacher.id],
        children: [
          { fullName: "Bence Kovács", birthDate: "2013-03-12" },
          { fullName: "Lili Kovács", birthDate: "2020-08-30" },
        ],
        reporter: { name: "A neighbour", contact: "+36 1 555 0199" },
      },
    });
    expect((await s.gql(CASE, { id: createCase.id })).case).toEqual({
      reference: "RT-1",
      familyName: "Kovács",
      status: "OPEN",
      flags: ["PREVENTIVE_PROBATION"],
      children: [
        { fullName: "Bence Kovács", birthDate: "2013-03-12" },
        { fullName: "Lili Kovács", birthDate: "2020-08-30" },
      ],
      caseManager: { fullName: "Anna Szabó" },
      professionals: [{ fullName: "Péter Nagy" }],
      reporter: { name: "A neighbour", contact: "+36 1 555 0199" },
      conferences: [],
      openTasks: [],
    });
  });

  it("updates only the fields given, replacing the children and the team when they are given", async () => {
    const kase = await buildCase(s, { familyName: "Tóth" });
    const helper = await buildPerson(s, { fullName: "Judit Kiss" });
    const update = (input: Record<string, unknown>) =>
      s.gql(`mutation ($id: ID!, $input: CasePatch!) { updateCase(id: $id, input: $input) { id } }`, {
        id: kase.id,
        input,
      });
    await update({ children: [{ fullName: "Dóra Tóth", birthDate: "2015-06-01" }], professionalIds: [helper.id] });
    await update({ status: "CLOSED" });
    const { case: after } = await s.gql<{ case: Record<string, unknown> }>(CASE, { id: kase.id });
    expect(after).toMatchObject({
      familyName: "Tóth",
      status: "CLOSED",
      children: [{ fullName: "Dóra Tóth", birthDate: "2015-06-01" }],
      professionals: [{ fullName: "Judit Kiss" }],
    });
    await update({ children: [], professionalIds: [] });
    expect((await s.gql<{ case: Record<string, unknown> }>(CASE, { id: kase.id })).case).toMatchObject({
      children: [],
      professionals: [],
    });
  });

  it("refuses a second case with the same reference and writes nothing", async () => {
    await buildCase(s, { reference: "RT-DUP" });
    const before = await count();
    const res = await s.request(CREATE, {
      input: { reference: "RT-DUP", familyName: "Other", children: [{ fullName: "X", birthDate: "2019-01-01" }] },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "DUPLICATE",
      fields: [{ path: "input.reference", code: "DUPLICATE" }],
    });
    expect(await count()).toBe(before);
    expect(await s.db.dataSource.getRepository(Child).countBy({ fullName: "X" })).toBe(0);
  });

  it("refuses unknown persons, blank names and malformed dates, and writes nothing", async () => {
    const before = await count();
    const unknown = await s.request(CREATE, {
      input: { reference: "RT-U", familyName: "U", caseManagerId: "00000000-0000-4000-8000-000000000001" },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ path: "input.caseManagerId", code: "UNKNOWN_PERSON" }],
    });
    const blank = await s.request(CREATE, {
      input: { reference: "RT-B", familyName: " ", children: [{ fullName: "", birthDate: "2019-01-01" }] },
    });
    expect(blank.errors?.[0]?.extensions?.fields?.map((f) => [f.path, f.code])).toEqual([
      ["input.familyName", "REQUIRED"],
      ["input.children.0.fullName", "REQUIRED"],
    ]);
    const badDate = await s.request(CREATE, {
      input: { reference: "RT-D", familyName: "D", children: [{ fullName: "A", birthDate: "12/03/2019" }] },
    });
    expect(badDate.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await count()).toBe(before);
  });

  it("searches reference and family name, filters by status, and matches % and _ literally", async () => {
    await buildCase(s, { reference: "SRCH-001", familyName: "Horváth" });
    await buildCase(s, { reference: "SRCH-002", familyName: "Horvát_h", status: "CLOSED" });
    await buildCase(s, { reference: "SRCH-003", familyName: "Balogh" });
    const search = async (filter: Record<string, unknown>) =>
      (
        await s.gql<{ cases: { nodes: { reference: string }[] } }>(
          `query ($f: CaseFilter) { cases(filter: $f, first: 100) { nodes { reference } } }`,
          { f: filter },
        )
      ).cases.nodes.map((c) => c.reference);
    // Sorted by family name: "Horvát_h" before "Horváth".
    expect(await search({ search: "horv" })).toEqual(["SRCH-002", "SRCH-001"]);
    expect(await search({ search: "srch-003" })).toEqual(["SRCH-003"]);
    expect(await search({ search: "horv", status: "CLOSED" })).toEqual(["SRCH-002"]);
    expect(await search({ search: "t_h" })).toEqual(["SRCH-002"]);
    expect(await search({ search: "%" })).toEqual([]);
  });

  it("pages through cases with cursors, never skipping or repeating one", async () => {
    const family = `Page${Date.now()}`;
    for (let i = 0; i < 7; i++)
      await buildCase(s, { familyName: `${family} ${i % 3}`, reference: `PG-${family}-${i}` });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const {
        cases,
      }: {
        cases: {
          totalCount: number;
          nodes: { reference: string }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await s.gql(
        `query ($after: String, $q: String) { cases(first: 3, after: $after, filter: { search: $q }) {
            totalCount nodes { reference } pageInfo { hasNextPage endCursor } } }`,
        { after, q: family },
      );
      expect(cases.totalCount).toBe(7);
      seen.push(...cases.nodes.map((c) => c.reference));
      pages++;
      if (!cases.pageInfo.hasNextPage) break;
      after = cases.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);

    const bad = await s.request(`{ cases(first: 3, after: "not-a-cursor") { totalCount } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ path: "after", code: "INVALID_CURSOR" }],
    });
    const tooMany = await s.request(`{ cases(first: 1000) { totalCount } }`);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("shows the timeline of conferences in series order and the tasks still open", async () => {
    const kase = await buildCase(s);
    await buildConference(s, { caseId: kase.id, purpose: "First" });
    await buildConference(s, { caseId: kase.id, purpose: "Second" });
    const open = await buildTask(s, { caseId: kase.id, title: "Still to do", dueDate: "2027-02-01" });
    const done = await buildTask(s, { caseId: kase.id, title: "Done already" });
    await s.gql(`mutation ($id: ID!) { setTaskStatus(id: $id, status: DONE) { id } }`, { id: done.id });
    const { case: c } = await s.gql<{ case: Record<string, unknown> }>(CASE, { id: kase.id });
    expect(c.conferences).toEqual([
      { seriesIndex: 1, purpose: "First" },
      { seriesIndex: 2, purpose: "Second" },
    ]);
    expect(c.openTasks).toEqual([{ title: "Still to do" }]);
    expect(open.status).toBe("OPEN");
  });

  it("sets and clears the reporter through its own mutation", async () => {
    const kase = await buildCase(s);
    const set = (reporter: Record<string, unknown> | null) =>
      s.gql(`mutation ($id: ID!, $r: CaseReporterInput) { setCaseReporter(caseId: $id, reporter: $r) }`, {
        id: kase.id,
        r: reporter,
      });
    await set({ name: "School nurse", reportedOn: "2026-09-01" });
    expect((await s.gql<{ case: { reporter: unknown } }>(CASE, { id: kase.id })).case.reporter).toEqual({
      name: "School nurse",
      contact: null,
    });
    await set(null);
    expect((await s.gql<{ case: { reporter: unknown } }>(CASE, { id: kase.id })).case.reporter).toBeNull();
  });
});
