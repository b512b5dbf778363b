// For check-deploy.sh: opens a graphql-ws connection and a live-document upgrade through the proxy
// and prints what came back ("graphql-ws ack; collab 401": the handshake reached a server, which
// acknowledged the one and refused the other for want of a session).
// Usage: node check-websockets.mjs <deploy folder, for its ws package> <ws://proxy>
import path from "node:path";
import { pathToFileURL } from "node:url";

const [appDir, base] = process.argv.slice(2);
const { default: WebSocket } = await import(pathToFileURL(path.join(appDir, "node_modules/ws/wrapper.mjs")).href);
// As a browser on the app's page sends it: the servers refuse upgrades from another origin, so this
// also shows the proxy passes the Host header through unchanged.
const origin = base.replace(/^ws/, "http");

const graphqlWs = await new Promise((resolve) => {
  const ws = new WebSocket(`${base}/graphql`, "graphql-transport-ws", { origin });
  ws.on("open", () => ws.send(JSON.stringify({ type: "connection_init" })));
  ws.on("message", (data) => {
    resolve(JSON.parse(String(data)).type === "connection_ack" ? "graphql-ws ack" : `graphql-ws ${data}`);
    ws.close();
  });
  ws.on("unexpected-response", (_req, res) => resolve(`graphql-ws ${res.statusCode}`));
  ws.on("error", (err) => resolve(`graphql-ws ${err.message}`));
});

const collab = await new Promise((resolve) => {
  const ws = new WebSocket(`${base}/collab/00000000-0000-4000-8000-000000000000`, { origin });
  ws.on("open", () => resolve("collab open"));
  ws.on("unexpected-response", (_req, res) => resolve(`collab ${res.statusCode}`));
  ws.on("error", (err) => resolve(`collab ${err.message}`));
});

console.log(`${graphqlWs}; ${collab}`);
process.exit(0);
