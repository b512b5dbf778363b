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
import { Participant } from "../conferences/participant.entity.js";

/**
 * A participant's personal invitation link. Only the SHA-256 of its token is stored: a copy of
 * the database does not let anyone join a meeting. Removing the participant removes the link.
 */
@Entity("guest_links")
export class GuestLink {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column({ type: "uuid" })
  participantId: string;

  @ManyToOne(() => Participant, { onDelete: "CASCADE" })
  @JoinColumn({ name: "participantId" })
  participant: Relation<Participant>;

  @Index({ unique: true })
  @Column({ type: "text" })
  tokenHash: string;

  @Column({ type: "timestamptz" })
  expiresAt: Date;

  /** Set by the organiser, or when a new link replaces this one. */
  @Column({ type: "timestamptz", nullable: true })
  revokedAt: Date | null;

  @Column({ type: "timestamptz", nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: "uuid", nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
