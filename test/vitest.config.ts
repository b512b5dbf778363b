import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "e2e",
    include: ["e2e/**/*.test.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    // Browsers, a server process and a client build: one file at a time on two cores.
    fileParallelism: false,
    testTimeout: 120_000,
    // Browsers on two busy cores: wait for what other screens show as a person would, not 1 s.
    expect: { poll: { timeout: 20_000, interval: 100 } },
    hookTimeout: 180_000,
  },
});
