import net from "node:net";

/**
 * A TCP proxy on 127.0.0.1 that hands each new connection to the next backend in turn, the way
 * a reverse proxy without sticky sessions does (docker/compose.yml). A backend that refuses the
 * connection is skipped. It pipes bytes, so HTTP keep-alive and WebSocket upgrades pass through
 * unchanged and a connection stays on the backend it was given until either side closes it.
 */
export interface RoundRobinProxy {
  url: string;
  /** The backend index each connection was given, in the order they came. */
  routed: number[];
  close(): Promise<void>;
}

export async function startRoundRobinProxy(backends: string[]): Promise<RoundRobinProxy> {
  const targets = backends.map((url) => new URL(url));
  const routed: number[] = [];
  const open = new Set<net.Socket>();
  let next = 0;

  const server = net.createServer((client) => {
    open.add(client);
    client.once("close", () => open.delete(client));
    client.on("error", () => client.destroy());
    client.pause();
    const tryBackend = (attempt: number) => {
      if (attempt >= targets.length || client.destroyed) return client.destroy();
      const index = next;
      next = (next + 1) % targets.length;
      const target = targets[index]!;
      const upstream = net.connect(Number(target.port), target.hostname);
      let connected = false;
      upstream.on("error", () => {
        upstream.destroy();
        // Refused (the backend stopped listening): the next one gets this connection.
        if (!connected) tryBackend(attempt + 1);
        else client.destroy();
      });
      upstream.once("connect", () => {
        connected = true;
        routed.push(index);
        open.add(upstream);
        upstream.once("close", () => {
          open.delete(upstream);
          client.destroy();
        });
        client.once("close", () => upstream.destroy());
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
    };
    tryBackend(0);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routed,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
