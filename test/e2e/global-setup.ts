import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { chromiumPath } from "./chromium";

const repo = path.resolve(import.meta.dirname, "../..");

/**
 * Builds the web client once for the run into a folder of its own (the servers under test serve
 * it), so the browsers test the code of this checkout and not a stale `client/dist`.
 */
export default function setup(project: TestProject) {
  if (!chromiumPath()) return;
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "rt-e2e-client-"));
  execFileSync(
    "pnpm",
    ["--filter", "@roundtable/client", "exec", "vite", "build", "--outDir", outDir, "--emptyOutDir"],
    {
      cwd: repo,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  project.provide("clientDist", outDir);
  return () => fs.rmSync(outDir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    clientDist: string;
  }
}
