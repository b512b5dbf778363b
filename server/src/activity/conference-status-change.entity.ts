import { CONFERENCE_STATUSES, type ConferenceStatus } from "@roundtable/shared";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Conference } from "../conferences/conference.entity.js";

/**
 * Every status a conference had and when: invitations sent (→ invited), the meeting held
 * (→ live), ended (→ signing), the minutes closed (→ closed), cancelled. Written by a database
 * trigger on `conferences`, not by the code that changes the status, so every path that changes
 * it (GraphQL, sign-off, anything later) is recorded; the clocks and the activity log read it.
 */
@Entity("conference_status_changes")
@Index(["conferenceId", "changedAt"])
export class ConferenceStatusChange {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid" })
  conferenceId: string;

  @ManyToOne(() => Conference, { onDelete: "CASCADE" })
  @JoinColumn({ name: "conferenceId" })
  conference: Relation<Conference>;

  /** Null for the conference's creation. */
  @Column({ type: "enum", enum: CONFERENCE_STATUSES, enumName: "conference_status", nullable: true })
  fromStatus: ConferenceStatus | null;

  @Column({ type: "enum", enum: CONFERENCE_STATUSES, enumName: "conference_status" })
  toStatus: ConferenceStatus;

  @Column({ type: "timestamptz" })
  changedAt: Date;
}
