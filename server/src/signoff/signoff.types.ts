import type { ParticipantRole } from "@roundtable/shared";
import { IsOptional, MaxLength } from "class-validator";
import { JSONObjectResolver } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { GqlParticipantRole } from "../graphql/enums.js";
import { LONG_TEXT } from "../graphql/validation.js";
import type { MinutesContent } from "../minutes/minutes-content.js";
import { SIGNATURE_OUTCOMES, type SignatureOutcome } from "./minutes-signature.entity.js";
import type { MinutesAnswer } from "./signing.js";

const upper = <V extends string>(values: readonly V[]) =>
  Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as { [K in V as Uppercase<K>]: K };

export const GqlSignatureOutcome = upper(SIGNATURE_OUTCOMES);
registerEnumType(GqlSignatureOutcome, {
  name: "SignatureOutcome",
  description: "A present participant's answer to a minutes version; MISSING when it was closed without one.",
});

const ANSWERS = ["signed", "dissent", "correction_requested"] as const satisfies readonly MinutesAnswer[];
export const GqlMinutesAnswer = upper(ANSWERS);
registerEnumType(GqlMinutesAnswer, {
  name: "MinutesAnswer",
  description: "Sign the minutes, or instead record a dissent or ask for a correction (both with a note).",
});

@ObjectType("MinutesSignature", {
  description: "A line of a version's signature table: one per participant present (in the room or remote).",
})
export class MinutesSignatureType {
  @Field(() => ID)
  participantId: string;

  @Field(() => String, { description: "As on the version's attendance sheet." })
  name: string;

  @Field(() => GqlParticipantRole)
  role: ParticipantRole;

  @Field(() => GqlSignatureOutcome, { nullable: true, description: "Null while the participant has not answered." })
  outcome: SignatureOutcome | null;

  @Field(() => Date, { nullable: true })
  at: Date | null;

  @Field(() => Boolean, { description: "Signed in the room on the device of whoever runs the meeting." })
  inRoom: boolean;

  @Field(() => String, { nullable: true, description: "Why, for a dissent or a correction request." })
  note: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Who confirmed an answer given in the room, or who closed without it; null when the participant answered from their own device.",
  })
  confirmedBy: string | null;
}

@ObjectType("MinutesVersion", {
  description: "One immutable rendering of the minutes at a closing; a reopening makes a new one to sign again.",
})
export class MinutesVersionType {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "1 at the first closing, one more at each closing after a reopening." })
  number: number;

  @Field(() => String, {
    description: "SHA-256 (hex) of the content's canonical JSON: recompute it to check the record.",
  })
  sha256: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => JSONObjectResolver, {
    description:
      "What the version holds (MinutesContent, format 1): conference, attendance sheet, minutes per agenda item as blocks, tasks, agreements.",
  })
  content: MinutesContent;

  conferenceId: string;
}

@InputType()
export class MinutesAnswerInput {
  @Field(() => GqlMinutesAnswer, { nullable: true, description: "SIGNED unless said." })
  answer?: MinutesAnswer | null;

  @Field(() => String, { nullable: true, description: "Required for a dissent or a correction request." })
  @IsOptional()
  @MaxLength(LONG_TEXT)
  note?: string | null;
}
