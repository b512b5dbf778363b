import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { buildCase, buildConference, buildPerson, buildTask, setTaskStatus, transition } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { Case } from "./case.entity.js";
import { Child } from "./child.entity.js";
import { CaseReporter } from "./reporter.entity.js";

const CASE = `query ($id: ID!) { case(id: $id) {
  reference familyName status flags
  children { fullName birthDate }
  caseManager { fullName }
  professionals { fullName }
  reporter { name contact reportedOn note }
  conferences { seriesIndex purpose status }
  openTasks { title status }
} }`;
const CREATE = `mutation ($input: CaseInput!) { createCase(input: $input) { id } }`;
const UPDATE = `mutation ($id: ID!, $input: CasePatch!) { updateCase(id: $id, input: $input) { id } }`;
const SET_REPORTER = `mutation ($id: ID!, $r: CaseReporterInput) { setCaseReporter(caseId: $id, input: $r) }`;
const LIST = `query ($f: CaseFilter, $first: Int!, $after: String) { cases(filter: $f, first: $first, after: $after) {
  totalCount nodes { reference } pageInfo { hasNextPage endCursor } } }`;
const NOBODY = "00000000-0000-4000-8000-000000000001";

interface CasePage {
  cases: { totalCount: number; nodes: { reference: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
}

describe.each(databaseTargets)("cases over HTTP on $name", (target) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(target);
  });
  afterAll(() => s.stop());

  const count = () => s.db.dataSource.getRepository(Case).count();
  const read = async (id: string) => (await s.gql<{ case: Record<string, unknown> }>(CASE, { id })).case;
  /** The stored case with its children and team, to prove a refused change wrote nothing. */
  const stored = async (id: string) => {
    const db = s.db.dataSource;
    const { reference, familyName, status, flags, caseManagerId, professionals } = await db
      .getRepository(Case)
      .findOneOrFail({ where: { id }, relations: { professionals: true } });
    const children = await db.getRepository(Child).find({ where: { caseId: id }, order: { position: "ASC" } });
    return {
      reference,
      familyName,
      status,
      flags,
      caseManagerId,
      professionals: professionals.map((p) => p.id).sort(),
      children: children.map((ch) => [ch.position, ch.fullName, ch.birthDate]),
    };
  };
  const search = async (filter: Record<string, unknown>) =>
    (await s.gql<CasePage>(LIST, { f: filter, first: 100 })).cases.nodes.map((c) => c.reference);

  it("opens a case with children, flags, case manager, professionals and the closed reporter record", async () => {
    const manager = await buildPerson(s, { fullName: "Anna Szabó", profession: "CASE_MANAGER" });
    const teacher = await buildPerson(s, { fullName: "Péter Nagy", profession: "TEACHER" });
    const nurse = await buildPerson(s, { fullName: "Éva Tóth", profession: "HEALTH_VISITOR" });
    const { createCase } = await s.gql<{ createCase: { id: string } }>(CREATE, {
      input: {
        reference: "  RT-1  ",
        familyName: " Kovács ",
        flags: ["PREVENTIVE_PROBATION", "JUVENILE_PROBATION"],
        caseManagerId: manager.id,
        professionalIds: [teacher.id, nurse.id],
        children: [
          { fullName: "Bence Kovács", birthDate: "2013-03-12" },
          { fullName: "Lili Kovács", birthDate: "2020-08-30" },
        ],
        reporter: { name: "A neighbour", contact: "+36 1 555 0199", reportedOn: "2026-09-01", note: "by phone" },
      },
    });
    const c = await read(createCase.id);
    expect({ ...c, professionals: (c.professionals as { fullName: string }[]).map((p) => p.fullName).sort() }).toEqual({
      reference: "RT-1",
      familyName: "Kovács",
      status: "OPEN",
      flags: ["PREVENTIVE_PROBATION", "JUVENILE_PROBATION"],
      children: [
        { fullName: "Bence Kovács", birthDate: "2013-03-12" },
        { fullName: "Lili Kovács", birthDate: "2020-08-30" },
      ],
      caseManager: { fullName: "Anna Szabó" },
      professionals: ["Péter Nagy", "Éva Tóth"],
      reporter: { name: "A neighbour", contact: "+36 1 555 0199", reportedOn: "2026-09-01", note: "by phone" },
      conferences: [],
      openTasks: [],
    });
    expect((await stored(createCase.id)).children).toEqual([
      [0, "Bence Kovács", "2013-03-12"],
      [1, "Lili Kovács", "2020-08-30"],
    ]);
  });

  it("patches only the fields given, replaces children and professionals, and clears the manager with null", async () => {
    const manager = await buildPerson(s);
    const [a, b, c] = [await buildPerson(s), await buildPerson(s), await buildPerson(s)];
    const kase = await buildCase(s, { familyName: "Tóth", flags: ["JUVENILE_PROBATION"], caseManagerId: manager.id });
    await s.gql(UPDATE, {
      id: kase.id,
      input: { children: [{ fullName: "Dóra Tóth", birthDate: "2015-06-01" }], professionalIds: [a.id, b.id] },
    });
    const base = await stored(kase.id);
    expect(base).toEqual({
      reference: kase.reference,
      familyName: "Tóth",
      status: "open",
      flags: ["juvenile_probation"],
      caseManagerId: manager.id,
      professionals: [a.id, b.id].sort(),
      children: [[0, "Dóra Tóth", "2015-06-01"]],
    });

    await s.gql(UPDATE, { id: kase.id, input: { familyName: " Tóth-Nagy ", status: "CLOSED" } });
    expect(await stored(kase.id)).toEqual({ ...base, familyName: "Tóth-Nagy", status: "closed" });

    await s.gql(UPDATE, {
      id: kase.id,
      input: {
        children: [
          { fullName: "Ádám Tóth", birthDate: "2017-01-31" },
          { fullName: "Dóra Tóth", birthDate: "2015-06-01" },
        ],
        professionalIds: [c.id],
      },
    });
    expect(await stored(kase.id)).toMatchObject({
      familyName: "Tóth-Nagy",
      professionals: [c.id],
      children: [
        [0, "Ádám Tóth", "2017-01-31"],
        [1, "Dóra Tóth", "2015-06-01"],
      ],
    });
    expect(await s.db.dataSource.getRepository(Child).countBy({ caseId: kase.id })).toBe(2);

    await s.gql(UPDATE, { id: kase.id, input: { caseManagerId: null, flags: [], children: [], professionalIds: [] } });
    expect(await stored(kase.id)).toEqual({
      ...base,
      familyName: "Tóth-Nagy",
      status: "closed",
      flags: [],
      caseManagerId: null,
      professionals: [],
      children: [],
    });
  });

  it("refuses a reference already in use, on create and on update, and writes nothing", async () => {
    await buildCase(s, { reference: "RT-DUP" });
    const other = await buildCase(s, { reference: "RT-OTHER" });
    const before = await count();
    for (const reference of ["RT-DUP", "  RT-DUP "]) {
      const res = await s.request(CREATE, {
        input: { reference, familyName: "Other", children: [{ fullName: "Xavér", birthDate: "2019-01-01" }] },
      });
      expect(res.errors?.[0]?.message).toBe("A case with reference RT-DUP already exists.");
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: "DUPLICATE",
        fields: [{ path: "input.reference", code: "DUPLICATE" }],
      });
    }
    expect(await count()).toBe(before);
    expect(await s.db.dataSource.getRepository(Child).countBy({ fullName: "Xavér" })).toBe(0);

    const unchanged = await stored(other.id);
    const res = await s.request(UPDATE, { id: other.id, input: { reference: "RT-DUP", familyName: "Renamed" } });
    expect(res.errors?.[0]?.extensions?.code).toBe("DUPLICATE");
    expect(await stored(other.id)).toEqual(unchanged);
  });

  it("stores a changed reference trimmed, so the same reference cannot be given out twice", async () => {
    const kase = await buildCase(s);
    await s.gql(UPDATE, { id: kase.id, input: { reference: "  RT-TRIM  " } });
    expect((await stored(kase.id)).reference).toBe("RT-TRIM");
    const before = await count();
    const res = await s.request(CREATE, { input: { reference: "RT-TRIM", familyName: "Other" } });
    expect(res.errors?.[0]?.extensions?.code).toBe("DUPLICATE");
    expect(await count()).toBe(before);
  });

  it("refuses unknown persons as case manager or professional, and writes nothing", async () => {
    const known = await buildPerson(s);
    const kase = await buildCase(s);
    await s.gql(UPDATE, { id: kase.id, input: { professionalIds: [known.id] } });
    const before = await count();
    const unknownManager = await s.request(CREATE, {
      input: { reference: "RT-U1", familyName: "U", caseManagerId: NOBODY },
    });
    expect(unknownManager.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ path: "input.caseManagerId", code: "UNKNOWN_PERSON" }],
    });
    const unknownProfessional = await s.request(CREATE, {
      input: { reference: "RT-U2", familyName: "U", professionalIds: [known.id, NOBODY] },
    });
    expect(unknownProfessional.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ path: "input.professionalIds", code: "UNKNOWN_PERSON" }],
    });
    expect(await count()).toBe(before);

    const unchanged = await stored(kase.id);
    const update = await s.request(UPDATE, {
      id: kase.id,
      input: { familyName: "Changed", professionalIds: [NOBODY] },
    });
    expect(update.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await stored(kase.id)).toEqual(unchanged);
  });

  it("refuses blank names, cleared required fields and malformed birth dates, and writes nothing", async () => {
    const before = await count();
    const blank = await s.request(CREATE, {
      input: { reference: "RT-B", familyName: " ", children: [{ fullName: "", birthDate: "2019-01-01" }] },
    });
    expect(blank.errors?.[0]?.extensions?.fields?.map((f) => [f.path, f.code])).toEqual([
      ["input.familyName", "REQUIRED"],
      ["input.children.0.fullName", "REQUIRED"],
    ]);
    for (const birthDate of ["12/03/2019", "2019-02-30", "2019-03-12T00:00:00Z"]) {
      const res = await s.request(CREATE, {
        input: { reference: "RT-D", familyName: "D", children: [{ fullName: "A", birthDate }] },
      });
      expect(res.errors?.[0]?.extensions?.code, birthDate).toBe("BAD_USER_INPUT");
      expect(res.data ?? null).toBeNull();
    }
    expect(await count()).toBe(before);

    const kase = await buildCase(s, { familyName: "Kept" });
    const unchanged = await stored(kase.id);
    for (const [input, path] of [
      [{ familyName: "  " }, "input.familyName"],
      [{ familyName: null }, "input.familyName"],
      [{ reference: null }, "input.reference"],
      [{ status: null }, "input.status"],
      [{ flags: null }, "input.flags"],
    ] as const) {
      const res = await s.request(UPDATE, { id: kase.id, input });
      expect(res.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: [{ path, code: "REQUIRED" }],
      });
    }
    expect(await stored(kase.id)).toEqual(unchanged);
  });

  it("searches reference and family name in part and case-insensitively, with % and _ matched literally", async () => {
    await buildCase(s, { reference: "SRCH-001", familyName: "Horváth" });
    await buildCase(s, { reference: "SRCH-002", familyName: "Horvát_h", status: "CLOSED" });
    await buildCase(s, { reference: "SRCH-50%", familyName: "Ábrahám" });
    await buildCase(s, { reference: "SRCH-004", familyName: "Horvatha" });
    const sorted = async (filter: Record<string, unknown>) => (await search(filter)).sort();
    expect(await sorted({ search: "HORV" })).toEqual(["SRCH-001", "SRCH-002", "SRCH-004"]);
    expect(await sorted({ search: "  orvát " })).toEqual(["SRCH-001", "SRCH-002"]);
    expect(await sorted({ search: "srch-00" })).toEqual(["SRCH-001", "SRCH-002", "SRCH-004"]);
    expect(await sorted({ search: "ÁBRA" })).toEqual(["SRCH-50%"]);
    expect(await sorted({ search: "horv", status: "CLOSED" })).toEqual(["SRCH-002"]);
    expect(await sorted({ search: "horv", status: "OPEN" })).toEqual(["SRCH-001", "SRCH-004"]);
    expect(await sorted({ search: "t_h" })).toEqual(["SRCH-002"]);
    expect(await sorted({ search: "_" })).toEqual(["SRCH-002"]);
    expect(await sorted({ search: "%" })).toEqual(["SRCH-50%"]);
    expect(await sorted({ search: "SRCH-5%%" })).toEqual([]);
    expect(await search({ search: "nobody is called this" })).toEqual([]);
  });

  it("pages through cases by family name with cursors, never skipping or repeating one", async () => {
    const family = `Page${Date.now()}`;
    for (let i = 0; i < 7; i++)
      await buildCase(s, { familyName: `${family} ${i % 3}`, reference: `PG-${family}-${i}` });
    const all = await s.gql<CasePage>(LIST, { f: { search: family }, first: 100 });
    expect(all.cases.totalCount).toBe(7);
    expect(all.cases.pageInfo.hasNextPage).toBe(false);

    const seen: string[] = [];
    const pages: boolean[] = [];
    let after: string | null = null;
    do {
      const { cases }: CasePage = await s.gql<CasePage>(LIST, { f: { search: family }, first: 3, after });
      expect(cases.totalCount).toBe(7);
      seen.push(...cases.nodes.map((c) => c.reference));
      pages.push(cases.pageInfo.hasNextPage);
      after = cases.pageInfo.hasNextPage ? cases.pageInfo.endCursor : null;
    } while (after);
    expect(pages).toEqual([true, true, false]);
    expect(seen).toEqual(all.cases.nodes.map((c) => c.reference));
    expect(new Set(seen).size).toBe(7);

    const cursor = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    const forged = [cursor(["x"]), cursor([1, 2]), cursor(["kovács", "not-a-uuid"]), cursor(["a\u0000", NOBODY])];
    for (const bad of ["not-a-cursor", ...forged]) {
      const res = await s.request(LIST, { first: 3, after: bad });
      expect(res.errors?.[0]?.extensions, bad).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: [{ path: "after", code: "INVALID_CURSOR" }],
      });
    }
    for (const first of [0, 101]) {
      const res = await s.request(LIST, { first });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: [{ path: "first", code: "OUT_OF_RANGE" }],
      });
    }
    const longSearch = await s.request(LIST, { first: 3, f: { search: "x".repeat(201) } });
    expect(longSearch.errors?.[0]?.extensions).toMatchObject({ fields: [{ path: "filter.search", code: "TOO_LONG" }] });
  });

  it("shows the timeline of conferences in series order and only the tasks still open", async () => {
    const kase = await buildCase(s);
    await buildConference(s, { caseId: kase.id, purpose: "First" });
    const second = await buildConference(s, { caseId: kase.id, purpose: "Second" });
    await transition(s, second.id, "CANCELLED");
    await buildConference(s, { caseId: kase.id, purpose: "Third" });
    await buildTask(s, { caseId: kase.id, title: "Undated" });
    await buildTask(s, { caseId: kase.id, title: "Later", dueDate: "2027-03-01" });
    const started = await buildTask(s, { caseId: kase.id, title: "Sooner", dueDate: "2027-02-01" });
    await setTaskStatus(s, started.id, "IN_PROGRESS");
    await setTaskStatus(s, (await buildTask(s, { caseId: kase.id, title: "Done" })).id, "DONE");
    await setTaskStatus(s, (await buildTask(s, { caseId: kase.id, title: "Dropped" })).id, "DROPPED");
    await buildTask(s, { caseId: (await buildCase(s)).id, title: "Another family's" });

    const c = await read(kase.id);
    expect(c.conferences).toEqual([
      { seriesIndex: 1, purpose: "First", status: "DRAFT" },
      { seriesIndex: 2, purpose: "Second", status: "CANCELLED" },
      { seriesIndex: 3, purpose: "Third", status: "DRAFT" },
    ]);
    expect(c.openTasks).toEqual([
      { title: "Sooner", status: "IN_PROGRESS" },
      { title: "Later", status: "OPEN" },
      { title: "Undated", status: "OPEN" },
    ]);
    const missing = await s.request(CASE, { id: NOBODY });
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("sets, replaces whole and clears the reporter through its own mutation", async () => {
    const kase = await buildCase(s);
    const reporterOf = async () => (await read(kase.id)).reporter;
    await s.gql(SET_REPORTER, {
      id: kase.id,
      r: { name: "School nurse", contact: "nurse@school.example", reportedOn: "2026-09-01", note: "bruises" },
    });
    expect(await reporterOf()).toEqual({
      name: "School nurse",
      contact: "nurse@school.example",
      reportedOn: "2026-09-01",
      note: "bruises",
    });
    // A new reporter replaces the old one: nothing of the first person's record stays with the second.
    await s.gql(SET_REPORTER, { id: kase.id, r: { name: "Class teacher" } });
    expect(await reporterOf()).toEqual({ name: "Class teacher", contact: null, reportedOn: null, note: null });
    await s.gql(SET_REPORTER, { id: kase.id, r: null });
    expect(await reporterOf()).toBeNull();
    expect(await s.db.dataSource.getRepository(CaseReporter).countBy({ caseId: kase.id })).toBe(0);

    const before = await s.db.dataSource.getRepository(CaseReporter).count();
    const unknown = await s.request(SET_REPORTER, { id: NOBODY, r: { name: "Someone" } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const blank = await s.request(SET_REPORTER, { id: kase.id, r: { name: " " } });
    expect(blank.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ path: "input.name", code: "REQUIRED" }),
    ]);
    expect(await s.db.dataSource.getRepository(CaseReporter).count()).toBe(before);
  });
});
