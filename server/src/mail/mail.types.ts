import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../graphql/pagination.js";
import { MAIL_STATUSES, type MailStatus } from "./mail-message.entity.js";
import { MAIL_KINDS, type MailKind } from "./outgoing-mail.js";

/** Names in UPPER_CASE on the wire, values as stored (as graphql/enums.ts does). */
function gqlEnum<const V extends string>(values: readonly V[], name: string, description: string) {
  const e = Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as { [K in V as Uppercase<K>]: K };
  registerEnumType(e, { name, description });
  return e;
}

export const GqlMailKind = gqlEnum(
  MAIL_KINDS,
  "MailKind",
  "What a message is: an invitation, the minutes, a reminder…",
);
export const GqlMailStatus = gqlEnum(
  MAIL_STATUSES,
  "MailStatus",
  "queued (waiting, or waiting to be tried again) → sending → sent; failed: given up after the last attempt.",
);

@ObjectType("MailDelivery", { description: "One message the service sends and how its delivery stands." })
export class MailDeliveryType {
  @Field(() => ID)
  id: string;

  @Field(() => GqlMailKind)
  kind: MailKind;

  @Field(() => GqlMailStatus)
  status: MailStatus;

  @Field(() => ID, { nullable: true, description: "The conference it is about, if any." })
  conferenceId: string | null;

  @Field(() => ID, { nullable: true, description: "The participant it is addressed to, if any." })
  participantId: string | null;

  @Field(() => String)
  recipientAddress: string;

  @Field(() => String, {
    nullable: true,
    description: "Null in the administrators' outbox: they run delivery, they do not read cases.",
  })
  recipientName: string | null;

  @Field(() => String, { nullable: true, description: "Null in the administrators' outbox, as recipientName." })
  subject: string | null;

  @Field(() => Int, { description: "Delivery attempts so far (since the last re-send)." })
  attempts: number;

  @Field(() => String, { nullable: true, description: "Why the last attempt failed, as the mail server said it." })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When a queued message is tried (again); null otherwise." })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType()
export class MailDeliveryConnection extends Connection(MailDeliveryType, "MailDelivery") {}

@InputType()
export class MailOutboxFilter {
  @Field(() => GqlMailStatus, { nullable: true })
  status?: MailStatus | null;

  @Field(() => GqlMailKind, { nullable: true })
  kind?: MailKind | null;
}
