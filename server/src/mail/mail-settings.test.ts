import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../config.js";
import { bareAddress, mailSettings, retryDelayMs } from "./mail-settings.js";

describe("mail settings", () => {
  it("send from roundtable@ the public host unless MAIL_FROM says otherwise", () => {
    expect(mailSettings(loadConfig({})).from).toBe("Roundtable <roundtable@localhost>");
    const hosted = mailSettings(loadConfig({ PUBLIC_URL: "https://kerekasztal.example.hu/app" }));
    expect(hosted).toMatchObject({
      from: "Roundtable <roundtable@kerekasztal.example.hu>",
      envelopeFrom: "roundtable@kerekasztal.example.hu",
    });
    const own = mailSettings(loadConfig({ MAIL_FROM: '"Gyermekjóléti Szolgálat" <gyjsz@example.hu>' }));
    expect(own.envelopeFrom).toBe("gyjsz@example.hu");
    expect(bareAddress("plain@example.org")).toBe("plain@example.org");
  });

  it("write to the outbox folder without SMTP_URL, over SMTP with it", () => {
    expect(mailSettings(loadConfig({ DATA_DIR: "/tmp/rt" })).transport().kind).toBe("folder");
    const smtp = mailSettings(loadConfig({ SMTP_URL: "smtp://user:secret@mail.example.org:587" })).transport();
    expect(smtp.kind).toBe("smtp");
    smtp.close();
  });

  it("refuse a mail server or sender that is not one, without echoing the password", () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (err) {
        if (err instanceof ConfigError) return err.problems.join("\n");
      }
      return "";
    };
    const smtp = problems({ SMTP_URL: "http://user:secret@mail.example.org" });
    expect(smtp).toContain("SMTP_URL: must start with smtp:// or smtps://");
    expect(smtp).not.toContain("secret");
    expect(problems({ MAIL_FROM: "Roundtable" })).toContain("MAIL_FROM: must be an address");
    expect(problems({ MAIL_MAX_ATTEMPTS: "0" })).toContain("MAIL_MAX_ATTEMPTS");
  });

  it("wait twice as long after each failed attempt, up to the maximum", () => {
    const retry = { baseMs: 30_000, maxMs: 3_600_000, maxAttempts: 10 };
    expect([1, 2, 3, 4, 7, 8, 9].map((n) => retryDelayMs(n, retry))).toEqual([
      30_000, 60_000, 120_000, 240_000, 1_920_000, 3_600_000, 3_600_000,
    ]);
  });
});
