import DataLoader from "dataloader";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { In, IsNull } from "typeorm";
import { Account } from "../auth/account.entity.js";
import { Conference } from "../conferences/conference.entity.js";
import { ConferenceType, ParticipantType } from "../conferences/conference.types.js";
import { Participant } from "../conferences/participant.entity.js";
import { findOr404 } from "../db/lookup.js";
import type { Context } from "../graphql/context.js";
import { notFound } from "../graphql/errors.js";
import { authorize, can, type Subject } from "../policy/policy.js";
import { Invitation } from "./invitation.entity.js";
import { resendInvitation, respondToInvitation } from "./invitation.service.js";
import { InvitationType, RespondArgs } from "./invitation.types.js";

const conferenceSubject = (c: { id: string; caseId: string }): Subject => ({
  type: "conference",
  conferenceId: c.id,
  caseId: c.caseId,
});

const seatSubject = (p: { id: string; personId: string }, c: { id: string; caseId: string }): Subject => ({
  type: "participant",
  participantId: p.id,
  personId: p.personId,
  conferenceId: c.id,
  caseId: c.caseId,
});

async function seatWithConference(ctx: Context, participantId: string) {
  const participant = await findOr404(ctx.db.manager, Participant, "Participant", participantId);
  const conference = await findOr404(ctx.db.manager, Conference, "Participant", participant.conferenceId);
  return { participant, conference };
}

/** Invitation records of one request's participants in one query; no cache, so subscriptions stay fresh. */
const recordLoaders = new WeakMap<Context["loaders"], DataLoader<string, Invitation | null>>();
function invitationRecords(ctx: Context): DataLoader<string, Invitation | null> {
  let loader = recordLoaders.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader(
      async (ids) => {
        const rows = await ctx.db.getRepository(Invitation).findBy({ participantId: In([...ids]) });
        return ids.map((id) => rows.find((r) => r.participantId === id) ?? null);
      },
      { cache: false },
    );
    recordLoaders.set(ctx.loaders, loader);
  }
  return loader;
}

@Resolver(() => ParticipantType)
export class InvitationResolver {
  @Mutation(() => ParticipantType, {
    description: "Your own answer to your invitation (from your link, or signed in): accept or decline, with a note.",
  })
  async respondToInvitation(@Args(() => RespondArgs) args: RespondArgs, @Ctx() ctx: Context) {
    const { participant, conference } = await seatWithConference(ctx, args.participantId);
    authorize(ctx.actor, "respond", seatSubject(participant, conference), () =>
      notFound("Participant", args.participantId),
    );
    return respondToInvitation(ctx, args.participantId, args.accept, args.note ?? null);
  }

  @Mutation(() => ParticipantType, {
    description:
      "Sends the participant's invitation (again) while the conference is invited or live, with a new personal link: the earlier link stops working.",
  })
  async sendInvitation(@Arg("participantId", () => ID) participantId: string, @Ctx() ctx: Context) {
    const { conference } = await seatWithConference(ctx, participantId);
    authorize(ctx.actor, "update", conferenceSubject(conference), () => notFound("Participant", participantId));
    return resendInvitation(ctx, participantId);
  }

  @FieldResolver(() => InvitationType, {
    nullable: true,
    description: "What was sent and the answer, for the organisers and the participant themself; null before anything.",
  })
  async invitation(@Root() p: ParticipantType, @Ctx() ctx: Context): Promise<InvitationType | null> {
    const c = await ctx.loaders.conferenceById.load(p.conferenceId);
    if (!c) return null;
    if (!can(ctx.actor, "update", conferenceSubject(c)) && !can(ctx.actor, "respond", seatSubject(p, c))) return null;
    return invitationRecords(ctx).load(p.id);
  }
}

@Resolver(() => ConferenceType)
export class ConferenceInvitationResolver {
  @FieldResolver(() => [ParticipantType], {
    nullable: true,
    description:
      "Participants the invitations cannot reach: no e-mail address, so the organiser invites them another way. Null for anyone but the organisers.",
  })
  async notReachableByEmail(@Root() c: ConferenceType, @Ctx() ctx: Context): Promise<ParticipantType[] | null> {
    if (!can(ctx.actor, "update", conferenceSubject(c))) return null;
    const participants = await ctx.loaders.participantsByConference.load(c.id);
    const personIds = participants.map((p) => p.personId);
    if (personIds.length === 0) return [];
    const persons = await ctx.loaders.personById.loadMany(personIds);
    const withAccount = new Set(
      (await ctx.db.getRepository(Account).findBy({ personId: In(personIds), disabledAt: IsNull() })).map(
        (a) => a.personId,
      ),
    );
    const hasEmail = new Set(persons.flatMap((p) => (p && !(p instanceof Error) && p.email?.trim() ? [p.id] : [])));
    return participants.filter((p) => !hasEmail.has(p.personId) && !withAccount.has(p.personId));
  }
}
