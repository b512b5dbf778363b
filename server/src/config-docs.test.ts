import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

/** The variables of config.ts's schema: its keys, the only upper-case names at two spaces' indent. */
function configVariables(): string[] {
  const source = read("server/src/config.ts");
  const body = source.slice(source.indexOf("const schema = z.object({"));
  return [...body.matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm)].map((m) => m[1]!);
}

/** `NAME=` and `# NAME=` lines: set, or shown with their default. */
const envExampleNames = () => [...read(".env.example").matchAll(/^(?:# )?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!);

/** The variables docker/compose.yml interpolates (`${NAME}`, `${NAME:-default}`, `${NAME:?message}`). */
const composeNames = () => [
  ...new Set([...read("docker/compose.yml").matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!)),
];

/**
 * The names in the first column of the README's configuration table: `NAME`, a family `PREFIX_*`,
 * and `_SUFFIX` short for the cell's previous name with its last word replaced.
 */
function readmeNames(): { names: string[]; families: string[] } {
  const readme = read("README.md");
  const table = readme.slice(
    readme.indexOf("## Configuration"),
    readme.indexOf("\n## ", readme.indexOf("## Configuration") + 1),
  );
  const names: string[] = [];
  const families: string[] = [];
  for (const line of table.split("\n").filter((l) => l.startsWith("| `"))) {
    let previous = "";
    for (const [, name] of line.split("|")[1]!.matchAll(/`([A-Z_][A-Z0-9_]*\*?)`/g)) {
      if (name!.endsWith("*")) families.push(name!.slice(0, -1));
      else if (name!.startsWith("_")) names.push((previous = previous.replace(/_[A-Z0-9]+$/, name!)));
      else names.push((previous = name!));
    }
  }
  return { names, families };
}

describe("the documented settings", () => {
  const variables = configVariables();

  it("are read from config.ts's schema (every variable with a default is among them)", () => {
    const withDefaults = Object.keys(loadConfig({})).filter((k) => /^[A-Z]/.test(k));
    expect(withDefaults.length).toBeGreaterThan(30);
    expect(variables).toEqual(expect.arrayContaining(withDefaults));
    expect(variables).toEqual(expect.arrayContaining(["DATABASE_URL", "REDIS_URL", "SMTP_URL", "ADMIN_PASSWORD"]));
  });

  it("in .env.example are every variable of the server and the compose file's, and no other", () => {
    const names = envExampleNames();
    const compose = composeNames();
    expect(variables.filter((v) => !names.includes(v))).toEqual([]);
    expect(compose.filter((v) => !names.includes(v))).toEqual([]);
    expect(names.filter((n) => !variables.includes(n) && !compose.includes(n))).toEqual([]);
  });

  it("in .env.example show the default where config.ts has a plain one", () => {
    const defaults = loadConfig({}) as unknown as Record<string, unknown>;
    const shown = [...read(".env.example").matchAll(/^# ([A-Z][A-Z0-9_]*)=(.*)$/gm)].map(
      (m) => [m[1]!, m[2]!] as const,
    );
    // CLIENT_DIST's default is an absolute path on the machine; the file shows it relative.
    const wrong = shown.filter(
      ([name, value]) =>
        name !== "CLIENT_DIST" &&
        ["string", "number", "boolean"].includes(typeof defaults[name]) &&
        String(defaults[name]) !== value,
    );
    expect(wrong).toEqual([]);
    expect(shown.length).toBeGreaterThan(30);
  });

  it("in the README's table name every variable of the server, and only those", () => {
    const { names, families } = readmeNames();
    const covered = (v: string) => names.includes(v) || families.some((f) => v.startsWith(f));
    expect(variables.filter((v) => !covered(v))).toEqual([]);
    expect(names.filter((n) => !variables.includes(n))).toEqual([]);
    expect(families.filter((f) => !variables.some((v) => v.startsWith(f)))).toEqual([]);
  });
});
