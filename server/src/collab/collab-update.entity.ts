import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from "typeorm";
import { Conference } from "../conferences/conference.entity.js";

/**
 * The append-only log of a live document: each row is one Yjs update (a merged batch of what
 * clients sent between two stores). Rows are only inserted, and deleted by compaction in the
 * same transaction that folds them into the snapshot. `seq` orders them for reading.
 */
@Entity("collab_updates")
@Index(["conferenceId", "seq"])
export class CollabUpdate {
  @PrimaryGeneratedColumn("identity", { type: "bigint", generatedIdentity: "ALWAYS" })
  seq: number;

  @Column({ type: "uuid" })
  conferenceId: string;

  @ManyToOne(() => Conference, { onDelete: "CASCADE" })
  @JoinColumn({ name: "conferenceId" })
  conference: Relation<Conference>;

  /** Yjs update, encoding v1. Uint8Array on PGlite, Buffer on pg (STACK.md trap 7). */
  @Column({ type: "bytea" })
  data: Uint8Array;

  @Column({ type: "timestamptz", default: () => "now()" })
  createdAt: Date;
}

/** Everything compacted so far: the merged state, its state vector and the last row it covers. */
@Entity("collab_snapshots")
export class CollabSnapshot {
  @PrimaryColumn({ type: "uuid" })
  conferenceId: string;

  @ManyToOne(() => Conference, { onDelete: "CASCADE" })
  @JoinColumn({ name: "conferenceId" })
  conference: Relation<Conference>;

  @Column({ type: "bytea" })
  state: Uint8Array;

  @Column({ type: "bytea" })
  stateVector: Uint8Array;

  /** The highest collab_updates.seq folded into `state`. */
  @Column({ type: "bigint" })
  lastSeq: number;

  @Column({ type: "timestamptz", default: () => "now()" })
  updatedAt: Date;
}
