# Culprit as a container: `culprit serve` on :8080. Multi-stage: the build stage runs npm ci, the
# build and `npm pack`; the install stage installs that tarball (and only it) into /app the way a
# user would; the runtime stage copies /app and runs as a non-root user. Read-only root friendly:
# the only writable paths are the volumes /var/lib/culprit (the SQLite store) and /tmp, e.g.
#   docker run --read-only --tmpfs /tmp -v culprit-data:/var/lib/culprit -p 8080:8080 culprit
# Probes: GET /healthz (liveness; the HEALTHCHECK below) and GET /readyz (readiness).
# test/deploy/dockerfile.test.ts checks these rules (no docker engine is needed for it).

FROM node:20.20.2-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
# Scripts off: `prepare` would build before the sources are copied, and tsc needs no native module.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY . .
RUN npm run build \
  && mkdir /pack \
  && npm pack --ignore-scripts --pack-destination /pack \
  && mv /pack/culprit-*.tgz /pack/culprit.tgz

FROM node:20.20.2-bookworm-slim AS install
WORKDIR /app
# better-sqlite3 compiles when no prebuilt binary fits.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY --from=build /pack/culprit.tgz /tmp/culprit.tgz
RUN echo '{"name":"culprit-image","private":true}' > package.json \
  && npm install --omit=dev --no-audit --no-fund /tmp/culprit.tgz \
  && rm /tmp/culprit.tgz \
  && npm cache clean --force

FROM node:20.20.2-bookworm-slim AS runtime
ENV NODE_ENV=production
# /app stays owned by root: the service cannot change its own code.
COPY --from=install /app /app
RUN groupadd --system --gid 10001 culprit \
  && useradd --system --uid 10001 --gid culprit --home-dir /var/lib/culprit --shell /usr/sbin/nologin culprit \
  && mkdir -p /var/lib/culprit \
  && chown culprit:culprit /var/lib/culprit
VOLUME ["/var/lib/culprit", "/tmp"]
# Plugins named culprit/plugins/<id> resolve from /app/node_modules.
WORKDIR /app
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8080/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "/app/node_modules/culprit/dist/src/cli/main.js"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8080", "--data", "/var/lib/culprit", "--plugin", "culprit/plugins/kubernetes"]
