import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, type Relation } from "typeorm";
import { Conference } from "../conferences/conference.entity.js";
import { Participant } from "../conferences/participant.entity.js";

export const INVITATION_LETTERS = ["invitation", "invitation_update", "invitation_cancellation"] as const;
export type InvitationLetter = (typeof INVITATION_LETTERS)[number];

/**
 * What was sent to one participant about their conference, and their answer. The answer itself
 * is the participant's `invitationState`; this row adds when and with what note. No link token
 * is kept: each invitation carries a new link, updates point back to it (docs/invitations.md).
 */
@Entity("invitations")
export class Invitation {
  @PrimaryColumn({ type: "uuid" })
  participantId: string;

  @OneToOne(() => Participant, { onDelete: "CASCADE" })
  @JoinColumn({ name: "participantId" })
  participant: Relation<Participant>;

  @Index()
  @Column({ type: "uuid" })
  conferenceId: string;

  @ManyToOne(() => Conference, { onDelete: "CASCADE" })
  @JoinColumn({ name: "conferenceId" })
  conference: Relation<Conference>;

  /**
   * The iCalendar SEQUENCE of the last message sent to this participant. The conference's
   * current one is the highest of its rows; every update and the cancellation raise it.
   */
  @Column({ type: "int", default: 0 })
  sequence: number;

  /** Null while nothing was sent: an answer given from a link the organiser handed over in person. */
  @Column({ type: "enum", enum: INVITATION_LETTERS, enumName: "invitation_letter", nullable: true })
  lastLetter: InvitationLetter | null;

  @Column({ type: "timestamptz", nullable: true })
  firstSentAt: Date | null;

  @Column({ type: "timestamptz", nullable: true })
  lastSentAt: Date | null;

  /** The queued message (mail_messages), for its delivery state. */
  @Column({ type: "uuid", nullable: true })
  lastMailId: string | null;

  /** When the participant accepted or declined; cleared when a new time asks again. */
  @Column({ type: "timestamptz", nullable: true })
  answeredAt: Date | null;

  @Column({ type: "text", nullable: true })
  answerNote: string | null;
}
