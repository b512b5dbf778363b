import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: session cookies and invitation links. */
export const newToken = (): string => randomBytes(32).toString("base64url");

/** What the database keeps instead of a token. */
export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

/** Tokens as newToken makes them; anything else is refused before it reaches the database. */
export const looksLikeToken = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);
