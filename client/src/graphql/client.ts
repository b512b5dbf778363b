import { createClient, type Client } from "graphql-ws";
import type { TypedDocumentString } from "./generated/graphql";

/** A field error as the API reports it in `extensions.fields` (docs/api.md). */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}

/** A refused or failed operation, with the API's stable code so screens can explain it in words. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }

  get fields(): FieldError[] {
    const fields = this.extensions["fields"];
    return Array.isArray(fields) ? (fields as FieldError[]) : [];
  }
}

/** Whatever a read threw, as an ApiError; anything else (a fault in our own code) counts as an internal error. */
export function asApiError(err: unknown): ApiError {
  return err instanceof ApiError ? err : new ApiError(String(err), "INTERNAL_SERVER_ERROR");
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Someone who can react when the API says the session ended (the session store signs out). */
const unauthenticatedListeners = new Set<() => void>();
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

function toApiError<T>(body: GraphQLResponse<T>): ApiError | null {
  const first = body.errors?.[0];
  if (!first) return null;
  const code =
    typeof first.extensions?.["code"] === "string" ? (first.extensions["code"] as string) : "INTERNAL_SERVER_ERROR";
  if (code === "UNAUTHENTICATED") for (const listener of unauthenticatedListeners) listener();
  return new ApiError(first.message, code, first.extensions ?? {});
}

/** One query or mutation against the API of the same origin; the session travels in its httpOnly cookie. */
export async function request<R, V>(
  document: TypedDocumentString<R, V>,
  ...[variables]: V extends Record<string, never> ? [] | [V] : [V]
): Promise<R> {
  let res: Response;
  try {
    res = await fetch("/graphql", {
      method: "POST",
      // Apollo's CSRF prevention lets JSON requests through; a plain form post could not set this.
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError("The server cannot be reached.", "NETWORK");
  }
  let body: GraphQLResponse<R>;
  try {
    body = (await res.json()) as GraphQLResponse<R>;
  } catch {
    throw new ApiError(`The server answered ${res.status}.`, "NETWORK");
  }
  const error = toApiError(body);
  if (error) throw error;
  if (!body.data) throw new ApiError("The server sent no data.", "INTERNAL_SERVER_ERROR");
  return body.data;
}

let socket: Client | null = null;
const reconnectListeners = new Set<() => void>();

/** The one graphql-ws connection of the page, opened on the first subscription, retried forever. */
function subscriptions(): Client {
  if (socket) return socket;
  // Events published while the socket was down (a server restart, a dropped network) are never
  // replayed, so whoever shows live data reads it again once the socket is back. A normal close
  // (1000: the last subscription ended) lost nothing.
  let dropped = false;
  socket = createClient({
    url: `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`,
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    on: {
      closed: (event) => (dropped ||= (event as { code?: number }).code !== 1000),
      connected: () => {
        if (!dropped) return;
        dropped = false;
        for (const listener of reconnectListeners) listener();
      },
    },
  });
  return socket;
}

/** Calls `listener` each time the live connection is back after a drop, until the returned function is called. */
export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

/** Calls `onEvent` for every event of a subscription until the returned function is called. */
export function subscribe<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  onEvent: (data: R) => void,
  onError: (error: ApiError) => void = () => {},
): () => void {
  return subscriptions().subscribe<R>(
    { query: document.toString(), variables: variables as Record<string, unknown> },
    {
      next: (result) => {
        const error = toApiError(result as GraphQLResponse<R>);
        if (error) onError(error);
        else if (result.data) onEvent(result.data);
      },
      error: () => onError(new ApiError("The live connection failed.", "NETWORK")),
      complete: () => {},
    },
  );
}

/** After sign-in or sign-out the socket must reconnect with the new cookie. */
export function resetSubscriptions(): void {
  socket?.dispose();
  socket = null;
}
