import type { EntityManager } from "typeorm";
import { findOr404 } from "../db/lookup.js";
import type { Context } from "../graphql/context.js";
import { AppError } from "../graphql/errors.js";
import { TOPICS } from "../graphql/pubsub.js";
import { patchChanges } from "../graphql/validation.js";
import {
  invitationsOnParticipantAdded,
  invitationsOnParticipantRemoved,
  type AfterCommit,
} from "../invitations/invitation.service.js";
import { Person } from "../persons/person.entity.js";
import type { Conference } from "./conference.entity.js";
import { assertStatus, lockConference, PREPARATION } from "./conference.service.js";
import type { ParticipantInput, ParticipantPatch } from "./conference.types.js";
import { Participant } from "./participant.entity.js";

function publish(ctx: Context, conference: Conference, participant: Participant): void {
  ctx.events.publish(TOPICS.participant, {
    id: participant.id,
    caseId: conference.caseId,
    conferenceId: conference.id,
  });
}

async function lockParticipant(em: EntityManager, id: string) {
  const participant = await findOr404(em, Participant, "Participant", id);
  const conference = await lockConference(em, participant.conferenceId);
  return { participant, conference };
}

export async function addParticipant(ctx: Context, conferenceId: string, input: ParticipantInput) {
  let invitation: AfterCommit = () => {};
  const { conference, participant } = await ctx.db.transaction(async (em) => {
    const conference = await lockConference(em, conferenceId);
    // Someone may still join on the day: adding is allowed while the meeting is live.
    assertStatus(conference, [...PREPARATION, "live"], "take new participants");
    const person = await em.getRepository(Person).findOneBy({ id: input.personId });
    if (!person) {
      throw new AppError("BAD_USER_INPUT", `Person ${input.personId} was not found.`, {
        fields: [{ path: "input.personId", code: "UNKNOWN_PERSON", message: "names no person" }],
      });
    }
    if (await em.getRepository(Participant).existsBy({ conferenceId, personId: input.personId })) {
      throw new AppError("DUPLICATE", `${person.fullName} is already a participant of this conference.`, {
        fields: [{ path: "input.personId", code: "DUPLICATE", message: "is already a participant" }],
      });
    }
    const participant = await em
      .getRepository(Participant)
      .save(em.getRepository(Participant).create({ conferenceId, personId: input.personId, role: input.role }));
    // Added after the invitations went out: their own invitation, queued with the addition.
    invitation = await invitationsOnParticipantAdded(ctx, em, conference, participant);
    return { conference, participant };
  });
  publish(ctx, conference, participant);
  invitation();
  return participant;
}

export async function updateParticipant(ctx: Context, id: string, patch: ParticipantPatch) {
  const changes = patchChanges(patch, ["role", "invitationState"]);
  const { conference, participant } = await ctx.db.transaction(async (em) => {
    const { participant, conference } = await lockParticipant(em, id);
    assertStatus(conference, ["draft", "invited", "live", "signing"], "change its participants");
    return {
      conference,
      participant: await em.getRepository(Participant).save(em.getRepository(Participant).merge(participant, changes)),
    };
  });
  publish(ctx, conference, participant);
  return participant;
}

export async function acknowledgeConfidentiality(ctx: Context, id: string) {
  const { conference, participant } = await ctx.db.transaction(async (em) => {
    const { participant, conference } = await lockParticipant(em, id);
    // The first acknowledgement is the one that counts; repeating it changes nothing.
    participant.confidentialityAcknowledgedAt ??= new Date();
    return { conference, participant: await em.getRepository(Participant).save(participant) };
  });
  publish(ctx, conference, participant);
  return participant;
}

export async function removeParticipant(ctx: Context, id: string): Promise<void> {
  const { conference, participant } = await ctx.db.transaction(async (em) => {
    const { participant, conference } = await lockParticipant(em, id);
    assertStatus(conference, PREPARATION, "lose participants");
    // Invited already: their invitation is withdrawn, with a CANCEL for their calendar.
    await invitationsOnParticipantRemoved(ctx, em, conference, id);
    await em.getRepository(Participant).delete({ id });
    return { conference, participant };
  });
  publish(ctx, conference, participant);
  ctx.events.publish(TOPICS.accessRevoked, { participantId: id });
}
