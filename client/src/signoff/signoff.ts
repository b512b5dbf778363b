import type { ConferenceStatus, ParticipantRole } from "../graphql/enums";
import type { MinutesAnswer, SignoffVersionFragment } from "../graphql/generated/graphql";

export type SignoffVersion = SignoffVersionFragment;
export type SignatureLine = SignoffVersion["signatures"][number];
export type { MinutesAnswer };

/** The answers a present participant may give, signing first. */
export const ANSWERS: readonly MinutesAnswer[] = ["SIGNED", "DISSENT", "CORRECTION_REQUESTED"];

/** A line's state as the table names it: an outcome, or PENDING while nobody answered. */
export type LineState = NonNullable<SignatureLine["outcome"]> | "PENDING";

export const lineState = (line: SignatureLine): LineState => line.outcome ?? "PENDING";

/** A dissent or a correction request says why; the server refuses one without a note. */
export const needsNote = (answer: MinutesAnswer): boolean => answer !== "SIGNED";

/** Enough of the SHA-256 to compare by eye with the PDF's footer; the full value is in its title. */
export const shortHash = (sha256: string): string => sha256.slice(0, 12);

export interface MinutesAccess {
  participantId: string | null;
  role: ParticipantRole | null;
  canPrepare: boolean;
  canRun: boolean;
}

/**
 * Reopening and closing unsigned: the policy's `manage` on minutes, which is the case's team
 * (who may prepare the conference), an organiser seat and the facilitator. The server decides.
 */
export function canManageMinutes(access: MinutesAccess): boolean {
  return access.canPrepare || access.role === "FACILITATOR" || access.role === "ORGANISER";
}

/** Present participants who have not answered the version at all. */
export const unanswered = (version: SignoffVersion): SignatureLine[] =>
  version.signatures.filter((line) => line.outcome === null);

export const signedCount = (version: SignoffVersion): number =>
  version.signatures.filter((line) => line.outcome === "SIGNED").length;

/** The viewer's own line, or null when their seat is not on the version's present list. */
export function ownLine(version: SignoffVersion, access: MinutesAccess): SignatureLine | null {
  if (!access.participantId) return null;
  return version.signatures.find((line) => line.participantId === access.participantId) ?? null;
}

/**
 * Whom whoever runs the meeting can record in the room: present participants who have not
 * answered yet, except the viewer, who answers for themselves.
 */
export function roomSigners(version: SignoffVersion, access: MinutesAccess): SignatureLine[] {
  return unanswered(version).filter((line) => line.participantId !== access.participantId);
}

/** Answers are taken while the conference is in signing, for its newest version only. */
export const isSigning = (status: ConferenceStatus): boolean => status === "SIGNING";

/** The sign-off panel belongs to a meeting that has ended: while signing and once closed. */
export const showsSignoff = (status: ConferenceStatus): boolean => status === "SIGNING" || status === "CLOSED";

/** The newest version is the one to sign (or the signed one); older ones are superseded. */
export type VersionStanding = "current" | "final" | "superseded";

export function versionStanding(
  version: SignoffVersion,
  latest: SignoffVersion | null,
  status: ConferenceStatus,
): VersionStanding {
  if (!latest || version.id !== latest.id) return "superseded";
  return status === "CLOSED" ? "final" : "current";
}
