/**
 * Conferences open for writing, made through the public GraphQL API of a fresh server (the
 * administrator from ADMIN_EMAIL/ADMIN_PASSWORD creates a staff account; that staff member opens
 * the case, so it is on the case's team and may write its live documents).
 */
export const ADMIN_EMAIL = "admin@bench.example";
export const ADMIN_PASSWORD = "bench-admin-password";
const STAFF_EMAIL = "collab@bench.example";
const STAFF_PASSWORD = "bench-staff-password";

type Gql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

function client(url: string): { gql: Gql; cookie: () => string } {
  let cookie = "";
  const gql: Gql = async <T>(query: string, variables?: Record<string, unknown>) => {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ query, variables }),
    });
    const set = res.headers.getSetCookie().find((c) => c.startsWith("rt_session="));
    if (set) cookie = set.split(";")[0]!;
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  return { gql, cookie: () => cookie };
}

const SIGN_IN = `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`;

/** The staff member's session cookie (`rt_session=…`), shared by every load client. */
export async function staffCookie(url: string, create: boolean): Promise<string> {
  if (create) {
    const admin = client(url);
    await admin.gql(SIGN_IN, { e: ADMIN_EMAIL, p: ADMIN_PASSWORD });
    await admin.gql(`mutation ($i: AccountInput!) { createAccount(input: $i) { id } }`, {
      i: { email: STAFF_EMAIL, displayName: "Bench staff", role: "STAFF", password: STAFF_PASSWORD },
    });
  }
  const staff = client(url);
  await staff.gql(SIGN_IN, { e: STAFF_EMAIL, p: STAFF_PASSWORD });
  return staff.cookie();
}

/** `count` live conferences of one case; returns their ids (the y-websocket room names). */
export async function seedRooms(url: string, count: number): Promise<string[]> {
  await staffCookie(url, true);
  const staff = client(url);
  await staff.gql(SIGN_IN, { e: STAFF_EMAIL, p: STAFF_PASSWORD });
  const person = async (fullName: string) =>
    (
      await staff.gql<{ createPerson: { id: string } }>(
        `mutation ($i: PersonInput!) { createPerson(input: $i) { id } }`,
        { i: { kind: "PROFESSIONAL", fullName } },
      )
    ).createPerson.id;
  const participants = { FACILITATOR: await person("Bench Facilitator"), PROFESSIONAL: await person("Bench Teacher") };
  const { createCase } = await staff.gql<{ createCase: { id: string } }>(
    `mutation ($i: CaseInput!) { createCase(input: $i) { id } }`,
    { i: { reference: "BENCH-1", familyName: "Family Bench" } },
  );
  const room = async (i: number) => {
    const { createConference } = await staff.gql<{ createConference: { id: string } }>(
      `mutation ($i: ConferenceInput!) { createConference(input: $i) { id } }`,
      { i: { caseId: createCase.id, purpose: `Bench room ${i}`, scheduledStart: "2027-01-12T09:00:00.000Z" } },
    );
    const id = createConference.id;
    for (const [role, personId] of Object.entries(participants)) {
      await staff.gql(
        `mutation ($c: ID!, $i: ParticipantInput!) { addParticipant(conferenceId: $c, input: $i) { id } }`,
        {
          c: id,
          i: { personId, role },
        },
      );
    }
    // Writes are accepted while invited or live; live is what a meeting in progress is.
    for (const to of ["INVITED", "LIVE"]) {
      await staff.gql(`mutation ($id: ID!, $to: ConferenceStatus!) { transitionConference(id: $id, to: $to) { id } }`, {
        id,
        to,
      });
    }
    return id;
  };
  const ids: string[] = [];
  // A few at a time: the embedded database serialises them anyway, this only hides round trips.
  for (let i = 0; i < count; i += 4) {
    ids.push(...(await Promise.all(Array.from({ length: Math.min(4, count - i) }, (_, j) => room(i + j)))));
  }
  return ids;
}
