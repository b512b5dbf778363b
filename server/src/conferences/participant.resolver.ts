import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root, Subscription } from "type-graphql";
import { findOr404 } from "../db/lookup.js";
import type { Context } from "../graphql/context.js";
import { TOPICS, type ChangeEvent } from "../graphql/pubsub.js";
import { PersonType } from "../persons/person.types.js";
import { can } from "../policy/policy.js";
import { visibleConference } from "./conference.resolver.js";
import { ConferenceType, ParticipantInput, ParticipantPatch, ParticipantType } from "./conference.types.js";
import { Participant } from "./participant.entity.js";
import {
  acknowledgeConfidentiality,
  addParticipant,
  removeParticipant,
  updateParticipant,
} from "./participant.service.js";

async function participantConference(ctx: Context, participantId: string) {
  const participant = await findOr404(ctx.db.manager, Participant, "Participant", participantId);
  return visibleConference(ctx, participant.conferenceId, "update");
}

@Resolver(() => ParticipantType)
export class ParticipantResolver {
  @Mutation(() => ParticipantType)
  async addParticipant(
    @Arg("conferenceId", () => ID) conferenceId: string,
    @Arg("input", () => ParticipantInput) input: ParticipantInput,
    @Ctx() ctx: Context,
  ) {
    await visibleConference(ctx, conferenceId, "update");
    return addParticipant(ctx, conferenceId, input);
  }

  @Mutation(() => ParticipantType, { description: "Role, invitation answer, attendance and arrival/leaving times." })
  async updateParticipant(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => ParticipantPatch) input: ParticipantPatch,
    @Ctx() ctx: Context,
  ) {
    await participantConference(ctx, id);
    return updateParticipant(ctx, id, input);
  }

  @Mutation(() => ParticipantType, { description: "Records, once, that the participant accepted confidentiality." })
  async acknowledgeConfidentiality(@Arg("participantId", () => ID) participantId: string, @Ctx() ctx: Context) {
    await participantConference(ctx, participantId);
    return acknowledgeConfidentiality(ctx, participantId);
  }

  @Mutation(() => Boolean)
  async removeParticipant(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    await participantConference(ctx, id);
    await removeParticipant(ctx, id);
    return true;
  }

  @FieldResolver(() => PersonType)
  person(@Root() p: ParticipantType, @Ctx() ctx: Context) {
    return ctx.loaders.personById.load(p.personId);
  }

  @FieldResolver(() => ConferenceType)
  conference(@Root() p: ParticipantType, @Ctx() ctx: Context) {
    return ctx.loaders.conferenceById.load(p.conferenceId);
  }

  @Subscription(() => ParticipantType, {
    topics: TOPICS.participant,
    nullable: true,
    description: "A participant of the conference was added, changed or (null) removed.",
    filter: ({ payload, args, context }: { payload: ChangeEvent; args: { conferenceId: string }; context: Context }) =>
      payload.conferenceId === args.conferenceId &&
      can(context.actor, "read", { type: "conference", conferenceId: args.conferenceId, caseId: payload.caseId }),
  })
  participantChanged(
    @Root() event: ChangeEvent,
    @Arg("conferenceId", () => ID) _conferenceId: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.db.getRepository(Participant).findOneBy({ id: event.id });
  }
}
