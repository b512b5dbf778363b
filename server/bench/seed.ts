import { Account } from "../src/auth/account.entity.js";
import { hashPassword } from "../src/auth/password.js";
import type { DataSource } from "typeorm";
import { Case } from "../src/cases/case.entity.js";
import { Conference } from "../src/conferences/conference.entity.js";
import { Participant } from "../src/conferences/participant.entity.js";
import { Institution } from "../src/institutions/institution.entity.js";
import { Person } from "../src/persons/person.entity.js";

/** The staff account on the team of every seeded case: who the case list is read as. */
export const BENCH_EMAIL = "bench@roundtable.example";
export const BENCH_PASSWORD = "bench-password-1";

/** Cases with conferences with participants, inserted in bulk: the case-list page's data. */
export async function seedCaseList(
  dataSource: DataSource,
  counts = { cases: 50, conferencesPerCase: 2, participantsPerConference: 3 },
): Promise<void> {
  await dataSource.transaction(async (em) => {
    const [school] = await em
      .getRepository(Institution)
      .save([{ name: "Oak Street Primary School", kind: "school" as const }]);
    const persons = await em
      .getRepository(Person)
      .save(
        Array.from({ length: 20 }, (_, i) =>
          em
            .getRepository(Person)
            .create({ kind: "professional", fullName: `Professional ${i}`, institutionId: school!.id }),
        ),
      );
    const team = await em.getRepository(Account).save({
      email: BENCH_EMAIL,
      displayName: "Bench",
      role: "staff" as const,
      passwordHash: await hashPassword(BENCH_PASSWORD),
    });
    const cases = await em.getRepository(Case).save(
      Array.from({ length: counts.cases }, (_, i) =>
        em.getRepository(Case).create({
          reference: `B-${String(i).padStart(4, "0")}`,
          familyName: `Family ${i}`,
          caseManagerId: persons[i % 10]!.id, // managers: the first ten, participants: the rest
          team: [team],
        }),
      ),
    );
    const conferences = await em
      .getRepository(Conference)
      .save(
        cases.flatMap((c) =>
          Array.from({ length: counts.conferencesPerCase }, (_, i) =>
            em.getRepository(Conference).create({ caseId: c.id, purpose: "Plan support", seriesIndex: i + 1 }),
          ),
        ),
      );
    await em.getRepository(Participant).insert(
      conferences.flatMap((conf) =>
        Array.from({ length: counts.participantsPerConference }, (_, i) => ({
          conferenceId: conf.id,
          personId: persons[10 + ((i * 7 + conf.seriesIndex) % 10)]!.id,
          role: "professional" as const,
        })),
      ),
    );
  });
}

export const CASE_LIST_QUERY = `{ cases(first: 50) { nodes { reference familyName conferences { status scheduledStart participants { role person { fullName } } } } } }`;
