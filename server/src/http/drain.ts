import type http from "node:http";
import type { Duplex } from "node:stream";

/**
 * A graceful stop of plain HTTP: no new connections, requests in flight finish, idle keep-alive
 * connections end at once, and whatever is still open after the grace period is destroyed.
 *
 * Apollo's drain plugin does the same but keeps every socket it ever saw, upgraded ones too, with
 * a closure of its own on each: a thousand live-document sockets held half a kilobyte each for
 * nothing, as their endpoints close them on stop. Here a socket is let go at its upgrade.
 */
export function httpDrain(server: http.Server) {
  /** Open HTTP connections and their requests in flight. */
  const sockets = new Map<Duplex, number>();
  let stopping = false;
  let drained: (() => void) | null = null;

  // Shared by every socket, not a closure each.
  function forget(this: Duplex): void {
    sockets.delete(this);
    if (sockets.size === 0) drained?.();
  }
  function finished(this: http.ServerResponse): void {
    const socket = this.req.socket;
    const pending = sockets.get(socket);
    if (pending === undefined) return;
    sockets.set(socket, pending - 1);
    if (stopping && pending === 1) socket.end();
  }

  server.on("connection", (socket: Duplex) => {
    sockets.set(socket, 0);
    socket.on("close", forget);
  });
  server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    const pending = sockets.get(req.socket);
    if (pending !== undefined) sockets.set(req.socket, pending + 1);
    // A response finishes once.
    res.on("finish", finished);
  });

  return {
    /** An upgraded socket: from here it belongs to its WebSocket endpoint, which closes it on stop. */
    release(socket: Duplex): void {
      sockets.delete(socket);
      socket.off("close", forget);
    },

    /** Resolves once every HTTP connection closed, or was destroyed after `graceMs`. */
    async stop(graceMs = 10_000): Promise<void> {
      stopping = true;
      if (server.listening) server.close();
      const done = new Promise<void>((resolve) => (drained = resolve));
      for (const [socket, pending] of sockets) if (pending === 0) socket.end();
      if (sockets.size === 0) return;
      const timer = setTimeout(() => {
        for (const socket of sockets.keys()) socket.destroy();
      }, graceMs);
      await done;
      clearTimeout(timer);
    },
  };
}
