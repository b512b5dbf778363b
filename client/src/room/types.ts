import type { ParticipantRole } from "../graphql/enums";

/** A participant as the meeting room shows them: from GraphQL, by the id the live document uses. */
export interface RoomParticipant {
  id: string;
  name: string;
  role: ParticipantRole;
  /** The institution they represent, if any (school, clinic, probation service…). */
  institution: string | null;
}

/** The person using this screen, as far as the room is concerned. */
export interface RoomViewer {
  /** Their seat, or null for a case worker who follows the meeting without one. */
  participantId: string | null;
  displayName: string;
  role: ParticipantRole | null;
  /** May write in the document at all (policy's canEditLive). */
  canEdit: boolean;
  /** Runs the meeting: moves the agenda, gives the word, marks attendance, closes. */
  isFacilitator: boolean;
  /** The colour of their caret and avatar ring. */
  colour: string;
}
