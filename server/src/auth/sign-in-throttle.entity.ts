import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * Failed sign-ins counted per e-mail address and per client address, in the database so that
 * every server instance sees the same count.
 */
@Entity("sign_in_throttles")
export class SignInThrottle {
  /** "account:<e-mail>" or "address:<ip>". */
  @PrimaryColumn({ type: "text" })
  key: string;

  @Column({ type: "int" })
  failures: number;

  /** Failures older than the lock period are forgotten. */
  @Column({ type: "timestamptz" })
  windowStart: Date;

  @Column({ type: "timestamptz", nullable: true })
  lockedUntil: Date | null;
}
