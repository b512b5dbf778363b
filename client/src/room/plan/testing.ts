import { initializeConferenceDocument, type NewLiveAgendaItem } from "@roundtable/shared";
import PrimeVue from "primevue/config";
import { ref, shallowRef } from "vue";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { createAppI18n } from "../../i18n";
import type { RoomParticipant, RoomViewer } from "../types";
import type { MinutesLive } from "./minutes";

/** Test helpers for the plan's components: a live document without a server. */

export const ITEM = "00000000-0000-4000-8000-00000000000b";
export const MOTHER = "00000000-0000-4000-8000-000000000101";
export const TEACHER = "00000000-0000-4000-8000-000000000103";

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

/** A document as the server leaves it after initialisation. */
export function serverDocument(agenda = AGENDA): Y.Doc {
  const doc = new Y.Doc();
  initializeConferenceDocument(doc, { agenda });
  return doc;
}

/** A second client that has synced once with `doc`. */
export function fork(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Exchanges what each side lacks, as a y-websocket sync round does. */
export function sync(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

/** Plugins every mounted plan component needs. */
export function plugins() {
  return [createAppI18n("en"), PrimeVue];
}
