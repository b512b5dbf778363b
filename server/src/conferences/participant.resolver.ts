import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root, Subscription } from "type-graphql";
import { findOr404 } from "../db/lookup.js";
import type { Context } from "../graphql/context.js";
import { guardedSubscription } from "../graphql/guarded-subscription.js";
import { TOPICS, type ChangeEvent } from "../graphql/pubsub.js";
import { PersonType } from "../persons/person.types.js";
import { notFound } from "../graphql/errors.js";
import { authorize, can } from "../policy/policy.js";
import { Conference } from "./conference.entity.js";
import { visibleConference } from "./conference.resolver.js";
import { ConferenceType, ParticipantInput, ParticipantPatch, ParticipantType } from "./conference.types.js";
import { Participant } from "./participant.entity.js";
import {
  acknowledgeConfidentiality,
  addParticipant,
  removeParticipant,
  updateParticipant,
} from "./participant.service.js";

async function participantConference(ctx: Context, participantId: string, action: "update" | "run" = "update") {
  const participant = await findOr404(ctx.db.manager, Participant, "Participant", participantId);
  return visibleConference(ctx, participant.conferenceId, action);
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
    // Attendance and arrival times are taken by whoever runs the meeting; roles are the organisers'.
    await participantConference(ctx, id, input.role === undefined || input.role === null ? "run" : "update");
    return updateParticipant(ctx, id, input);
  }

  @Mutation(() => ParticipantType, { description: "Records, once, that the participant accepted confidentiality." })
  async acknowledgeConfidentiality(@Arg("participantId", () => ID) participantId: string, @Ctx() ctx: Context) {
    const participant = await findOr404(ctx.db.manager, Participant, "Participant", participantId);
    const conference = await findOr404(ctx.db.manager, Conference, "Participant", participant.conferenceId);
    authorize(
      ctx.actor,
      "update",
      {
        type: "participant",
        participantId,
        personId: participant.personId,
        conferenceId: conference.id,
        caseId: conference.caseId,
      },
      () => notFound("Participant", participantId),
    );
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
    nullable: true,
    description: "A participant of the conference was added, changed or (null) removed.",
    subscribe: guardedSubscription<{ conferenceId: string }>(
      TOPICS.participant,
      (args, ctx) => visibleConference(ctx, args.conferenceId),
      (event, args, ctx) =>
        event.conferenceId === args.conferenceId &&
        can(ctx.actor, "read", { type: "conference", conferenceId: args.conferenceId, caseId: event.caseId }),
    ),
  })
  participantChanged(
    @Root() event: ChangeEvent,
    @Arg("conferenceId", () => ID) _conferenceId: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.db.getRepository(Participant).findOneBy({ id: event.id });
  }
}
