import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from "typeorm";
import { Person } from "../persons/person.entity.js";

export const ACCOUNT_ROLES = ["admin", "staff"] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/**
 * A member of the service who signs in. Administrators manage accounts and institutions; staff
 * work on the cases whose team they are on. An account is linked to the person who stands for
 * it in conferences and as a task owner.
 */
@Entity("accounts")
export class Account {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Stored lower-case: sign-in is case-insensitive. */
  @Index({ unique: true })
  @Column({ type: "text" })
  email: string;

  @Column({ type: "text" })
  displayName: string;

  @Column({ type: "enum", enum: ACCOUNT_ROLES, enumName: "account_role" })
  role: AccountRole;

  /** scrypt, self-describing (see password.ts). */
  @Column({ type: "text" })
  passwordHash: string;

  /** Unique through the one-to-one relation below. */
  @Column({ type: "uuid", nullable: true })
  personId: string | null;

  @OneToOne(() => Person, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "personId" })
  person: Relation<Person> | null;

  /** A disabled account cannot sign in and has no sessions. */
  @Column({ type: "timestamptz", nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
