import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("configuration from the environment", () => {
  it("has working defaults: port 4000 on loopback, embedded database, demo data", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 4000, HOST: "127.0.0.1", DEMO_DATA: true, LOG_LEVEL: "info" });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it("takes every valid setting as given", () => {
    for (const [PORT, expected] of [
      ["0", 0],
      ["65535", 65535],
    ] as const) {
      expect(loadConfig({ PORT }).PORT).toBe(expected);
    }
    const config = loadConfig({
      HOST: "0.0.0.0",
      DATABASE_URL: "postgresql://rt@db:5432/roundtable",
      DATA_DIR: "/var/lib/roundtable",
      DEMO_DATA: "false",
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
    });
    expect(config).toMatchObject({
      HOST: "0.0.0.0",
      DATABASE_URL: "postgresql://rt@db:5432/roundtable",
      dataDir: "/var/lib/roundtable",
      DEMO_DATA: false,
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
    });
  });

  it("treats an empty variable as unset", () => {
    const config = loadConfig({ DATABASE_URL: "", PORT: "", DEMO_DATA: "", LOG_LEVEL: "" });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PORT).toBe(4000);
    expect(config.DEMO_DATA).toBe(true);
    expect(config.LOG_LEVEL).toBe("info");
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
    expect((error as ConfigError).message).toContain(name);
    expect((error as ConfigError).problems).toHaveLength(1);
    expect((error as ConfigError).problems[0]).toContain(`${name}:`);
    expect((error as ConfigError).problems[0]).toContain(JSON.stringify(value));
  });

  it("never repeats a password in its message", () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (e) {
        return (e as ConfigError).problems.join("\n");
      }
      throw new Error("expected a ConfigError");
    };
    const url = problems({ DATABASE_URL: "mysql://roundtable:s3cret-pw@db.example/x" });
    expect(url).toContain("mysql://roundtable:***@db.example/x");
    expect(url).not.toContain("s3cret-pw");
    const admin = problems({ ADMIN_PASSWORD: "short-pw" });
    expect(admin).toContain("ADMIN_PASSWORD: must be at least 12 characters (got a hidden value)");
    expect(admin).not.toContain("short-pw");
  });

  it("sends the session cookie over HTTPS only in production, unless told otherwise", () => {
    expect(loadConfig({}).cookieSecure).toBe(false);
    expect(loadConfig({ NODE_ENV: "production" }).cookieSecure).toBe(true);
    expect(loadConfig({ NODE_ENV: "production", COOKIE_SECURE: "false" }).cookieSecure).toBe(false);
  });

  it("loads no demo data in production, where its published password would open a real install", () => {
    expect(loadConfig({ NODE_ENV: "production" }).DEMO_DATA).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", DEMO_DATA: "true" }).DEMO_DATA).toBe(true);
    expect(loadConfig({ NODE_ENV: "development" }).DEMO_DATA).toBe(true);
  });

  it("reports every bad variable at once", () => {
    expect(() => loadConfig({ PORT: "-1", DEMO_DATA: "maybe" })).toThrow(/PORT[\s\S]*DEMO_DATA/);
  });
});
