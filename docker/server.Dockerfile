# The Roundtable server with the built web client, for docker/compose.yml or any container host.
# Build from the repository root: docker build -f docker/server.Dockerfile -t roundtable .
# See docs/deployment.md.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- build: the whole workspace, then a self-contained copy of the server (pnpm deploy) ---
FROM ${NODE_IMAGE} AS build
# The README's pnpm; corepack fails on some networks (STACK.md).
RUN npm install -g pnpm@12.21.0 && npm cache clean --force
ENV CI=true
WORKDIR /src
# Only the lockfile: this layer (every package, downloaded) is rebuilt only when it changes.
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN pnpm fetch
COPY . .
RUN pnpm install --frozen-lockfile --offline \
  && pnpm --filter @roundtable/shared --filter @roundtable/server --filter @roundtable/client build \
  && pnpm --filter @roundtable/server deploy --prod /deploy \
  && cp -r client/dist /deploy/client

# --- runtime: Node, the server's production dependencies, its build and the client ---
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
  HOST=0.0.0.0 \
  PORT=4000 \
  DATA_DIR=/data \
  CLIENT_DIST=/app/client
WORKDIR /app
# Owned by root and read-only for the app's user: the code cannot be changed by the process.
COPY --from=build /deploy /app
# DATA_DIR: the embedded database when DATABASE_URL is unset, and the mail outbox without SMTP_URL.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 4000
# The slim image has no curl; Node 20 has fetch.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# The roundtable-built condition makes @roundtable/shared resolve to its compiled dist/.
CMD ["node", "--conditions=roundtable-built", "dist/main.js"]
