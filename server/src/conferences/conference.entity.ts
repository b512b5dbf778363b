import {
  CONFERENCE_KINDS,
  CONFERENCE_STATUSES,
  LANGUAGES,
  type ConferenceKind,
  type ConferenceStatus,
  type Language,
} from "@roundtable/shared";
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from "typeorm";
import { Case } from "../cases/case.entity.js";

@Entity("conferences")
@Unique("UQ_conference_series", ["caseId", "seriesIndex"])
export class Conference {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column({ type: "uuid" })
  caseId: string;

  @ManyToOne(() => Case, { onDelete: "CASCADE" })
  @JoinColumn({ name: "caseId" })
  case: Relation<Case>;

  @Column({ type: "enum", enum: CONFERENCE_KINDS, enumName: "conference_kind", default: "conference" })
  kind: ConferenceKind;

  /** Stated positively, before anyone is invited (the guide's first trap). */
  @Column({ type: "text" })
  purpose: string;

  @Index()
  @Column({ type: "timestamptz", nullable: true })
  scheduledStart: Date | null;

  @Column({ type: "int", default: 180 })
  plannedDurationMinutes: number;

  @Column({ type: "text", nullable: true })
  place: string | null;

  @Column({ type: "text", nullable: true })
  onlineLink: string | null;

  /** 1 for the first meeting of the case, then 2, 3, … */
  @Column({ type: "int" })
  seriesIndex: number;

  @Column({ type: "enum", enum: LANGUAGES, enumName: "language", default: "en" })
  language: Language;

  @Index()
  @Column({ type: "enum", enum: CONFERENCE_STATUSES, enumName: "conference_status", default: "draft" })
  status: ConferenceStatus;

  @Column({ type: "timestamptz", default: () => "now()" })
  statusChangedAt: Date;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
