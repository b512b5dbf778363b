import type { Attendance, ConferenceKind, ConferenceStatus, ParticipantRole } from "@roundtable/shared";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { GqlAttendance, GqlConferenceKind, GqlConferenceStatus, GqlParticipantRole } from "../graphql/enums.js";
import { ACTIVITY_KINDS, type ActivityKind } from "./activity-log.js";

export const GqlActivityKind = Object.fromEntries(ACTIVITY_KINDS.map((k) => [k.toUpperCase(), k])) as {
  [K in ActivityKind as Uppercase<K>]: K;
};
registerEnumType(GqlActivityKind, {
  name: "ActivityKind",
  description:
    "CONFERENCE: the meeting itself (dated when it was held, or when it is scheduled). INVITATIONS_SENT, " +
    "INVITATION_UPDATE_SENT, MINUTES_REOPENED, MINUTES_CLOSED, MINUTES_SENT, CANCELLED: what followed from it.",
});

@ObjectType("ActivityParticipant")
export class ActivityParticipantType {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  institution: string | null;

  @Field(() => GqlParticipantRole)
  role: ParticipantRole;

  @Field(() => GqlAttendance, { nullable: true, description: "Null when attendance was not taken." })
  attendance: Attendance | null;
}

@ObjectType("AttendanceCounts")
export class AttendanceCountsType {
  @Field(() => Int)
  inRoom: number;

  @Field(() => Int)
  remote: number;

  @Field(() => Int)
  absent: number;

  @Field(() => Int)
  excused: number;

  @Field(() => Int, { description: "Attendance not taken." })
  unknown: number;
}

@ObjectType("MessageCounts")
export class MessageCountsType {
  @Field(() => Int)
  count: number;

  @Field(() => Int)
  delivered: number;
}

@ObjectType("SignatureCounts")
export class SignatureCountsType {
  @Field(() => Int, { description: "Present participants who signed." })
  signed: number;

  @Field(() => Int, { description: "Participants present (in the room or remote)." })
  present: number;
}

@ObjectType("ActivityEntry", { description: "A line of the case's activity log (the register of contacts)." })
export class ActivityEntryType {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  at: Date;

  @Field(() => GqlActivityKind)
  kind: ActivityKind;

  @Field(() => Int)
  seriesIndex: number;

  @Field(() => GqlConferenceKind)
  conferenceKind: ConferenceKind;

  @Field(() => String)
  purpose: string;

  @Field(() => GqlConferenceStatus, { description: "The conference's status now." })
  status: ConferenceStatus;

  @Field(() => [String], { description: "Who organised it: the organisers, or the case manager." })
  organisers: string[];

  @Field(() => [ActivityParticipantType], { nullable: true, description: "CONFERENCE entries: everyone invited." })
  participants: ActivityParticipantType[] | null;

  @Field(() => AttendanceCountsType, { nullable: true })
  attendance: AttendanceCountsType | null;

  @Field(() => MessageCountsType, { nullable: true, description: "Entries about messages sent." })
  messages: MessageCountsType | null;

  @Field(() => SignatureCountsType, { nullable: true, description: "MINUTES_CLOSED." })
  signatures: SignatureCountsType | null;

  conferenceId: string;
}
