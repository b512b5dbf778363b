import { COLLAB_CLOSE_CODES, type CollabCloseCode } from "@roundtable/shared";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";

/**
 * The y-websocket wire protocol (the stock provider's `messageSync`, `messageAwareness`,
 * `messageQueryAwareness`), parsed strictly: anything else closes the connection with a code
 * from the shared contract instead of being guessed at.
 */
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_QUERY_AWARENESS = 3;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export type IncomingMessage =
  | { kind: "syncStep1"; stateVector: Uint8Array }
  | { kind: "syncStep2" | "update"; update: Uint8Array }
  | { kind: "awareness"; update: Uint8Array }
  | { kind: "queryAwareness" };

export class ProtocolError extends Error {
  constructor(
    readonly code: CollabCloseCode,
    message: string,
  ) {
    super(message);
    this.name = "ProtocolError";
  }
}

const malformed = (why: string) => new ProtocolError(COLLAB_CLOSE_CODES.malformedMessage, why);

/** lib0 reads past the end silently in places; a frame must hold exactly one message. */
function readBytes(decoder: decoding.Decoder): Uint8Array {
  const length = decoding.readVarUint(decoder);
  if (decoder.pos + length > decoder.arr.length) throw malformed("length beyond the end of the message");
  return decoding.readUint8Array(decoder, length);
}

function parse(data: Uint8Array): IncomingMessage {
  const decoder = decoding.createDecoder(data);
  const type = decoding.readVarUint(decoder);
  let message: IncomingMessage;
  if (type === MESSAGE_SYNC) {
    const step = decoding.readVarUint(decoder);
    if (step === SYNC_STEP_1) {
      const stateVector = readBytes(decoder);
      Y.decodeStateVector(stateVector);
      message = { kind: "syncStep1", stateVector };
    } else if (step === SYNC_STEP_2 || step === SYNC_UPDATE) {
      const update = readBytes(decoder);
      // Decoding checks the structure before anything touches the room's document.
      Y.decodeUpdate(update);
      message = { kind: step === SYNC_STEP_2 ? "syncStep2" : "update", update };
    } else {
      throw new ProtocolError(COLLAB_CLOSE_CODES.unknownMessageType, `unknown sync message ${step}`);
    }
  } else if (type === MESSAGE_AWARENESS) {
    message = { kind: "awareness", update: readBytes(decoder) };
  } else if (type === MESSAGE_QUERY_AWARENESS) {
    message = { kind: "queryAwareness" };
  } else {
    throw new ProtocolError(COLLAB_CLOSE_CODES.unknownMessageType, `unknown message type ${type}`);
  }
  if (decoding.hasContent(decoder)) throw malformed("bytes after the message");
  return message;
}

/** Parses one frame; a frame that does not decode is malformed, whatever lib0 threw. */
export function parseMessage(data: Uint8Array): IncomingMessage {
  try {
    return parse(data);
  } catch (err) {
    if (err instanceof ProtocolError) throw err;
    throw malformed(err instanceof Error ? err.message : String(err));
  }
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_STEP_1);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_STEP_2);
  encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc, stateVector));
  return encoding.toUint8Array(encoder);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_UPDATE);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAwareness(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}

/**
 * The client ids an awareness update speaks for (its entries: client id, clock, state JSON);
 * null when the bytes are not an awareness update.
 */
export function awarenessClientIds(update: Uint8Array): number[] | null {
  try {
    const decoder = decoding.createDecoder(update);
    const ids: number[] = [];
    for (let n = decoding.readVarUint(decoder); n > 0; n--) {
      ids.push(decoding.readVarUint(decoder));
      decoding.readVarUint(decoder);
      decoding.readVarString(decoder);
    }
    return decoding.hasContent(decoder) ? null : ids;
  } catch {
    return null;
  }
}
