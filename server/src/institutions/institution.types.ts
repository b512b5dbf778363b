import type { InstitutionKind } from "@roundtable/shared";
import { IsOptional, MaxLength } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { GqlInstitutionKind } from "../graphql/enums.js";
import { Connection } from "../graphql/pagination.js";
import { NotBlank, OptionalEmail, SHORT_TEXT } from "../graphql/validation.js";

@ObjectType("Institution")
export class InstitutionType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => GqlInstitutionKind)
  kind: InstitutionKind;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

@ObjectType()
export class InstitutionConnection extends Connection(InstitutionType, "Institution") {}

@InputType()
export class InstitutionInput {
  @Field(() => String)
  @NotBlank()
  @MaxLength(SHORT_TEXT)
  name: string;

  @Field(() => GqlInstitutionKind)
  kind: InstitutionKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHORT_TEXT)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalEmail()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  phone?: string | null;
}
