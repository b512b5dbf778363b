import { collabPath, COLLAB_CLOSE_CODES, shouldReconnect } from "@roundtable/shared";
import { IndexeddbPersistence } from "y-indexeddb";
import type { Awareness } from "y-protocols/awareness";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { onScopeDispose, ref, shallowRef, type Ref } from "vue";
import { localCopyName } from "./local-copies";

/**
 * connecting: no server yet (first connection or reconnecting); connected: synced with the
 * server; offline: the server cannot be reached, edits stay in this browser and merge later;
 * refused: the server will not serve this document to us (see `refusal`), no more retries.
 */
export type ConnectionState = "connecting" | "connected" | "offline" | "refused";

/** Why the server refused: one of COLLAB_CLOSE_CODES, or the API's answer when the upgrade itself was refused. */
export type Refusal = "unauthorized" | "accessRevoked" | "notFound" | "messageTooLarge" | "documentTooLarge" | "other";

export interface LiveDocument {
  doc: Y.Doc;
  awareness: Awareness;
  provider: WebsocketProvider;
  state: Ref<ConnectionState>;
  refusal: Ref<Refusal | null>;
  /** The document holds content to show: the local copy or the server's state has arrived. */
  ready: Ref<boolean>;
  /** Bumped on every change of the document, so computed readers (`readAgenda(doc)`) re-run. */
  revision: Ref<number>;
}

const REFUSALS: Record<number, Refusal> = {
  [COLLAB_CLOSE_CODES.unauthorized]: "unauthorized",
  [COLLAB_CLOSE_CODES.accessRevoked]: "accessRevoked",
  [COLLAB_CLOSE_CODES.notFound]: "notFound",
  [COLLAB_CLOSE_CODES.messageTooLarge]: "messageTooLarge",
  [COLLAB_CLOSE_CODES.documentTooLarge]: "documentTooLarge",
};

export function refusalOf(code: number): Refusal | null {
  return shouldReconnect(code) ? null : (REFUSALS[code] ?? "other");
}

/** How long to keep retrying a socket that never opens before asking the API whether we may. */
const ACCESS_CHECK_AFTER_FAILURES = 3;

/**
 * The live document of one conference: a Y.Doc kept in this browser's IndexedDB (so typing
 * survives going offline and reloads) and synced through the stock y-websocket provider with
 * `/collab/<conferenceId>`, which authenticates by the session cookie.
 *
 * `checkAccess` is asked when the socket keeps failing before it ever opens: a refused upgrade
 * (401/404) looks like a network error to a browser, and the provider would retry forever.
 */
export function useLiveDocument(conferenceId: string, checkAccess: () => Promise<Refusal | null>): LiveDocument {
  const doc = new Y.Doc();
  const local = new IndexeddbPersistence(localCopyName(conferenceId), doc);
  const origin = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}`;
  const provider = new WebsocketProvider(origin, collabPath(conferenceId).slice(1), doc, {
    shouldReconnect: (event) => shouldReconnect(event.code),
    maxBackoffTime: 5000,
  });

  const state = ref<ConnectionState>("connecting");
  const refusal = ref<Refusal | null>(null);
  const ready = ref(false);
  const revision = shallowRef(0);
  let failuresBeforeOpen = 0;
  let checking = false;

  function refuse(reason: Refusal) {
    refusal.value = reason;
    state.value = "refused";
    provider.disconnect();
  }

  void local.whenSynced.then(() => {
    // A local copy with content can be shown at once; an empty one waits for the server.
    if (doc.store.clients.size > 0) ready.value = true;
  });
  provider.on("sync", (synced: boolean) => {
    if (!synced) return;
    ready.value = true;
    state.value = "connected";
    failuresBeforeOpen = 0;
  });
  provider.on("status", ({ status }: { status: "connected" | "disconnected" | "connecting" }) => {
    if (state.value === "refused") return;
    if (status === "disconnected") state.value = "offline";
  });
  provider.on("connection-close", (event: CloseEvent | null) => {
    if (state.value === "refused" || !event) return;
    if (!provider.synced) failuresBeforeOpen += 1;
    if (state.value !== "connected") state.value = failuresBeforeOpen > 1 ? "offline" : "connecting";
    if (failuresBeforeOpen >= ACCESS_CHECK_AFTER_FAILURES && !checking) {
      checking = true;
      void checkAccess()
        .then((reason) => reason && refuse(reason))
        .catch(() => {}) // the API is unreachable too: we are offline, keep retrying
        .finally(() => {
          checking = false;
          failuresBeforeOpen = 0;
        });
    }
  });
  provider.on("closed", ({ code }: { code: number }) => refuse(refusalOf(code) ?? "other"));
  doc.on("update", () => {
    revision.value += 1;
  });

  // The browser knows before the socket does: stop at once, keep typing into the local copy,
  // and reconnect as soon as the network is back instead of after the provider's backoff.
  const goOffline = () => {
    if (state.value === "refused") return;
    provider.disconnect();
    state.value = "offline";
  };
  const goOnline = () => {
    if (state.value === "refused") return;
    state.value = "connecting";
    provider.connect();
  };
  window.addEventListener("offline", goOffline);
  window.addEventListener("online", goOnline);

  onScopeDispose(() => {
    window.removeEventListener("offline", goOffline);
    window.removeEventListener("online", goOnline);
    provider.destroy();
    void local.destroy();
    doc.destroy();
  });

  return { doc, awareness: provider.awareness, provider, state, refusal, ready, revision };
}
