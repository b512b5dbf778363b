import { defineConfig } from "vitest/config";

// Every package's own vitest config, run as one suite with one summary.
export default defineConfig({
  test: {
    projects: [
      "server/vitest.config.ts",
      "shared/vitest.config.ts",
      "client/vitest.config.ts",
      "test/vitest.config.ts",
    ],
  },
});
