import type { EntityManager } from "typeorm";
import { composeMessage } from "./compose.js";
import { MailMessage } from "./mail-message.entity.js";
import type { OutgoingMail } from "./outgoing-mail.js";
import { fromAddressFor, wakeAfterCommit } from "./wake.js";

/**
 * Queues a message in the caller's transaction and returns its id: it is composed now, stored with
 * its delivery record, and sent by the mail sender once the transaction commits (never if it rolls
 * back), with retries. Use the transaction's manager, so the message exists exactly when the
 * change that caused it does.
 */
export async function enqueueMail(manager: EntityManager, mail: OutgoingMail): Promise<string> {
  const address = mail.to.address.trim();
  if (!address) throw new Error(`enqueueMail: no recipient address for a ${mail.kind} message`);
  const from = fromAddressFor(manager.connection);
  const { raw, messageId } = await composeMessage({ ...mail, to: { name: mail.to.name, address } }, from);
  // The copy kept once delivered: the same message, its secrets replaced, under the same Message-ID.
  const redacted = mail.redacted
    ? (await composeMessage({ ...mail, ...mail.redacted, to: { name: mail.to.name, address } }, from, messageId)).raw
    : null;
  const row = manager.getRepository(MailMessage).create({
    kind: mail.kind,
    conferenceId: mail.conferenceId,
    participantId: mail.participantId,
    recipientName: mail.to.name,
    recipientAddress: address,
    subject: mail.subject,
    messageId,
    raw,
    redactedRaw: redacted,
    status: "queued",
    attempts: 0,
  });
  const saved = await manager.getRepository(MailMessage).save(row);
  wakeAfterCommit(manager.connection, manager.queryRunner);
  return saved.id;
}
