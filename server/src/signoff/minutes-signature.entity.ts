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
import { Participant } from "../conferences/participant.entity.js";
import type { SignatureLine } from "../minutes/minutes-content.js";
import { MinutesVersion } from "./minutes-version.entity.js";

export const SIGNATURE_OUTCOMES = [
  "signed",
  "dissent",
  "correction_requested",
  "missing",
] as const satisfies readonly SignatureLine["outcome"][];
export type SignatureOutcome = (typeof SIGNATURE_OUTCOMES)[number];

/**
 * A present participant's answer to one minutes version: signed, a dissent or a correction
 * request (with a note), or `missing` when the facilitator closed without it. One per
 * participant and version; append-only like the version itself. A reopening makes a new
 * version, and nothing recorded here carries over to it.
 */
@Entity("minutes_signatures")
@Unique("UQ_minutes_signature_participant", ["versionId", "participantId"])
export class MinutesSignature {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column({ type: "uuid" })
  versionId: string;

  @ManyToOne(() => MinutesVersion, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "versionId" })
  version: Relation<MinutesVersion>;

  @Index()
  @Column({ type: "uuid" })
  participantId: string;

  @ManyToOne(() => Participant, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "participantId" })
  participant: Relation<Participant>;

  @Column({ type: "enum", enum: SIGNATURE_OUTCOMES, enumName: "minutes_signature_outcome" })
  outcome: SignatureOutcome;

  /** Why, for a dissent or a correction request. */
  @Column({ type: "text", nullable: true })
  note: string | null;

  /** Signed in the room on the device of whoever runs the meeting, who confirmed the signer. */
  @Column({ type: "boolean", default: false })
  inRoom: boolean;

  /** Who recorded it: the participant themselves, the one who confirmed it in the room, or who closed. */
  @Column({ type: "text" })
  recordedByKind: string;

  @Column({ type: "uuid", nullable: true })
  recordedByAccountId: string | null;

  @Column({ type: "uuid", nullable: true })
  recordedByParticipantId: string | null;

  @CreateDateColumn({ type: "timestamptz", precision: 3 })
  at: Date;
}
