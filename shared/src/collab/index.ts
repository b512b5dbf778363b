/**
 * The live document contract shared by the collaboration server and the client: names, close
 * codes, layout and typed access. Raw parsers and list helpers stay internal so every caller goes
 * through the validating readers.
 */
export { collabPath, conferenceDocumentName, parseCollabPath, parseConferenceDocumentName } from "./document-name.js";
export { COLLAB_CLOSE_CODES, shouldReconnect, type CollabCloseCode } from "./close-codes.js";
export { DOCUMENT_VERSION, ROOT_TYPES, readDocumentVersion } from "./layout.js";
export {
  AGENDA_ITEM_STATES,
  addAgendaItem,
  moveAgendaItem,
  readAgenda,
  removeAgendaItem,
  updateAgendaItem,
  type AgendaItemState,
  type LiveAgendaItem,
  type LiveAgendaItemPatch,
  type NewLiveAgendaItem,
} from "./agenda.js";
export {
  MEETING_KEYS,
  isClockRunning,
  itemElapsedMs,
  meetingElapsedMs,
  readMeeting,
  type MeetingState,
} from "./meeting-state.js";
export { endMeeting, nextItem, pauseMeeting, resumeMeeting, setCurrentItem, startMeeting } from "./meeting.js";
export { minutesFragment, minutesText, readMinutesText } from "./minutes.js";
export {
  addTask,
  moveTask,
  readTasks,
  removeTask,
  updateTask,
  type LiveTask,
  type LiveTaskPatch,
  type NewLiveTask,
} from "./tasks.js";
export {
  AGREEMENT_TEXTS,
  agreementText,
  readAgreements,
  setNextMeetingDate,
  type AgreementText,
  type Agreements,
} from "./agreements.js";
export { readAttendance, setAttendance } from "./attendance.js";
export { PLACES, giveWord, lowerHand, raiseHand, readSpeakers, type Place, type SpeakerEntry } from "./speakers.js";
export { DISPLAY_NAME_MAX, parsePresence, type PresenceState } from "./presence.js";
export { initializeConferenceDocument, type ConferenceDocumentSeed } from "./initialize.js";
export { snapshotDocument, type DocumentSnapshot } from "./snapshot.js";
