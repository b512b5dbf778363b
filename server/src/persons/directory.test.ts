import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../../test/databases.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { Person } from "./person.entity.js";

describe.each(databaseTargets)("the directory of institutions and persons on $name", (target) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(target);
  });
  afterAll(() => s.stop());

  it("records a professional with an institution and finds both by part of the name", async () => {
    const { createInstitution: school } = await s.gql<{ createInstitution: { id: string } }>(
      `mutation { createInstitution(input: { name: "Oak Street Primary School", kind: SCHOOL, email: "office@oak.example" }) { id } }`,
    );
    await s.gql(
      `mutation ($i: ID) { createPerson(input: { kind: PROFESSIONAL, fullName: "Péter Nagy", profession: SCHOOL_CHILD_PROTECTION_OFFICER, institutionId: $i }) { id } }`,
      { i: school.id },
    );
    const found = await s.gql<{ persons: { nodes: unknown[] }; institutions: { nodes: { name: string }[] } }>(
      `{ persons(search: "nagy", kind: PROFESSIONAL) { nodes { fullName profession institution { name } } }
         institutions(search: "oak") { nodes { name } } }`,
    );
    expect(found.persons.nodes).toEqual([
      {
        fullName: "Péter Nagy",
        profession: "SCHOOL_CHILD_PROTECTION_OFFICER",
        institution: { name: "Oak Street Primary School" },
      },
    ]);
    expect(found.institutions.nodes).toEqual([{ name: "Oak Street Primary School" }]);
  });

  it("refuses a family member with a profession, a bad e-mail and an unknown institution, writing nothing", async () => {
    const before = await s.db.dataSource.getRepository(Person).count();
    const create = (input: string) => s.request(`mutation { createPerson(input: ${input}) { id } }`);
    expect(
      (await create(`{ kind: FAMILY, fullName: "Kata Kovács", profession: TEACHER }`)).errors?.[0]?.extensions,
    ).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ path: "input.profession", code: "NOT_ALLOWED" }],
    });
    expect(
      (await create(`{ kind: PROFESSIONAL, fullName: "X", email: "not-an-address" }`)).errors?.[0]?.extensions,
    ).toMatchObject({
      fields: [{ path: "input.email", code: "INVALID_EMAIL" }],
    });
    expect(
      (await create(`{ kind: PROFESSIONAL, fullName: "X", institutionId: "00000000-0000-4000-8000-000000000002" }`))
        .errors?.[0]?.extensions?.code,
    ).toBe("NOT_FOUND");
    expect(await s.db.dataSource.getRepository(Person).count()).toBe(before);
  });
});
