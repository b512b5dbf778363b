import { randomUUID } from "node:crypto";
import MailComposer from "nodemailer/lib/mail-composer/index.js";
import type { OutgoingMail } from "./outgoing-mail.js";

export interface ComposedMessage {
  /** The whole RFC 822 message. */
  raw: Buffer;
  /** The Message-ID header's value, with its angle brackets. */
  messageId: string;
}

/**
 * The message as it will be delivered, built once. The iCalendar part goes in twice, as
 * nodemailer does for `icalEvent` (RFC 6047): a `text/calendar; method=…` alternative beside the
 * text and HTML, which calendar clients act on, and an `invite.ics` attachment for the rest.
 */
/** `id`: the Message-ID to use (the redacted copy of a message keeps the original's). */
export async function composeMessage(mail: OutgoingMail, from: string, id?: string): Promise<ComposedMessage> {
  const composer = new MailComposer({
    from,
    ...(id !== undefined ? { messageId: id } : {}),
    to: { name: mail.to.name, address: mail.to.address },
    subject: mail.subject,
    text: mail.text,
    ...(mail.html !== undefined ? { html: mail.html } : {}),
    attachments: (mail.attachments ?? []).map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: typeof a.content === "string" ? a.content : Buffer.from(a.content),
    })),
    ...(mail.calendar
      ? { icalEvent: { method: mail.calendar.method, filename: "invite.ics", content: mail.calendar.content } }
      : {}),
  });
  const node = composer.compile();
  const messageId = node.messageId();
  const raw = await node.build();
  return { raw, messageId };
}

/**
 * The same message under a new Message-ID, for sending again what was already delivered: mail
 * services drop a second message with an ID they have seen, so an exact copy would never show.
 */
export function withNewMessageId(raw: Uint8Array): ComposedMessage {
  const text = Buffer.from(raw).toString("latin1"); // byte for byte, whatever the body's encoding
  const headerEnd = text.indexOf("\r\n\r\n");
  const head = headerEnd >= 0 ? text.slice(0, headerEnd) : text;
  const old = /^Message-ID:[ \t]*<[^@>]*@([^>]*)>[ \t]*$/im.exec(head);
  const messageId = `<${randomUUID()}@${old?.[1] ?? "roundtable"}>`;
  const line = `Message-ID: ${messageId}`;
  const newHead = old ? head.replace(old[0], line) : `${line}\r\n${head}`;
  return { raw: Buffer.from(newHead + text.slice(head.length), "latin1"), messageId };
}
