import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from "typeorm";
import { Case } from "./case.entity.js";

/**
 * Who reported the endangerment: closed data (Gyvt. § 17 (2a)). Kept in its own table so that
 * no query of a case ever carries it by accident; only the case's staff may read it.
 */
@Entity("case_reporters")
export class CaseReporter {
  @PrimaryColumn({ type: "uuid" })
  caseId: string;

  @OneToOne(() => Case, { onDelete: "CASCADE" })
  @JoinColumn({ name: "caseId" })
  case: Relation<Case>;

  @Column({ type: "text" })
  name: string;

  @Column({ type: "text", nullable: true })
  contact: string | null;

  @Column({ type: "date", nullable: true })
  reportedOn: string | null;

  @Column({ type: "text", nullable: true })
  note: string | null;
}
