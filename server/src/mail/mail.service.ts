import type { DataSource, EntityManager } from "typeorm";
import { AppError } from "../graphql/errors.js";
import { withNewMessageId } from "./compose.js";
import { MailMessage } from "./mail-message.entity.js";
import type { MailDeliveryType, MailOutboxFilter } from "./mail.types.js";
import { paginate, type PageArgs } from "../graphql/pagination.js";
import { wakeAfterCommit } from "./wake.js";

/** The delivery record as it leaves the server; `withContent` false hides who and what. */
export function toDelivery(m: MailMessage, withContent: boolean): MailDeliveryType {
  return {
    id: m.id,
    kind: m.kind,
    status: m.status,
    conferenceId: m.conferenceId,
    participantId: m.participantId,
    recipientAddress: m.recipientAddress,
    recipientName: withContent ? m.recipientName : null,
    subject: withContent ? m.subject : null,
    attempts: m.attempts,
    lastError: m.lastError,
    lastAttemptAt: m.lastAttemptAt,
    nextAttemptAt: m.status === "queued" ? m.nextAttemptAt : null,
    sentAt: m.sentAt,
    createdAt: m.createdAt,
  };
}

/** A conference's messages, newest first. */
export async function conferenceDeliveries(em: EntityManager, conferenceId: string): Promise<MailDeliveryType[]> {
  const rows = await em.getRepository(MailMessage).find({
    where: { conferenceId },
    order: { createdAt: "DESC", id: "DESC" },
  });
  return rows.map((m) => toDelivery(m, true));
}

/** Every message, newest first, for the administrators. */
export async function outboxPage(em: EntityManager, filter: MailOutboxFilter, page: PageArgs) {
  const qb = em.getRepository(MailMessage).createQueryBuilder("mail").where("TRUE");
  if (filter.status) qb.andWhere("mail.status = :status", { status: filter.status });
  if (filter.kind) qb.andWhere("mail.kind = :kind", { kind: filter.kind });
  const result = await paginate(
    qb,
    { expr: "mail.createdAt", cast: "timestamptz", valueOf: (m) => m.createdAt.toISOString(), descending: true },
    page,
  );
  return { ...result, nodes: result.nodes.map((m) => toDelivery(m, false)) };
}

/**
 * Sends a message again, now. One that was not delivered (queued or failed for good) is queued
 * again with a fresh count of attempts; one already sent stays as the record of that delivery
 * and a copy under a new Message-ID is queued; one being sent right now is left to finish.
 * Returns the delivery that will carry it.
 */
export async function resendMessage(db: DataSource, message: MailMessage): Promise<MailMessage> {
  if (message.status === "sent" && message.redactedAt) {
    // Its stored copy lost the personal link on delivery: a copy would carry a dead one.
    throw new AppError(
      "BAD_USER_INPUT",
      "This message's personal link was removed once it was delivered; send a new one.",
      {
        fields: [
          { path: "id", code: "LINK_REMOVED", message: "was delivered with a personal link that is no longer stored" },
        ],
      },
    );
  }
  const repo = db.getRepository(MailMessage);
  let id = message.id;
  if (message.status === "sent") {
    const copy = withNewMessageId(message.raw);
    const saved = await repo.save(
      repo.create({
        kind: message.kind,
        conferenceId: message.conferenceId,
        participantId: message.participantId,
        recipientName: message.recipientName,
        recipientAddress: message.recipientAddress,
        subject: message.subject,
        messageId: copy.messageId,
        raw: copy.raw,
      }),
    );
    id = saved.id;
  } else {
    // Only while nobody holds it: a sender that took it meanwhile records its own outcome.
    await db.query(
      `UPDATE mail_messages SET status = 'queued', attempts = 0, "nextAttemptAt" = now(), "claimToken" = NULL
        WHERE id = $1 AND status IN ('queued', 'failed')`,
      [message.id],
    );
  }
  wakeAfterCommit(db, undefined);
  return repo.findOneByOrFail({ id });
}
