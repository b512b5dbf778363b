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
        scalars: { DateTimeISO: "string", LocalDate: "string" },
      },
    },
  },
};

export default config;
