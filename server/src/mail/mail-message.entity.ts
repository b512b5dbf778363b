import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from "typeorm";
import { Conference } from "../conferences/conference.entity.js";
import { Participant } from "../conferences/participant.entity.js";
import { MAIL_KINDS, type MailKind } from "./outgoing-mail.js";

export const MAIL_STATUSES = ["queued", "sending", "sent", "failed"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * One message the service sends and its delivery record. The RFC 822 text is composed once at
 * enqueue, so a retry or a re-send delivers exactly the bytes first queued. Rows are never
 * deleted (the database refuses it): the outbox is the record of what was sent to whom.
 *
 * `nextAttemptAt` is when a queued message is due; while it is `sending`, it is the end of the
 * sender's lease, after which another sender takes it again (the first one crashed).
 */
@Entity("mail_messages")
@Index(["status", "nextAttemptAt"])
@Index(["conferenceId", "createdAt"])
export class MailMessage {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "enum", enum: MAIL_KINDS, enumName: "mail_kind" })
  kind: MailKind;

  /** Kept when a conference or participant goes: the record outlives what it was about. */
  @Column({ type: "uuid", nullable: true })
  conferenceId: string | null;

  @ManyToOne(() => Conference, { onDelete: "SET NULL" })
  @JoinColumn({ name: "conferenceId" })
  conference: Relation<Conference> | null;

  @Index()
  @Column({ type: "uuid", nullable: true })
  participantId: string | null;

  @ManyToOne(() => Participant, { onDelete: "SET NULL" })
  @JoinColumn({ name: "participantId" })
  participant: Relation<Participant> | null;

  @Column({ type: "text" })
  recipientName: string;

  /** The envelope recipient: the only address the message is delivered to. */
  @Column({ type: "text" })
  recipientAddress: string;

  @Column({ type: "text" })
  subject: string;

  /** The Message-ID header, to find a message in a mailbox or a server's log. */
  @Column({ type: "text" })
  messageId: string;

  /** The whole message as sent (RFC 822). Uint8Array on PGlite, Buffer on pg (STACK.md trap 7). */
  @Column({ type: "bytea" })
  raw: Uint8Array;

  /**
   * The same message without its secrets (a guest's personal link), same Message-ID: it replaces
   * `raw` once the message is delivered, so no live link stays in the database. Null when the
   * message has none, and once swapped in.
   */
  @Column({ type: "bytea", nullable: true })
  redactedRaw: Uint8Array | null;

  /** When the delivered message's secrets were removed from `raw`; re-sending it needs a new link. */
  @Column({ type: "timestamptz", precision: 3, nullable: true })
  redactedAt: Date | null;

  @Column({ type: "enum", enum: MAIL_STATUSES, enumName: "mail_status", default: "queued" })
  status: MailStatus;

  /** Delivery attempts so far, successful or not. */
  @Column({ type: "int", default: 0 })
  attempts: number;

  @Column({ type: "timestamptz", precision: 3, default: () => "now()" })
  nextAttemptAt: Date;

  /** Which claim holds a `sending` message: a sender whose lease ran out cannot record over another's. */
  @Column({ type: "uuid", nullable: true })
  claimToken: string | null;

  /** Why the last attempt failed, as the mail server said it. */
  @Column({ type: "text", nullable: true })
  lastError: string | null;

  @Column({ type: "timestamptz", precision: 3, nullable: true })
  lastAttemptAt: Date | null;

  @Column({ type: "timestamptz", precision: 3, nullable: true })
  sentAt: Date | null;

  /** Millisecond precision, so the outbox's pagination cursor (an ISO string) matches it exactly. */
  @CreateDateColumn({ type: "timestamptz", precision: 3 })
  createdAt: Date;
}
