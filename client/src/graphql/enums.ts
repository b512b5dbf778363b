import type * as shared from "@roundtable/shared";

// The API spells shared's vocabularies in capitals (`note_taker` → `NOTE_TAKER`). Codegen emits an
// enum only once an operation selects it; these name them for code that needs one before that.
export type ParticipantRole = Uppercase<shared.ParticipantRole>;
export type ConferenceStatus = Uppercase<shared.ConferenceStatus>;
export type ConferenceKind = Uppercase<shared.ConferenceKind>;
export type Attendance = Uppercase<shared.Attendance>;
export type TaskStatus = Uppercase<shared.TaskStatus>;
export type Language = Uppercase<shared.Language>;

/** The live document's attendance (`in_room`) as the API spells it (`IN_ROOM`), and back. */
export const toApi = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;
export const fromApi = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;
