import { CASE_FLAGS, CASE_STATUSES, type CaseFlag, type CaseStatus } from "@roundtable/shared";
import { Account } from "../auth/account.entity.js";
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
import { Person } from "../persons/person.entity.js";

@Entity("cases")
export class Case {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** The service's own case number, as written on paper files. */
  @Index({ unique: true })
  @Column({ type: "text" })
  reference: string;

  @Index()
  @Column({ type: "text" })
  familyName: string;

  @Column({ type: "enum", enum: CASE_STATUSES, enumName: "case_status", default: "open" })
  status: CaseStatus;

  @Column({ type: "enum", enum: CASE_FLAGS, enumName: "case_flag", array: true, default: [] })
  flags: CaseFlag[];

  @Index()
  @Column({ type: "uuid", nullable: true })
  caseManagerId: string | null;

  @ManyToOne(() => Person, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "caseManagerId" })
  caseManager: Relation<Person> | null;

  @ManyToMany(() => Person)
  @JoinTable({
    name: "case_professionals",
    joinColumn: { name: "caseId" },
    inverseJoinColumn: { name: "personId" },
  })
  professionals: Relation<Person[]>;

  /** The staff who work on the case besides its manager: they read and edit it. */
  @ManyToMany(() => Account)
  @JoinTable({ name: "case_team", joinColumn: { name: "caseId" }, inverseJoinColumn: { name: "accountId" } })
  team: Relation<Account[]>;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Index()
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
