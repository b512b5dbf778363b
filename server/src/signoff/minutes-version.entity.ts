import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from "typeorm";
import { Conference } from "../conferences/conference.entity.js";
import type { MinutesContent } from "../minutes/minutes-content.js";

/**
 * One rendered version of a conference's minutes: 1 at the first closing, one more at each
 * closing after a reopening. Immutable: the database refuses UPDATE, DELETE and TRUNCATE, so
 * what was signed is what stays. `sha256` is the hash of the content's canonical JSON
 * (`minutesHash`), which anyone can recompute from `content` to check it.
 */
@Entity("minutes_versions")
@Unique("UQ_minutes_version_number", ["conferenceId", "number"])
export class MinutesVersion {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column({ type: "uuid" })
  conferenceId: string;

  @ManyToOne(() => Conference, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "conferenceId" })
  conference: Relation<Conference>;

  @Column({ type: "int" })
  number: number;

  @Column({ type: "jsonb" })
  content: MinutesContent;

  @Column({ type: "text" })
  sha256: string;

  @CreateDateColumn({ type: "timestamptz", precision: 3 })
  createdAt: Date;

  /** Who closed the meeting (and so had it rendered): staff, guest or system, as in the audit log. */
  @Column({ type: "text" })
  createdByKind: string;

  @Column({ type: "uuid", nullable: true })
  createdByAccountId: string | null;

  @Column({ type: "uuid", nullable: true })
  createdByParticipantId: string | null;
}
