import * as Y from "yjs";
import { initializeConferenceDocument } from "./initialize.js";
import type { NewLiveAgendaItem } from "./agenda.js";

/** Fixed ids so failures name the same items every run. */
export const ITEM = {
  welcome: "00000000-0000-4000-8000-00000000000a",
  situation: "00000000-0000-4000-8000-00000000000b",
  plan: "00000000-0000-4000-8000-00000000000c",
} as const;

export const PERSON = {
  mother: "00000000-0000-4000-8000-000000000101",
  healthVisitor: "00000000-0000-4000-8000-000000000102",
  teacher: "00000000-0000-4000-8000-000000000103",
} as const;

export const DEFAULT_AGENDA: NewLiveAgendaItem[] = [
  { id: ITEM.welcome, title: "Welcome and frame", timeboxMinutes: 10, presenters: "facilitator" },
  { id: ITEM.situation, title: "The family's situation and strengths", timeboxMinutes: 60 },
  { id: ITEM.plan, title: "Cooperation plan", timeboxMinutes: 45, presenters: "everyone" },
];

/** A document as the server leaves it after initialisation. */
export function buildDocument(agenda: NewLiveAgendaItem[] = DEFAULT_AGENDA): Y.Doc {
  const doc = new Y.Doc();
  initializeConferenceDocument(doc, { agenda });
  return doc;
}

/** A second client that has completed its first sync with `doc`. */
export function forkDocument(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Exchanges what each side is missing, as a y-websocket sync round does. */
export function sync(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

const START = Date.parse("2025-03-10T09:00:00.000Z");

/** The meeting's wall clock: `minutes` after 09:00 UTC on the test day. */
export function at(minutes: number): Date {
  return new Date(START + minutes * 60_000);
}

export const MINUTE = 60_000;
