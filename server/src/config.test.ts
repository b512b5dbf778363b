import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("configuration from the environment", () => {
  it("has working defaults: port 4000 on loopback, embedded database, demo data", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 4000, HOST: "127.0.0.1", DEMO_DATA: true, LOG_LEVEL: "info" });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it("treats an empty variable as unset", () => {
    const config = loadConfig({ DATABASE_URL: "", PORT: "" });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PORT).toBe(4000);
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "70000"],
    ["DATABASE_URL", "mysql://localhost/x"],
    ["DEMO_DATA", "yes"],
    ["LOG_LEVEL", "loud"],
    ["NODE_ENV", "staging"],
  ])("refuses %s=%s with a message naming the variable and the value", (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toHaveLength(1);
    expect((error as ConfigError).problems[0]).toContain(`${name}:`);
    expect((error as ConfigError).problems[0]).toContain(JSON.stringify(value));
  });

  it("reports every bad variable at once", () => {
    expect(() => loadConfig({ PORT: "-1", DEMO_DATA: "maybe" })).toThrow(/PORT[\s\S]*DEMO_DATA/);
  });
});
