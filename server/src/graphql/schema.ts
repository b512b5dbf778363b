import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { CaseResolver } from "../cases/case.resolver.js";
import { ConferenceResolver } from "../conferences/conference.resolver.js";
import { ParticipantResolver } from "../conferences/participant.resolver.js";
import { InstitutionResolver } from "../institutions/institution.resolver.js";
import { PersonResolver } from "../persons/person.resolver.js";
import { TaskResolver } from "../tasks/task.resolver.js";
import type { Events } from "./pubsub.js";

export const resolvers = [
  InstitutionResolver,
  PersonResolver,
  CaseResolver,
  ConferenceResolver,
  ParticipantResolver,
  TaskResolver,
] as const;

export function buildRoundtableSchema(events: Events): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    pubSub: events,
    // class-validator on every input; unknown properties cannot arrive through GraphQL anyway.
    validate: { forbidUnknownValues: false },
  });
}

/** The schema as committed in schema/schema.graphql: sorted, so the file diffs cleanly. */
export function printRoundtableSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
