import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { auditOperations } from "../audit/audit-log.js";
import { ActivityEntryResolver, CaseActivityResolver } from "../activity/activity.resolver.js";
import { AuditResolver } from "../audit/audit.resolver.js";
import { AccountResolver } from "../auth/account.resolver.js";
import { AuthResolver } from "../auth/auth.resolver.js";
import { GuestLinkResolver } from "../auth/guest-link.resolver.js";
import { CaseResolver } from "../cases/case.resolver.js";
import { ConferenceResolver } from "../conferences/conference.resolver.js";
import { ParticipantResolver } from "../conferences/participant.resolver.js";
import { InstitutionResolver } from "../institutions/institution.resolver.js";
import { ConferenceInvitationResolver, InvitationResolver } from "../invitations/invitation.resolver.js";
import { ConferenceMailResolver, MailResolver } from "../mail/mail.resolver.js";
import { CaseDeadlinesResolver, DeadlineResolver } from "../followup/deadline.resolver.js";
import { PersonResolver } from "../persons/person.resolver.js";
import { ConferenceMinutesResolver, MinutesVersionResolver } from "../signoff/signoff.resolver.js";
import { TaskResolver } from "../tasks/task.resolver.js";
import type { Events } from "./pubsub.js";

export const resolvers = [
  AuthResolver,
  AccountResolver,
  GuestLinkResolver,
  AuditResolver,
  InstitutionResolver,
  PersonResolver,
  CaseResolver,
  ConferenceResolver,
  ParticipantResolver,
  TaskResolver,
  InvitationResolver,
  ConferenceInvitationResolver,
  MailResolver,
  ConferenceMailResolver,
  DeadlineResolver,
  CaseDeadlinesResolver,
  ActivityEntryResolver,
  CaseActivityResolver,
  ConferenceMinutesResolver,
  MinutesVersionResolver,
] as const;

export async function buildRoundtableSchema(events: Events): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    pubSub: events,
    // class-validator on every input; unknown properties cannot arrive through GraphQL anyway.
    validate: { forbidUnknownValues: false },
  });
  auditOperations(schema);
  return schema;
}

/** The schema as committed in schema/schema.graphql: sorted, so the file diffs cleanly. */
export function printRoundtableSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
