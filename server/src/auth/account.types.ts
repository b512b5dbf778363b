import { IsEmail, IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { GqlAccountRole } from "../graphql/enums.js";
import { Connection } from "../graphql/pagination.js";
import { NotBlank, SHORT_TEXT } from "../graphql/validation.js";
import type { AccountRole } from "./account.entity.js";

@ObjectType("Account", { description: "Someone of the service who signs in." })
export class AccountType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  displayName: string;

  @Field(() => GqlAccountRole)
  role: AccountRole;

  @Field(() => ID, { nullable: true, description: "The person who stands for this account in conferences." })
  personId: string | null;

  @Field(() => Date, { nullable: true })
  disabledAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType()
export class AccountConnection extends Connection(AccountType, "Account") {}

@ObjectType("StaffMember", { description: "A colleague, as staff may see them: to add to a case's team." })
export class StaffMemberType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;
}

@ObjectType()
export class StaffMemberConnection extends Connection(StaffMemberType, "StaffMember") {}

@ObjectType("Viewer", { description: "Who is signed in: a staff account, or a guest of one conference." })
export class ViewerType {
  @Field(() => AccountType, { nullable: true })
  account: AccountType | null;

  @Field(() => ID, { nullable: true, description: "For a guest: the one conference they may see." })
  conferenceId: string | null;

  @Field(() => ID, { nullable: true, description: "For a guest: who they are in that conference." })
  participantId: string | null;
}

@InputType()
export class AccountInput {
  @Field(() => String)
  @IsEmail({}, { message: "must be an e-mail address" })
  @MaxLength(SHORT_TEXT)
  email: string;

  @Field(() => String)
  @NotBlank()
  @MaxLength(SHORT_TEXT)
  displayName: string;

  @Field(() => GqlAccountRole)
  role: AccountRole;

  @Field(() => String, { description: "At least 12 characters; the person changes it after signing in." })
  password: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "must be an id" })
  personId?: string | null;
}

@InputType()
export class AccountPatch {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(SHORT_TEXT)
  displayName?: string;

  @Field(() => GqlAccountRole, { nullable: true })
  role?: AccountRole;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "must be an id" })
  personId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "A disabled account cannot sign in; its sessions end." })
  disabled?: boolean;
}
