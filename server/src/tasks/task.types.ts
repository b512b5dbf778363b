import type { TaskStatus } from "@roundtable/shared";
import { ArrayUnique, IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { GqlTaskStatus } from "../graphql/enums.js";
import { Connection } from "../graphql/pagination.js";
import { LocalDate } from "../graphql/scalars.js";
import { LONG_TEXT, NotBlank, SHORT_TEXT } from "../graphql/validation.js";

@ObjectType("Task", { description: "One line of the cooperation plan." })
export class TaskType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => LocalDate, { nullable: true })
  dueDate: string | null;

  @Field(() => String, { nullable: true, description: "How everyone will know it worked." })
  successIndicator: string | null;

  @Field(() => GqlTaskStatus)
  status: TaskStatus;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  caseId: string;
  agreedInId: string | null;
  ownerPersonId: string | null;
  ownerParticipantId: string | null;
}

@ObjectType()
export class TaskConnection extends Connection(TaskType, "Task") {}

@ObjectType("TaskStatusChange")
export class TaskStatusChangeType {
  @Field(() => GqlTaskStatus, { nullable: true, description: "Null for the task's creation." })
  fromStatus: TaskStatus | null;

  @Field(() => GqlTaskStatus)
  toStatus: TaskStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date)
  changedAt: Date;
}

@InputType()
export class TaskInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be a case id" })
  caseId: string;

  @Field(() => ID, { nullable: true, description: "The conference that agreed it." })
  @IsOptional()
  @IsUUID("all", { message: "must be a conference id" })
  agreedInId?: string | null;

  @Field(() => String)
  @NotBlank()
  @MaxLength(SHORT_TEXT)
  title: string;

  @Field(() => ID, { nullable: true, description: "The owner as a person." })
  @IsOptional()
  @IsUUID("all", { message: "must be a person id" })
  ownerPersonId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The owner as a participant of the conference; sets the person too.",
  })
  @IsOptional()
  @IsUUID("all", { message: "must be a participant id" })
  ownerParticipantId?: string | null;

  @Field(() => LocalDate, { nullable: true })
  dueDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LONG_TEXT)
  successIndicator?: string | null;
}

@InputType()
export class TaskPatch {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(SHORT_TEXT)
  title?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "must be a person id" })
  ownerPersonId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "must be a participant id" })
  ownerParticipantId?: string | null;

  @Field(() => LocalDate, { nullable: true })
  dueDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LONG_TEXT)
  successIndicator?: string | null;
}

@InputType({ description: "My tasks: ownerPersonId. Overdue: statuses OPEN and IN_PROGRESS, dueBefore today." })
export class TaskFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "must be a person id" })
  ownerPersonId?: string | null;

  @Field(() => [GqlTaskStatus], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  statuses?: TaskStatus[] | null;

  @Field(() => LocalDate, { nullable: true, description: "Due strictly before this date." })
  dueBefore?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "must be a case id" })
  caseId?: string | null;
}
