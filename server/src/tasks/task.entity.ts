import { TASK_STATUSES, type TaskStatus } from "@roundtable/shared";
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from "typeorm";
import { Case } from "../cases/case.entity.js";
import { Conference } from "../conferences/conference.entity.js";
import { Participant } from "../conferences/participant.entity.js";
import { Person } from "../persons/person.entity.js";

/** One line of the cooperation plan: who does what by when, and how success shows. */
@Entity("tasks")
export class Task {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column({ type: "uuid" })
  caseId: string;

  @ManyToOne(() => Case, { onDelete: "CASCADE" })
  @JoinColumn({ name: "caseId" })
  case: Relation<Case>;

  /** The conference that agreed it; null for a task set outside a meeting. */
  @Index()
  @Column({ type: "uuid", nullable: true })
  agreedInId: string | null;

  @ManyToOne(() => Conference, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "agreedInId" })
  agreedIn: Relation<Conference> | null;

  @Column({ type: "text" })
  title: string;

  /** Who answers for it, across conferences: the "my tasks" view is by person. */
  @Index()
  @Column({ type: "uuid", nullable: true })
  ownerPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "ownerPersonId" })
  ownerPerson: Relation<Person> | null;

  /** The participant seat it was given to, when agreed in a meeting. */
  @Column({ type: "uuid", nullable: true })
  ownerParticipantId: string | null;

  @ManyToOne(() => Participant, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "ownerParticipantId" })
  ownerParticipant: Relation<Participant> | null;

  @Index()
  @Column({ type: "date", nullable: true })
  dueDate: string | null;

  /** How everyone will know it worked: "the child attends the offered psychologist". */
  @Column({ type: "text", nullable: true })
  successIndicator: string | null;

  @Index()
  @Column({ type: "enum", enum: TASK_STATUSES, enumName: "task_status", default: "open" })
  status: TaskStatus;

  @ManyToMany(() => Conference)
  @JoinTable({ name: "task_reviews", joinColumn: { name: "taskId" }, inverseJoinColumn: { name: "conferenceId" } })
  reviewedIn: Relation<Conference[]>;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
