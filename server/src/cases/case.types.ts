import type { CaseFlag, CaseStatus } from "@roundtable/shared";
import { ArrayMaxSize, ArrayUnique, IsOptional, IsUUID, MaxLength, ValidateNested } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { GqlCaseFlag, GqlCaseStatus } from "../graphql/enums.js";
import { Connection } from "../graphql/pagination.js";
import { LocalDate } from "../graphql/scalars.js";
import { LONG_TEXT, NotBlank, SHORT_TEXT } from "../graphql/validation.js";

@ObjectType("Child")
export class ChildType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  fullName: string;

  @Field(() => LocalDate)
  birthDate: string;
}

@ObjectType("CaseReporter", { description: "Who reported the endangerment. Closed data: the case's staff only." })
export class CaseReporterType {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  contact: string | null;

  @Field(() => LocalDate, { nullable: true })
  reportedOn: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType("Case")
export class CaseType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: "The service's own case number." })
  reference: string;

  @Field(() => String)
  familyName: string;

  @Field(() => GqlCaseStatus)
  status: CaseStatus;

  @Field(() => [GqlCaseFlag])
  flags: CaseFlag[];

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  caseManagerId: string | null;
}

@ObjectType()
export class CaseConnection extends Connection(CaseType, "Case") {}

@InputType()
export class ChildInput {
  @Field(() => String)
  @NotBlank()
  @MaxLength(SHORT_TEXT)
  fullName: string;

  @Field(() => LocalDate)
  birthDate: string;
}

@InputType()
export class CaseReporterInput {
  @Field(() => String)
  @NotBlank()
  @MaxLength(SHORT_TEXT)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHORT_TEXT)
  contact?: string | null;

  @Field(() => LocalDate, { nullable: true })
  reportedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LONG_TEXT)
  note?: string | null;
}

/** Fields a case is created with; on update every field is optional and absent means unchanged. */
@InputType()
export class CaseInput {
  @Field(() => String)
  @NotBlank()
  @MaxLength(50)
  reference: string;

  @Field(() => String)
  @NotBlank()
  @MaxLength(SHORT_TEXT)
  familyName: string;

  @Field(() => GqlCaseStatus, { nullable: true })
  status?: CaseStatus;

  @Field(() => [GqlCaseFlag], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  flags?: CaseFlag[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "must be a person id" })
  caseManagerId?: string | null;

  @Field(() => [ID], { nullable: true, description: "Involved professionals (persons)." })
  @IsOptional()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID("all", { each: true, message: "must be person ids" })
  professionalIds?: string[];

  @Field(() => [ChildInput], { nullable: true, description: "The children, in order; replaces the list." })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  children?: ChildInput[];

  @Field(() => CaseReporterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  reporter?: CaseReporterInput | null;
}

@InputType()
export class CasePatch {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(50)
  reference?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(SHORT_TEXT)
  familyName?: string;

  @Field(() => GqlCaseStatus, { nullable: true })
  status?: CaseStatus;

  @Field(() => [GqlCaseFlag], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  flags?: CaseFlag[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "must be a person id" })
  caseManagerId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID("all", { each: true, message: "must be person ids" })
  professionalIds?: string[];

  @Field(() => [ChildInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  children?: ChildInput[];
}

@InputType()
export class CaseFilter {
  @Field(() => GqlCaseStatus, { nullable: true })
  status?: CaseStatus | null;

  @Field(() => String, { nullable: true, description: "Matches any part of the reference or the family name." })
  @IsOptional()
  @MaxLength(SHORT_TEXT)
  search?: string | null;
}
