import type { OutgoingMail } from "../src/mail/outgoing-mail.js";
import { enqueueMail } from "../src/mail/outbox.js";
import type { TestClient, TestServer } from "./server.js";

/** An invitation-like message with everything a real one carries: HTML, an attachment, a calendar. */
export function sampleMail(conferenceId: string | null, n = 1): OutgoingMail {
  return {
    kind: "invitation",
    conferenceId,
    participantId: null,
    to: { name: `Kovács Éva ${n}`, address: `eva${n}@family.example` },
    subject: `Meghívó esetmegbeszélésre ${n}`,
    text: `Tisztelt Kovács Éva!\n\nMeghívjuk az esetmegbeszélésre (${n}).`,
    html: `<p>Tisztelt Kovács Éva!</p>`,
    attachments: [{ filename: "agenda.txt", contentType: "text/plain", content: "1. Bemutatkozás\n2. Erősségek" }],
    calendar: {
      method: "REQUEST",
      content: [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Roundtable//test//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        `UID:mail-test-${n}@roundtable`,
        "DTSTAMP:20270101T090000Z",
        "DTSTART:20270112T090000Z",
        "DTEND:20270112T103000Z",
        "SUMMARY:Esetmegbeszélés",
        "END:VEVENT",
        "END:VCALENDAR",
      ].join("\r\n"),
    },
  };
}

/** Queues through the service, as the features do, outside any other change. */
export const queue = (s: TestServer, mail: OutgoingMail) => enqueueMail(s.db.dataSource.manager, mail);

export interface Delivery {
  id: string;
  kind: string;
  status: string;
  attempts: number;
  lastError: string | null;
  recipientAddress: string;
  recipientName: string | null;
  subject: string | null;
  sentAt: string | null;
  nextAttemptAt: string | null;
}

const FIELDS = "id kind status attempts lastError recipientAddress recipientName subject sentAt nextAttemptAt";

/** What the organiser sees on the conference page. */
export async function deliveriesOf(client: TestClient, conferenceId: string): Promise<Delivery[]> {
  const data = await client.gql<{ conference: { mailDeliveries: Delivery[] } }>(
    `query ($id: ID!) { conference(id: $id) { mailDeliveries { ${FIELDS} } } }`,
    { id: conferenceId },
  );
  return data.conference.mailDeliveries;
}

export async function deliveryOf(client: TestClient, conferenceId: string, id: string): Promise<Delivery> {
  const found = (await deliveriesOf(client, conferenceId)).find((d) => d.id === id);
  if (!found) throw new Error(`no delivery ${id}`);
  return found;
}

export async function resend(client: TestClient, id: string): Promise<Delivery> {
  const data = await client.gql<{ resendMail: Delivery }>(`mutation ($id: ID!) { resendMail(id: $id) { ${FIELDS} } }`, {
    id,
  });
  return data.resendMail;
}
