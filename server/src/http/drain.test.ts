import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket, { WebSocketServer } from "ws";
import { httpDrain } from "./drain.js";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** A server on an ephemeral port whose /slow answers only when `answer` is called. */
async function serve(onUpgrade?: (req: http.IncomingMessage, socket: Duplex, head: Buffer) => void) {
  let answer = () => {};
  const server = http.createServer((req, res) => {
    if (req.url === "/slow") answer = () => res.end("late");
    else res.end("ok");
  });
  const drain = httpDrain(server);
  if (onUpgrade) {
    server.on("upgrade", (req, socket, head) => {
      drain.release(socket);
      onUpgrade(req, socket, head);
    });
  }
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  // One connection per request, kept alive afterwards.
  const agents: http.Agent[] = [];
  cleanups.push(() => {
    for (const agent of agents) agent.destroy();
    server.closeAllConnections();
    server.close();
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = (path: string) =>
    new Promise<{ body: string; socket: Duplex }>((resolve, reject) => {
      const agent = new http.Agent({ keepAlive: true });
      agents.push(agent);
      const req = http.get(`${url}${path}`, { agent }, (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve({ body, socket: req.socket! }));
      });
      req.on("error", reject);
    });
  return { server, drain, url, get, answer: () => answer() };
}

const closed = (socket: Duplex) =>
  new Promise<void>((resolve) => (socket.closed ? resolve() : socket.once("close", () => resolve())));

describe("httpDrain", () => {
  it("lets a request in flight finish, ends idle keep-alive connections, and resolves when both closed", async () => {
    const s = await serve();
    const idle = (await s.get("/")).socket;
    const slow = s.get("/slow");
    await new Promise((resolve) => setTimeout(resolve, 50));
    let stopped = false;
    const stop = s.drain.stop().then(() => (stopped = true));
    await closed(idle);
    expect(stopped).toBe(false);
    s.answer();
    const { body, socket } = await slow;
    expect(body).toBe("late");
    await stop;
    expect(socket.destroyed).toBe(true);
    await expect(s.get("/")).rejects.toThrow();
  });

  it("destroys what is still open after the grace period", async () => {
    const s = await serve();
    const slow = expect(s.get("/slow")).rejects.toThrow(/socket hang up/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await s.drain.stop(100);
    await slow;
  });

  it("lets go of an upgraded socket: no listener of its own on it, and the stop does not wait for it", async () => {
    const wss = new WebSocketServer({ noServer: true });
    const upgraded: Duplex[] = [];
    const s = await serve((req, socket, head) => {
      upgraded.push(socket);
      wss.handleUpgrade(req, socket, head, () => {});
    });
    const client = new WebSocket(s.url.replace("http", "ws"));
    await new Promise((resolve, reject) => client.once("open", resolve).once("error", reject));
    cleanups.push(() => client.terminate());
    const [socket] = upgraded;
    // ws's own listener only: the drain keeps nothing per socket once it is upgraded.
    expect(socket!.listeners("close").map((listener) => listener.name)).toEqual(["socketOnClose"]);
    await s.drain.stop();
    expect(socket!.destroyed).toBe(false);
    expect(client.readyState).toBe(WebSocket.OPEN);
  });
});
