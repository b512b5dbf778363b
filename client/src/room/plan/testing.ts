import type { NewLiveAgendaItem } from "@roundtable/shared";
import PrimeVue from "primevue/config";
import { ref, shallowRef } from "vue";
import { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import { createAppI18n } from "../../i18n";
import type { RoomParticipant, RoomViewer } from "../types";
import { buildDocument, ITEM as ITEMS, PERSON } from "../meeting/test-support";
import type { MinutesLive } from "./minutes";

/** Test helpers for the plan's components: a live document without a server. */

// Shared's builders: a second client that synced once (fork), a sync round between two (sync).
export { forkDocument as fork, sync } from "../meeting/test-support";

export const ITEM = ITEMS.situation;
export const MOTHER = PERSON.mother;
export const TEACHER = PERSON.teacher;

export const AGENDA: NewLiveAgendaItem[] = [
  { id: ITEM, title: "The family's situation and strengths", timeboxMinutes: 60 },
];

export const PARTICIPANTS: RoomParticipant[] = [
  { id: MOTHER, name: "Erika Tóth", role: "PARENT", institution: null },
  { id: TEACHER, name: "Anna Szabó", role: "PROFESSIONAL", institution: "Riverside School" },
];

export function viewer(overrides: Partial<RoomViewer> = {}): RoomViewer {
  return {
    participantId: TEACHER,
    displayName: "Anna Szabó",
    role: "PROFESSIONAL",
    canEdit: true,
    isFacilitator: false,
    colour: "#047857",
    ...overrides,
  };
}

/** The parts of useLiveDocument the plan uses, over a plain Y.Doc, as after the first sync. */
export function fakeLive(doc = serverDocument()): MinutesLive {
  const revision = shallowRef(0);
  doc.on("update", () => revision.value++);
  return {
    doc,
    awareness: new Awareness(doc),
    ready: ref(true),
    state: ref("connected"),
    revision,
  };
}

/** A document as the server leaves it after initialisation, with the plan's one-item agenda. */
export const serverDocument = (agenda = AGENDA): Y.Doc => buildDocument(agenda);

/** Plugins every mounted plan component needs. */
export function plugins() {
  return [createAppI18n("en"), PrimeVue];
}
