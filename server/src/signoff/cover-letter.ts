import type { Language } from "@roundtable/shared";
import type { MinutesContent } from "../minutes/minutes-content.js";
import { PDF_LABELS, PdfFormats } from "../minutes/pdf-labels.js";

export interface CoverFacts {
  recipient: string;
  content: MinutesContent;
  versionNumber: number;
  /** Not every present participant signed: the sheet says who did. */
  incomplete: boolean;
  timeZone: string;
}

interface Words {
  greeting(name: string): string;
  body(kind: string, date: string, reference: string, version: number): string;
  incomplete: string;
  everyone: string;
  confidential: string;
  closing: string;
}

/**
 * The short letter the signed minutes travel with, per language. It names the meeting by kind,
 * day and case reference only: the purpose and the family's names stay inside the attachment.
 */
const WORDS: Record<Language, Words> = {
  en: {
    greeting: (name) => `Dear ${name},`,
    body: (kind, date, reference, version) =>
      `please find attached the minutes of the ${kind.toLowerCase()} held on ${date} (case ${reference}), version ${version}, with the attendance sheet and the signatures.`,
    incomplete: "Not everyone present signed these minutes; the attendance sheet shows who did.",
    everyone:
      "As the practice guide requires, the minutes go to everyone who was invited, including those who could not attend.",
    confidential: "The minutes are confidential: please keep them safe and share them only as the law allows.",
    closing: "Kind regards,",
  },
  hu: {
    greeting: (name) => `Kedves ${name}!`,
    body: (kind, date, reference, version) =>
      `Mellékelten küldjük a(z) ${date} napon tartott ${kind.toLowerCase()} jegyzőkönyvét (ügy: ${reference}, ${version}. változat) a jelenléti ívvel és az aláírásokkal.`,
    incomplete: "A jegyzőkönyvet nem írta alá minden jelenlévő; a jelenléti ív mutatja, ki írta alá.",
    everyone: "A jegyzőkönyvet minden meghívott megkapja, azok is, akik nem tudtak részt venni.",
    confidential:
      "A jegyzőkönyv bizalmas: kérjük, őrizze meg gondosan, és csak a jogszabályok szerint ossza meg másokkal.",
    closing: "Üdvözlettel:",
  },
  cs: {
    greeting: (name) => `Dobrý den, ${name},`,
    body: (kind, date, reference, version) =>
      `v příloze zasíláme zápis z jednání „${kind}“ konaného ${date} (případ ${reference}, verze ${version}) s prezenční listinou a podpisy.`,
    incomplete: "Zápis nepodepsali všichni přítomní; z prezenční listiny je patrné, kdo jej podepsal.",
    everyone: "Zápis dostávají všichni pozvaní, i ti, kteří se nemohli zúčastnit.",
    confidential: "Zápis je důvěrný: uchovejte jej prosím bezpečně a sdílejte jej jen v mezích zákona.",
    closing: "S pozdravem",
  },
};

/** Subject and text of the message that carries the signed minutes to one invitee. */
export function coverLetter(facts: CoverFacts): { subject: string; text: string; filename: string } {
  const { content } = facts;
  const labels = PDF_LABELS[content.language];
  const words = WORDS[content.language];
  const formats = new PdfFormats(content.language, facts.timeZone);
  const day = content.conference.startedAt ?? content.conference.scheduledStart;
  const date = day ? formats.date(day) : "";
  const kind = labels.kind[content.conference.kind];
  const reference = content.conference.caseReference;
  const subject = [labels.minutes, kind, date, reference].filter(Boolean).join(" – ");
  const text = [
    words.greeting(facts.recipient),
    "",
    words.body(kind, date, reference, facts.versionNumber),
    ...(facts.incomplete ? [words.incomplete] : []),
    words.everyone,
    "",
    words.confidential,
    "",
    words.closing,
    "Roundtable",
    "",
  ].join("\n");
  const safeReference = reference.replace(/[^\p{L}\p{N}_-]+/gu, "-");
  const filename = `${labels.minutes}-${safeReference}-v${facts.versionNumber}.pdf`;
  return { subject, text, filename };
}
