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
import { Account } from "./account.entity.js";
import { GuestLink } from "./guest-link.entity.js";

export const SESSION_KINDS = ["staff", "guest"] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/**
 * A signed-in browser. The cookie carries a random token; only its SHA-256 is stored. A staff
 * session belongs to an account, a guest session to the invitation link it was opened with.
 */
@Entity("sessions")
export class Session {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index({ unique: true })
  @Column({ type: "text" })
  tokenHash: string;

  @Column({ type: "enum", enum: SESSION_KINDS, enumName: "session_kind" })
  kind: SessionKind;

  @Index()
  @Column({ type: "uuid", nullable: true })
  accountId: string | null;

  @ManyToOne(() => Account, { onDelete: "CASCADE", nullable: true })
  @JoinColumn({ name: "accountId" })
  account: Relation<Account> | null;

  @Index()
  @Column({ type: "uuid", nullable: true })
  guestLinkId: string | null;

  @ManyToOne(() => GuestLink, { onDelete: "CASCADE", nullable: true })
  @JoinColumn({ name: "guestLinkId" })
  guestLink: Relation<GuestLink> | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Column({ type: "timestamptz" })
  lastSeenAt: Date;

  /** Moves forward with use (sliding), but never past absoluteExpiresAt. */
  @Column({ type: "timestamptz" })
  expiresAt: Date;

  @Column({ type: "timestamptz" })
  absoluteExpiresAt: Date;

  @Column({ type: "timestamptz", nullable: true })
  revokedAt: Date | null;

  @Column({ type: "text", nullable: true })
  ip: string | null;

  @Column({ type: "text", nullable: true })
  userAgent: string | null;
}
