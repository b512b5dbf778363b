import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Conference } from "./conference.entity.js";

/** An agenda item prepared before the meeting; during it the live document owns the agenda. */
@Entity("agenda_items")
export class AgendaItem {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column({ type: "uuid" })
  conferenceId: string;

  @ManyToOne(() => Conference, { onDelete: "CASCADE" })
  @JoinColumn({ name: "conferenceId" })
  conference: Relation<Conference>;

  @Column({ type: "text" })
  title: string;

  @Column({ type: "int" })
  timeboxMinutes: number;

  /** 0-based order within the conference. */
  @Column({ type: "int" })
  position: number;

  /** When the item reviews a task agreed at an earlier conference of the series. */
  @Column({ type: "uuid", nullable: true })
  reviewsTaskId: string | null;
}
