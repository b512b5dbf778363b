import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Case } from "./case.entity.js";

@Entity("case_children")
export class Child {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column({ type: "uuid" })
  caseId: string;

  @ManyToOne(() => Case, { onDelete: "CASCADE" })
  @JoinColumn({ name: "caseId" })
  case: Relation<Case>;

  @Column({ type: "text" })
  fullName: string;

  /** 'YYYY-MM-DD'; a date, never a moment in time. */
  @Column({ type: "date" })
  birthDate: string;

  @Column({ type: "int" })
  position: number;
}
