import { IsOptional, MaxLength } from "class-validator";
import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { LONG_TEXT } from "../graphql/validation.js";
import { INVITATION_LETTERS, type InvitationLetter } from "./invitation.entity.js";

export const GqlInvitationLetter = Object.fromEntries(INVITATION_LETTERS.map((v) => [v.toUpperCase(), v])) as {
  [K in InvitationLetter as Uppercase<K>]: K;
};
registerEnumType(GqlInvitationLetter, {
  name: "InvitationLetter",
  description: "The invitation, an update of its time or place, or the cancellation.",
});

@ObjectType("Invitation", {
  description: "What was sent to a participant and their answer; for the organisers and the participant themself.",
})
export class InvitationType {
  @Field(() => GqlInvitationLetter, { nullable: true, description: "The last letter sent; null if none was." })
  lastLetter: InvitationLetter | null;

  @Field(() => Int, { description: "The calendar entry's SEQUENCE in the last letter: 0, then one more per update." })
  sequence: number;

  @Field(() => Date, { nullable: true })
  firstSentAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastSentAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "When the participant accepted or declined (see invitationState); cleared when a new time asks again.",
  })
  answeredAt: Date | null;

  @Field(() => String, { nullable: true, description: "The participant's note with the answer." })
  answerNote: string | null;
}

@ArgsType()
export class RespondArgs {
  @Field(() => ID, { description: "The caller's own seat." })
  participantId: string;

  @Field(() => Boolean)
  accept: boolean;

  @Field(() => String, { nullable: true, description: "A word for the organiser, e.g. who comes instead." })
  @IsOptional()
  @MaxLength(LONG_TEXT)
  note?: string | null;
}
