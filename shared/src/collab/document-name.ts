import { isUuid } from "./values.js";

/**
 * Names for a conference's live document. The document name keys storage and cross-instance
 * fan-out (PostgreSQL update log, Redis channels); the path is where the y-websocket provider
 * connects: the client uses `<origin>/collab` as server URL and the conference id as room name,
 * which the stock provider joins into `/collab/<conferenceId>`.
 * Ids are lowercased so that one conference never gets two documents by letter case.
 */

const DOCUMENT_PREFIX = "conference:";
const COLLAB_PREFIX = "/collab/";

function requireConferenceId(conferenceId: string): string {
  if (!isUuid(conferenceId)) throw new RangeError(`not a conference id: ${JSON.stringify(conferenceId)}`);
  return conferenceId.toLowerCase();
}

export function conferenceDocumentName(conferenceId: string): string {
  return DOCUMENT_PREFIX + requireConferenceId(conferenceId);
}

/** The conference id in a document name, or null when the name is not one of ours. */
export function parseConferenceDocumentName(name: string): string | null {
  if (!name.startsWith(DOCUMENT_PREFIX)) return null;
  const id = name.slice(DOCUMENT_PREFIX.length);
  return isUuid(id) ? id.toLowerCase() : null;
}

export function collabPath(conferenceId: string): string {
  return COLLAB_PREFIX + requireConferenceId(conferenceId);
}

/**
 * The conference id in an upgrade request's target (`request.url`: path plus optional query,
 * which the provider may use for parameters and which is ignored here). Anything else is null:
 * another prefix, a trailing slash or extra segment, percent-encoding, a non-uuid.
 */
export function parseCollabPath(target: string): string | null {
  const end = target.search(/[?#]/);
  const path = end === -1 ? target : target.slice(0, end);
  if (!path.startsWith(COLLAB_PREFIX)) return null;
  const id = path.slice(COLLAB_PREFIX.length);
  return isUuid(id) ? id.toLowerCase() : null;
}
