import { parse, serialize } from "cookie";
import type http from "node:http";

export const SESSION_COOKIE = "rt_session";

/** httpOnly (no script reads it), SameSite=Lax (not sent on cross-site POSTs), whole site. */
export function sessionCookie(token: string, expires: Date, secure: boolean): string {
  return serialize(SESSION_COOKIE, token, { httpOnly: true, sameSite: "lax", secure, path: "/", expires });
}

export function clearedSessionCookie(secure: boolean): string {
  return serialize(SESSION_COOKIE, "", { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: 0 });
}

export function sessionTokenOf(req: http.IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  return header ? parse(header)[SESSION_COOKIE] : undefined;
}

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

/** The caller's address: the socket's, or behind our reverse proxy the last X-Forwarded-For hop. */
export function clientInfo(req: http.IncomingMessage, trustProxy: boolean): ClientInfo {
  const forwarded = trustProxy ? req.headers["x-forwarded-for"] : undefined;
  const last = (Array.isArray(forwarded) ? forwarded.join(",") : forwarded)?.split(",").at(-1)?.trim();
  const userAgent = req.headers["user-agent"];
  return { ip: last || req.socket.remoteAddress || null, userAgent: userAgent ? userAgent.slice(0, 300) : null };
}
