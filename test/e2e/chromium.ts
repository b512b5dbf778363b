import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's chromium (`apt-get install -y chromium`), or CHROMIUM_PATH; never a downloaded browser. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((p): p is string => Boolean(p && fs.existsSync(p))) ?? null;
}

/** Without chromium the browser tests cannot run: CI installs it, so there that is a failure. */
export const browserMissing = !chromiumPath() && process.env.CI !== "true";

export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("chromium not found: apt-get install -y chromium, or set CHROMIUM_PATH");
  return chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
