import { useServer } from "graphql-ws/use/ws";
import { createRequire } from "node:module";
import { afterEach, beforeEach, expect, it } from "vitest";
import { effectScope } from "vue";
import { WebSocketServer, type WebSocket } from "ws";
import { resetSubscriptions, subscribe } from "./client";
import { TypedDocumentString } from "./generated/graphql";
import { useSubscriptions } from "./liveUpdates";

// A real graphql-ws server on loopback: what matters is what the stock client does when the
// server drops it (a restart) and when the page ends its last subscription (a normal close).
// graphql-ws's server loads graphql as Node does (CommonJS); the schema must come from that same
// copy, not from the ES module Vite would give this file, or graphql refuses it as foreign.
const { buildSchema } = createRequire(import.meta.url)("graphql") as typeof import("graphql");
const schema = buildSchema("type Query { ok: Boolean } type Subscription { changed: Boolean }");
const roots = {
  subscription: {
    // Never publishes: the test is about the connection, not the events.
    changed: async function* () {
      await new Promise(() => {});
      yield { changed: true };
    },
  },
};
const Changed = new TypedDocumentString<{ changed: boolean }, Record<string, never>>("subscription { changed }");

let server: WebSocketServer;
const sockets = new Set<WebSocket>();

beforeEach(async () => {
  server = new WebSocketServer({ host: "127.0.0.1", port: 0, path: "/graphql" });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  useServer({ schema, roots }, server);
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as { port: number };
  // The page's address is where client.ts opens its socket; happy-dom's own API moves it.
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`http://127.0.0.1:${port}/`);
});

afterEach(async () => {
  resetSubscriptions();
  await new Promise((resolve) => server.close(resolve));
});

const connections = () => sockets.size;

async function until(check: () => boolean) {
  await expect.poll(check, { timeout: 10_000 }).toBe(true);
}

it("reads the page again once the live connection is back after the server dropped it", async () => {
  let refreshes = 0;
  const scope = effectScope();
  scope.run(() =>
    useSubscriptions(
      "case-1",
      () => [subscribe(Changed, {}, () => {})],
      () => refreshes++,
    ),
  );
  await until(() => connections() === 1);
  expect(refreshes).toBe(0);

  for (const socket of sockets) socket.close(1012, "service restart");
  await until(() => refreshes === 1);

  scope.stop();
  await until(() => connections() === 0);
});

it("does not read again when the socket closed only because the last subscription ended", async () => {
  let refreshes = 0;
  const first = effectScope();
  first.run(() =>
    useSubscriptions(
      "case-1",
      () => [subscribe(Changed, {}, () => {})],
      () => refreshes++,
    ),
  );
  await until(() => connections() === 1);
  first.stop();
  await until(() => connections() === 0);

  const second = effectScope();
  second.run(() =>
    useSubscriptions(
      "case-2",
      () => [subscribe(Changed, {}, () => {})],
      () => refreshes++,
    ),
  );
  await until(() => connections() === 1);
  expect(refreshes).toBe(0);
  second.stop();
});
