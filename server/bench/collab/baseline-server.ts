/**
 * The baseline: @y/websocket-server 0.1.1's `setupWSConnection` exactly as its bin/server.js
 * wires it (no auth, no persistence: YPERSISTENCE unset), but on ws 8 like our server (the bin
 * would load the ws 6 it bundles) and on an ephemeral port announced as a JSON line like main.ts.
 */
import { setupWSConnection } from "@y/websocket-server/utils";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import { installStats } from "./stats.js";

installStats();
const server = http.createServer((_request, response) => {
  response.writeHead(200, { "Content-Type": "text/plain" });
  response.end("okay");
});
const wss = new WebSocketServer({ noServer: true });
wss.on("connection", (ws, request) => setupWSConnection(ws, request));
server.on("upgrade", (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit("connection", ws, request));
});
// The backlog our server listens with, so neither figure counts SYNs the kernel dropped.
server.listen({ port: 0, host: "127.0.0.1", backlog: 4096 }, () => {
  const { port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ url: `http://127.0.0.1:${port}` }));
});
process.on("SIGTERM", () => process.exit(0));
