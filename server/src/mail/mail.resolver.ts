import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Conference } from "../conferences/conference.entity.js";
import { ConferenceType } from "../conferences/conference.types.js";
import { findOr404 } from "../db/lookup.js";
import type { Context } from "../graphql/context.js";
import { notFound } from "../graphql/errors.js";
import { PageArgs } from "../graphql/pagination.js";
import { authorize, can, unauthenticated } from "../policy/policy.js";
import { Invitation } from "../invitations/invitation.entity.js";
import { resendInvitation } from "../invitations/invitation.service.js";
import { MailMessage } from "./mail-message.entity.js";
import type { MailKind } from "./outgoing-mail.js";
import { conferenceDeliveries, outboxPage, resendMessage, toDelivery } from "./mail.service.js";
import { MailDeliveryConnection, MailDeliveryType, MailOutboxFilter } from "./mail.types.js";

/** Letters that carry a guest's personal link. */
const INVITING: readonly MailKind[] = ["invitation", "invitation_update"];

/** Whoever prepares a conference (the policy's `update`) sees and re-sends its mail. */
const organises = (ctx: Context, c: { id: string; caseId: string }) =>
  can(ctx.actor, "update", { type: "conference", conferenceId: c.id, caseId: c.caseId });

@Resolver(() => ConferenceType)
export class ConferenceMailResolver {
  @FieldResolver(() => [MailDeliveryType], {
    nullable: true,
    description:
      "Every message about this conference and how its delivery stands, newest first. Null unless you prepare it.",
  })
  mailDeliveries(@Root() c: ConferenceType, @Ctx() ctx: Context) {
    return organises(ctx, c) ? conferenceDeliveries(ctx.db.manager, c.id) : null;
  }
}

@Resolver()
export class MailResolver {
  @Query(() => MailDeliveryConnection, {
    description: "Administrators: every message the service sent or is sending, newest first (docs/mail.md).",
  })
  mailOutbox(
    @Arg("filter", () => MailOutboxFilter, { nullable: true }) filter: MailOutboxFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.actor, "read", { type: "mailOutbox" }, () => notFound("Mail outbox", "*"));
    return outboxPage(ctx.db.manager, filter ?? {}, page);
  }

  @Mutation(() => MailDeliveryType, {
    description:
      "Sends a message again now: a failed or waiting one is queued again, a sent one is sent again as a copy (the delivery returned).",
  })
  async resendMail(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const message = await findOr404(ctx.db.manager, MailMessage, "Mail message", id);
    const conference = message.conferenceId
      ? await ctx.db.getRepository(Conference).findOneBy({ id: message.conferenceId })
      : null;
    const organiser = conference !== null && organises(ctx, conference);
    if (!organiser && !can(ctx.actor, "read", { type: "mailOutbox" })) {
      if (ctx.actor.kind === "anonymous") throw unauthenticated();
      throw notFound("Mail message", id);
    }
    if (message.status === "sent" && message.redactedAt && message.participantId && INVITING.includes(message.kind)) {
      // Delivered with a guest's link, which the stored copy no longer holds: a new invitation
      // with a new link, as sendInvitation sends (the earlier link stops working).
      await resendInvitation(ctx, message.participantId);
      const invitation = await ctx.db
        .getRepository(Invitation)
        .findOneByOrFail({ participantId: message.participantId });
      const sent = await findOr404(ctx.db.manager, MailMessage, "Mail message", invitation.lastMailId ?? "");
      return toDelivery(sent, organiser);
    }
    return toDelivery(await resendMessage(ctx.db, message), organiser);
  }
}
