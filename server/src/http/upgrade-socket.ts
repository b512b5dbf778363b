import type { Duplex } from "node:stream";

/**
 * Node hands an upgrade's raw socket over without an error listener: a client that resets before
 * the answer would otherwise crash the process (ECONNRESET as an unhandled 'error').
 */
export function guardUpgradeSocket(socket: Duplex): void {
  socket.on("error", destroySocket);
}

/** Once ws owns the socket it listens for errors itself; a second listener per socket costs memory. */
export function releaseUpgradeSocket(socket: Duplex): void {
  socket.off("error", destroySocket);
}

/** A listener without a closure: one over the upgrade's scope would keep its request as long as the socket. */
function destroySocket(this: Duplex): void {
  this.destroy();
}
