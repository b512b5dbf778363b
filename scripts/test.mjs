#!/usr/bin/env node
// Runs every test of the workspace as one vitest run, says plainly what this machine could not
// run, and ends with one summary line ("N passed, N failed, N skipped") that CI can read.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const notRun = [];
if (!process.env.DATABASE_URL) {
  notRun.push("PostgreSQL tests skipped: DATABASE_URL not set (they run on PGlite only; CI sets it).");
}
if (!process.env.REDIS_URL) {
  notRun.push("Scale-out tests skipped: REDIS_URL (and DATABASE_URL) not set (CI sets both).");
}
if (!["/usr/bin/chromium", "/usr/bin/chromium-browser", process.env.CHROMIUM_PATH].some((p) => p && fs.existsSync(p))) {
  notRun.push(
    "Browser tests skipped: no chromium (apt-get install -y chromium, or set CHROMIUM_PATH; CI installs it).",
  );
}
for (const line of notRun) console.log(line);

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rt-test-")), "report.json");
const result = spawnSync(
  "pnpm",
  [
    "exec",
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: "inherit" },
);

let summary = null;
try {
  const json = JSON.parse(fs.readFileSync(report, "utf8"));
  summary = {
    passed: json.numPassedTests,
    // A file that failed to load has no tests of its own to count as failed: count it once.
    failed:
      json.numFailedTests +
      json.testResults.filter((f) => f.status === "failed" && f.assertionResults.length === 0).length,
    skipped: json.numPendingTests + json.numTodoTests,
  };
} catch {
  // vitest did not get as far as writing its report; its own output says why.
}
for (const line of notRun) console.log(line);
if (summary) console.log(`\n${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
process.exit(result.status ?? 1);
