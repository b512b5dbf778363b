import {
  ATTENDANCES,
  INVITATION_STATES,
  PARTICIPANT_ROLES,
  type Attendance,
  type InvitationState,
  type ParticipantRole,
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
  type Relation,
} from "typeorm";
import { Person } from "../persons/person.entity.js";
import { Conference } from "./conference.entity.js";

@Entity("participants")
@Unique("UQ_participant_person", ["conferenceId", "personId"])
export class Participant {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column({ type: "uuid" })
  conferenceId: string;

  @ManyToOne(() => Conference, { onDelete: "CASCADE" })
  @JoinColumn({ name: "conferenceId" })
  conference: Relation<Conference>;

  @Index()
  @Column({ type: "uuid" })
  personId: string;

  @ManyToOne(() => Person, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "personId" })
  person: Relation<Person>;

  @Column({ type: "enum", enum: PARTICIPANT_ROLES, enumName: "participant_role" })
  role: ParticipantRole;

  @Column({ type: "enum", enum: INVITATION_STATES, enumName: "invitation_state", default: "not_sent" })
  invitationState: InvitationState;

  /** Unknown until the meeting: then in the room, remote, absent or excused. */
  @Column({ type: "enum", enum: ATTENDANCES, enumName: "attendance", nullable: true })
  attendance: Attendance | null;

  @Column({ type: "timestamptz", nullable: true })
  joinedAt: Date | null;

  @Column({ type: "timestamptz", nullable: true })
  leftAt: Date | null;

  @Column({ type: "timestamptz", nullable: true })
  confidentialityAcknowledgedAt: Date | null;

  @Column({ type: "timestamptz", nullable: true })
  signedAt: Date | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
