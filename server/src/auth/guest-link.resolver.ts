import { Arg, Ctx, FieldResolver, ID, Mutation, ObjectType, Field, Resolver, Root } from "type-graphql";
import { ParticipantType } from "../conferences/conference.types.js";
import type { Context } from "../graphql/context.js";
import { TOPICS } from "../graphql/pubsub.js";
import { notFound } from "../graphql/errors.js";
import { authorize, can } from "../policy/policy.js";
import { ViewerType } from "./account.types.js";
import { GuestLink } from "./guest-link.entity.js";
import { issueGuestLink, participantWithConference, redeemGuestLink, revokeLinks } from "./guest-link.service.js";

@ObjectType("IssuedGuestLink", { description: "A new personal link; its address is shown this once only." })
class IssuedGuestLinkType {
  @Field(() => String)
  url: string;

  @Field(() => Date)
  expiresAt: Date;
}

@ObjectType("GuestLinkStatus", { description: "The state of a participant's latest link (never the link itself)." })
class GuestLinkStatusType {
  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When it was last opened." })
  lastUsedAt: Date | null;
}

/** The organiser's side of a participant's link: the case team may issue and withdraw it. */
async function organisedParticipant(ctx: Context, participantId: string) {
  const found = await participantWithConference(ctx, participantId);
  const { conference } = found;
  authorize(ctx.actor, "update", { type: "conference", conferenceId: conference.id, caseId: conference.caseId }, () =>
    notFound("Participant", participantId),
  );
  return found;
}

@Resolver(() => ParticipantType)
export class GuestLinkResolver {
  @Mutation(() => IssuedGuestLinkType, {
    description: "A personal invitation link for the participant; any earlier link stops working.",
  })
  async issueGuestLink(
    @Arg("participantId", () => ID) participantId: string,
    @Arg("expiresAt", () => Date, { nullable: true, description: "Default: 14 days after the scheduled end." })
    expiresAt: Date | null,
    @Ctx() ctx: Context,
  ) {
    const { participant, conference } = await organisedParticipant(ctx, participantId);
    return issueGuestLink(ctx, participant, conference, expiresAt);
  }

  @Mutation(() => Boolean, { description: "Withdraws the participant's link and ends the sessions opened with it." })
  async revokeGuestLink(@Arg("participantId", () => ID) participantId: string, @Ctx() ctx: Context) {
    await organisedParticipant(ctx, participantId);
    await ctx.db.transaction((em) => revokeLinks(em, participantId));
    ctx.events.publish(TOPICS.accessRevoked, { participantId });
    return true;
  }

  @Mutation(() => ViewerType, { description: "Opens an invitation link: a guest session for that one conference." })
  redeemGuestLink(@Arg("token", () => String) token: string, @Ctx() ctx: Context) {
    return redeemGuestLink(ctx, token);
  }

  @FieldResolver(() => GuestLinkStatusType, { nullable: true, description: "For the organiser: the latest link." })
  async invitationLink(@Root() p: ParticipantType, @Ctx() ctx: Context) {
    const c = await ctx.loaders.conferenceById.load(p.conferenceId);
    if (!c || !can(ctx.actor, "update", { type: "conference", conferenceId: c.id, caseId: c.caseId })) return null;
    return ctx.db.getRepository(GuestLink).findOne({ where: { participantId: p.id }, order: { createdAt: "DESC" } });
  }
}
