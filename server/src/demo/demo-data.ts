import { Account } from "../auth/account.entity.js";
import { hashPassword } from "../auth/password.js";
import type { DataSource, EntityManager } from "typeorm";
import { Case } from "../cases/case.entity.js";
import { Child } from "../cases/child.entity.js";
import { CaseReporter } from "../cases/reporter.entity.js";
import { AgendaItem } from "../conferences/agenda-item.entity.js";
import { Conference } from "../conferences/conference.entity.js";
import { Participant } from "../conferences/participant.entity.js";
import { Institution } from "../institutions/institution.entity.js";
import { Person } from "../persons/person.entity.js";
import { TaskStatusChange } from "../tasks/task-status-change.entity.js";
import { Task } from "../tasks/task.entity.js";

const DAY = 24 * 60 * 60 * 1000;
/** Dates relative to today, so the demo always shows one past and one coming meeting. */
const at = (days: number, hour: number) => {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
};
const date = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/**
 * A small, realistic demo so a newcomer sees something: two families, a finished conference
 * with its cooperation plan and a planned follow-up. All names are invented.
 * Returns false (and changes nothing) unless the database has no cases and no persons.
 */
export async function loadDemoDataIfEmpty(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (em) => {
    if ((await em.getRepository(Case).count()) > 0 || (await em.getRepository(Person).count()) > 0) return false;
    await loadDemo(em);
    return true;
  });
}

async function loadDemo(em: EntityManager): Promise<void> {
  const inst = em.getRepository(Institution);
  const [service, school, kindergarten, healthVisitors, probation] = await inst.save([
    inst.create({
      name: "Riverside Family and Child Welfare Service",
      kind: "family_child_welfare_service",
      address: "12 Mill Lane",
      email: "office@riverside-welfare.example",
      phone: "+36 1 555 0100",
    }),
    inst.create({
      name: "Oak Street Primary School",
      kind: "school",
      address: "3 Oak Street",
      email: "office@oakstreet.example",
    }),
    inst.create({ name: "Sunflower Kindergarten", kind: "kindergarten", address: "8 Garden Row" }),
    inst.create({ name: "District Health Visitor Service", kind: "health_visitor_service" }),
    inst.create({ name: "Metro Probation Service", kind: "probation_service" }),
  ]);
  const people = em.getRepository(Person);
  const pro = (fullName: string, profession: Person["profession"], institutionId: string | undefined, email: string) =>
    people.create({ kind: "professional", fullName, profession, institutionId: institutionId ?? null, email });
  const family = (fullName: string, relationship: string) => people.create({ kind: "family", fullName, relationship });
  const [anna, eva, peter, judit, gabor, marta, laszlo, kata, zsofia, jan, petra] = await people.save([
    pro("Anna Szabó", "case_manager", service?.id, "anna.szabo@riverside-welfare.example"),
    pro("Éva Tóth", "facilitator", service?.id, "eva.toth@riverside-welfare.example"),
    pro("Péter Nagy", "school_child_protection_officer", school?.id, "peter.nagy@oakstreet.example"),
    pro("Judit Kiss", "health_visitor", healthVisitors?.id, "judit.kiss@health.example"),
    pro("Gábor Varga", "preventive_probation_officer", probation?.id, "gabor.varga@probation.example"),
    pro("Márta Balogh", "kindergarten_teacher", kindergarten?.id, "marta.balogh@sunflower.example"),
    family("László Kovács", "father"),
    family("Kata Kovács", "mother"),
    family("Zsófia Horváth", "grandmother"),
    family("Jan Novák", "father"),
    pro("Petra Molnár", "family_support_worker", service?.id, "petra.molnar@riverside-welfare.example"),
  ]);
  if (!anna || !eva || !peter || !judit || !gabor || !marta || !laszlo || !kata || !zsofia || !jan || !petra) return;
  await loadDemoAccounts(em, { anna, eva, petra });

  const cases = em.getRepository(Case);
  const kovacs = await cases.save(
    cases.create({
      reference: "RT-2026-014",
      familyName: "Kovács",
      flags: ["preventive_probation"],
      caseManagerId: anna.id,
      professionals: [peter, judit, gabor, marta],
    }),
  );
  const novak = await cases.save(
    cases.create({
      reference: "RT-2026-027",
      familyName: "Novák",
      flags: ["juvenile_probation"],
      caseManagerId: petra.id,
      professionals: [peter],
    }),
  );
  await em.getRepository(Child).insert([
    { caseId: kovacs.id, fullName: "Bence Kovács", birthDate: "2013-03-12", position: 0 },
    { caseId: kovacs.id, fullName: "Lili Kovács", birthDate: "2020-08-30", position: 1 },
    { caseId: novak.id, fullName: "Tomáš Novák", birthDate: "2011-05-02", position: 0 },
  ]);
  await em
    .getRepository(CaseReporter)
    .insert({ caseId: kovacs.id, name: "(closed) school nurse", reportedOn: date(-120) });

  const confs = em.getRepository(Conference);
  const first = await confs.save(
    confs.create({
      caseId: kovacs.id,
      purpose: "Agree together how Bence can attend school regularly again and how the family can be supported.",
      scheduledStart: at(-60, 9),
      place: "Riverside Family and Child Welfare Service, meeting room 2",
      seriesIndex: 1,
      status: "closed",
      statusChangedAt: at(-60, 12),
    }),
  );
  const second = await confs.save(
    confs.create({
      caseId: kovacs.id,
      purpose: "Review what has been achieved since the last meeting, adjust the goals and who does what.",
      scheduledStart: at(10, 9),
      place: "Riverside Family and Child Welfare Service, meeting room 2",
      onlineLink: "https://meet.example/riverside-kovacs",
      seriesIndex: 2,
      status: "invited",
    }),
  );
  await confs.save(
    confs.create({
      caseId: novak.id,
      purpose: "Plan, with Tomáš and his father, support that keeps Tomáš in school and out of further trouble.",
      scheduledStart: at(21, 13),
      plannedDurationMinutes: 120,
      place: "Oak Street Primary School, library",
      seriesIndex: 1,
    }),
  );

  const seats = [
    [anna, "organiser"],
    [eva, "facilitator"],
    [petra, "note_taker"],
    [peter, "professional"],
    [judit, "professional"],
    [gabor, "professional"],
    [laszlo, "parent"],
    [kata, "parent"],
    [zsofia, "relative"],
  ] as const;
  const participants = em.getRepository(Participant);
  const firstSeats = await participants.save(
    seats.map(([p, role]) =>
      participants.create({
        conferenceId: first.id,
        personId: p.id,
        role,
        invitationState: "accepted",
        attendance: p === gabor ? "excused" : p === judit ? "remote" : "in_room",
        confidentialityAcknowledgedAt: p === gabor ? null : at(-60, 9),
        signedAt: p === gabor ? null : at(-60, 12),
      }),
    ),
  );
  await participants.save(
    seats.map(([p, role]) =>
      participants.create({ conferenceId: second.id, personId: p.id, role, invitationState: "sent" }),
    ),
  );

  const agenda = (conferenceId: string, items: [string, number][]) =>
    em
      .getRepository(AgendaItem)
      .insert(items.map(([title, timeboxMinutes], position) => ({ conferenceId, title, timeboxMinutes, position })));
  await agenda(first.id, [
    ["Opening: purpose, time frame and confidentiality", 10],
    ["What is going well: the family's strengths and resources", 30],
    ["Worries, from each participant's point of view", 40],
    ["What we want to achieve together", 30],
    ["Next steps: who does what by when", 40],
    ["How we keep each other informed; next meeting", 15],
  ]);

  const seatOf = (person: Person) => firstSeats.find((s) => s.personId === person.id)?.id ?? null;
  const tasks = em.getRepository(Task);
  const plan = await tasks.save([
    tasks.create({
      caseId: kovacs.id,
      agreedInId: first.id,
      title: "Walk Bence to school on weekday mornings",
      ownerPersonId: laszlo.id,
      ownerParticipantId: seatOf(laszlo),
      dueDate: date(-30),
      successIndicator: "Bence misses no more than two days a month",
      status: "done",
    }),
    tasks.create({
      caseId: kovacs.id,
      agreedInId: first.id,
      title: "Arrange an appointment with the educational counselling service",
      ownerPersonId: peter.id,
      ownerParticipantId: seatOf(peter),
      dueDate: date(-14),
      successIndicator: "Bence attends the first session",
      status: "in_progress",
    }),
    tasks.create({
      caseId: kovacs.id,
      agreedInId: first.id,
      title: "Visit the family at home and check Lili's development",
      ownerPersonId: judit.id,
      ownerParticipantId: seatOf(judit),
      dueDate: date(5),
      successIndicator: "Visit held and findings shared with the case manager",
    }),
    tasks.create({
      caseId: kovacs.id,
      agreedInId: first.id,
      title: "Find a free after-school club near home",
      ownerPersonId: anna.id,
      ownerParticipantId: seatOf(anna),
      dueDate: date(20),
      successIndicator: "Bence goes to the club at least twice a week",
    }),
  ]);
  await em
    .getRepository(TaskStatusChange)
    .insert(
      plan.flatMap((t) => [
        { taskId: t.id, fromStatus: null, toStatus: "open" as const },
        ...(t.status !== "open" ? [{ taskId: t.id, fromStatus: "open" as const, toStatus: t.status }] : []),
      ]),
    );
}

/** The demo sign-ins the README lists. Demo data is only ever loaded into the embedded database. */
export const DEMO_PASSWORD = "roundtable-demo";
export const DEMO_ADMIN_EMAIL = "admin@riverside-welfare.example";

async function loadDemoAccounts(em: EntityManager, staff: Record<"anna" | "eva" | "petra", Person>): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  const account = (person: Person | null, email: string, displayName: string, role: "admin" | "staff") =>
    em.getRepository(Account).create({ email, displayName, role, personId: person?.id ?? null, passwordHash: hash });
  await em
    .getRepository(Account)
    .save([
      account(null, DEMO_ADMIN_EMAIL, "Demo administrator", "admin"),
      account(staff.anna, "anna.szabo@riverside-welfare.example", "Anna Szabó", "staff"),
      account(staff.eva, "eva.toth@riverside-welfare.example", "Éva Tóth", "staff"),
      account(staff.petra, "petra.molnar@riverside-welfare.example", "Petra Molnár", "staff"),
    ]);
}
