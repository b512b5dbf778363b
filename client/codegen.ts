import type { CodegenConfig } from "@graphql-codegen/cli";

// Types come from the committed schema file, never from a running server (STYLE.md 7).
// `documentMode: "string"` keeps the graphql parser out of the bundle: operations travel as text.
const config: CodegenConfig = {
  schema: "../schema/schema.graphql",
  documents: ["src/**/*.ts", "!src/graphql/generated/**"],
  ignoreNoDocuments: true,
  generates: {
    "src/graphql/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        // JSONObject is read as it came; whoever reads one checks its shape (e.g. MinutesContent's format).
        scalars: { DateTimeISO: "string", LocalDate: "string", JSONObject: "Record<string, unknown>" },
      },
    },
  },
};

export default config;
