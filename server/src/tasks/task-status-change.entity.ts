import { TASK_STATUSES, type TaskStatus } from "@roundtable/shared";
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
import { Task } from "./task.entity.js";

/** The history of a task's status, oldest first; the first row is its creation. */
@Entity("task_status_changes")
export class TaskStatusChange {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column({ type: "uuid" })
  taskId: string;

  @ManyToOne(() => Task, { onDelete: "CASCADE" })
  @JoinColumn({ name: "taskId" })
  task: Relation<Task>;

  @Column({ type: "enum", enum: TASK_STATUSES, enumName: "task_status", nullable: true })
  fromStatus: TaskStatus | null;

  @Column({ type: "enum", enum: TASK_STATUSES, enumName: "task_status" })
  toStatus: TaskStatus;

  @Column({ type: "text", nullable: true })
  note: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  changedAt: Date;
}
