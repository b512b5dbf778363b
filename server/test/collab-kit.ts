import * as encoding from "lib0/encoding";
import { snapshotDocument, type DocumentSnapshot } from "@roundtable/shared";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { addAgendaItem, addParticipant, buildReadyConference, transition } from "./factories.js";
import type { TestServer } from "./server.js";
import type { Database } from "../src/db/data-source.js";
import { readDocument } from "../src/collab/document-store.js";

/** Test helpers for the live-document endpoint: stock y-websocket clients and stored state. */

export interface LiveClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Close codes the server sent this client, in order. */
  closes: number[];
  synced(): Promise<void>;
  leave(): void;
}

type WsClass = typeof WebSocket;

/** The stock provider as the web client uses it: `<origin>/collab` plus the conference id. */
export function connect(
  baseUrl: string,
  conferenceId: string,
  options: { WebSocket?: WsClass; params?: Record<string, string> } = {},
): LiveClient {
  const doc = new Y.Doc();
  const closes: number[] = [];
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, "ws")}/collab`, conferenceId, doc, {
    // Cast: the provider is typed for the browser's WebSocket, which ws implements for it.
    WebSocketPolyfill: (options.WebSocket ?? WebSocket) as unknown as typeof globalThis.WebSocket,
    params: options.params ?? {},
    // Several clients in one process would otherwise sync through BroadcastChannel, not the server.
    disableBc: true,
    maxBackoffTime: 500,
  });
  provider.on("connection-close", (event) => {
    if (event) closes.push(event.code);
  });
  return {
    doc,
    provider,
    closes,
    synced: () =>
      new Promise((resolve) => {
        if (provider.synced) return resolve();
        const onSync = (state: boolean) => {
          if (!state) return;
          provider.off("sync", onSync);
          resolve();
        };
        provider.on("sync", onSync);
      }),
    leave: () => provider.destroy(),
  };
}

/** The document as stored in the database, read through the same code the server loads with. */
export async function storedSnapshot(db: Database, conferenceId: string): Promise<DocumentSnapshot> {
  const doc = new Y.Doc();
  for (const update of (await readDocument(db.dataSource, conferenceId)).updates) Y.applyUpdate(doc, update);
  return snapshotDocument(doc);
}

/** A conference open for writing (invited), with two agenda items and a facilitator. */
export async function writableConference(s: TestServer, status: "INVITED" | "LIVE" = "INVITED") {
  const conference = await buildReadyConference(s);
  await addAgendaItem(s, conference.id, "Welcome and frame", 10);
  await addAgendaItem(s, conference.id, "The family's situation", 45);
  await transition(s, conference.id, "INVITED");
  if (status === "LIVE") await transition(s, conference.id, "LIVE");
  return conference;
}

/** A guest of the conference with this role and their invitation token. */
export async function guest(s: TestServer, conferenceId: string, role = "PROFESSIONAL") {
  const participant = await addParticipant(s, conferenceId, role);
  const data = await s.gql<{ issueGuestLink: { url: string } }>(
    `mutation ($p: ID!) { issueGuestLink(participantId: $p) { url } }`,
    { p: participant.id },
  );
  const token = data.issueGuestLink.url.split("/join/")[1] ?? "";
  return { participantId: participant.id, token };
}

/** The HTTP status an upgrade to this URL gets (101 when it was accepted). */
export function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once("unexpected-response", (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.once("open", () => {
      resolve(101);
      ws.terminate();
    });
    ws.once("error", (err) => reject(err));
  });
}

/** A raw socket to send hand-made frames; resolves once open. */
export async function rawSocket(url: string, WebSocketClass: WsClass = WebSocket) {
  const ws = new WebSocketClass(url);
  const closed = new Promise<number>((resolve) => ws.once("close", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  return { ws, closed };
}

/** A paragraph of minutes this client types into, inside the first agenda item's fragment. */
export function paragraph(doc: Y.Doc, fragment: Y.XmlFragment): Y.XmlText {
  const element = new Y.XmlElement("paragraph");
  const text = new Y.XmlText();
  doc.transact(() => {
    fragment.push([element]);
    element.insert(0, [text]);
  });
  return text;
}

/** A y-websocket awareness frame that sets one client's presence (or clears it with "null"). */
export function awarenessFrame(clientId: number, state: string, clock = 1): Uint8Array {
  const entry = encoding.createEncoder();
  encoding.writeVarUint(entry, 1);
  encoding.writeVarUint(entry, clientId);
  encoding.writeVarUint(entry, clock);
  encoding.writeVarString(entry, state);
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 1);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(entry));
  return encoding.toUint8Array(frame);
}
