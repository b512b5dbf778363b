import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { AppError } from "../graphql/errors.js";

/**
 * Passwords are hashed with scrypt from Node's own crypto (OpenSSL): memory-hard, as the issue
 * asks, and no native add-on to build on a machine without IT staff. The stored form names its
 * parameters, so they can be raised later without invalidating existing hashes.
 */
const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
// N·r·128 bytes = 32 MiB per hash; OpenSSL's default ceiling is exactly that, so allow a little more.
const MAX_MEMORY = 64 * 1024 * 1024;

export const MIN_PASSWORD_LENGTH = 12;

function derive(password: string, salt: Buffer, options: ScryptOptions, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, length, { ...options, maxmem: MAX_MEMORY }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS, KEY_LENGTH);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const actual = await derive(password, Buffer.from(salt, "base64"), { N: +n!, r: +r!, p: +p! }, expected.length);
  return timingSafeEqual(actual, expected);
}

/** A hash of nothing in particular: unknown e-mail addresses take as long to refuse as known ones. */
export const DUMMY_HASH = await hashPassword(randomBytes(16).toString("hex"));

/** Length is what makes a password strong; no composition rules (NIST SP 800-63B). */
export function checkNewPassword(password: string, path: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new AppError("BAD_USER_INPUT", `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`, {
      fields: [{ path, code: "TOO_SHORT", message: `must be at least ${MIN_PASSWORD_LENGTH} characters` }],
    });
  }
  if (password.length > 1000) {
    throw new AppError("BAD_USER_INPUT", "The password is too long.", {
      fields: [{ path, code: "TOO_LONG", message: "must be at most 1000 characters" }],
    });
  }
}
