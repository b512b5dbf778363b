import { PERSON_KINDS, PROFESSIONS, type PersonKind, type Profession } from "@roundtable/shared";
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from "typeorm";
import { Institution } from "../institutions/institution.entity.js";

/** A professional (with an institution) or a family member; takes part in conferences. */
@Entity("persons")
export class Person {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "enum", enum: PERSON_KINDS, enumName: "person_kind" })
  kind: PersonKind;

  @Index()
  @Column({ type: "text" })
  fullName: string;

  @Column({ type: "enum", enum: PROFESSIONS, enumName: "profession", nullable: true })
  profession: Profession | null;

  /** For family members: how they relate to the children ("mother", "grandfather"). */
  @Column({ type: "text", nullable: true })
  relationship: string | null;

  @Index()
  @Column({ type: "uuid", nullable: true })
  institutionId: string | null;

  @ManyToOne(() => Institution, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "institutionId" })
  institution: Relation<Institution> | null;

  @Column({ type: "text", nullable: true })
  email: string | null;

  @Column({ type: "text", nullable: true })
  phone: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
