import type { PersonKind, Profession } from "@roundtable/shared";
import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { GqlPersonKind, GqlProfession } from "../graphql/enums.js";
import { Connection } from "../graphql/pagination.js";
import { NotBlank, OptionalEmail, SHORT_TEXT } from "../graphql/validation.js";

@ObjectType("Person", { description: "A professional or a member of the family." })
export class PersonType {
  @Field(() => ID)
  id: string;

  @Field(() => GqlPersonKind)
  kind: PersonKind;

  @Field(() => String)
  fullName: string;

  @Field(() => GqlProfession, { nullable: true })
  profession: Profession | null;

  @Field(() => String, { nullable: true, description: "For family members: mother, grandfather, …" })
  relationship: string | null;

  email: string | null;
  phone: string | null;

  institutionId: string | null;
}

@ObjectType()
export class PersonConnection extends Connection(PersonType, "Person") {}

@InputType()
export class PersonInput {
  @Field(() => GqlPersonKind)
  kind: PersonKind;

  @Field(() => String)
  @NotBlank()
  @MaxLength(SHORT_TEXT)
  fullName: string;

  @Field(() => GqlProfession, { nullable: true })
  profession?: Profession | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHORT_TEXT)
  relationship?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "must be an institution id" })
  institutionId?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalEmail()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  phone?: string | null;
}
