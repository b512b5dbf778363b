import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

export const AUDIT_OUTCOMES = ["ok", "refused", "failed"] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * One line of the append-only audit log; the database refuses UPDATE, DELETE and TRUNCATE on
 * it. No foreign keys: an entry outlives the account or record it names. Changed fields are
 * names only, never values, so closed data cannot end up here.
 */
@Entity("audit_log")
@Index(["recordType", "recordId"])
export class AuditEntry {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Millisecond precision, so the pagination cursor (an ISO string) matches it exactly. */
  @Index()
  @CreateDateColumn({ type: "timestamptz", precision: 3 })
  at: Date;

  /** anonymous, staff, guest or system. */
  @Column({ type: "text" })
  actorKind: string;

  @Index()
  @Column({ type: "uuid", nullable: true })
  accountId: string | null;

  @Column({ type: "uuid", nullable: true })
  participantId: string | null;

  @Column({ type: "uuid", nullable: true })
  sessionId: string | null;

  /** The operation: "signIn", "updateCase", "case" (a read of a case's detail), … */
  @Index()
  @Column({ type: "text" })
  action: string;

  @Column({ type: "text", nullable: true })
  recordType: string | null;

  @Column({ type: "text", nullable: true })
  recordId: string | null;

  @Column({ type: "text", nullable: true })
  ip: string | null;

  @Column({ type: "text", array: true, nullable: true })
  changedFields: string[] | null;

  @Column({ type: "enum", enum: AUDIT_OUTCOMES, enumName: "audit_outcome" })
  outcome: AuditOutcome;

  /** The error code of a refused or failed action, or what a sign-in was tried with. */
  @Column({ type: "text", nullable: true })
  detail: string | null;
}
