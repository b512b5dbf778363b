import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vite";

// In development the API runs on its own port; Vite forwards to it so the app uses one origin.
const api = process.env.API_URL ?? "http://127.0.0.1:4000";

export default defineConfig({
  plugins: [vue()],
  server: {
    proxy: {
      "/graphql": { target: api, ws: true },
      "/collab": { target: api, ws: true },
    },
  },
});
