# The diplograph API (and workers) for people who have Docker. It talks to the Neo4j and the Kafka of
# docker-compose.yml, so the image needs neither Java nor Maven: DIPLOGRAPH_SKIP_NEO4J_BUILD and
# DIPLOGRAPH_SKIP_KAFKA_BUILD skip building neo4j-local and kafka-local.

# Build: every dependency, `npm ci` runs the build (tsc -> dist/, UI bundles -> dist/ui/), then the devDependencies go.
FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV DIPLOGRAPH_SKIP_NEO4J_BUILD=1 DIPLOGRAPH_SKIP_KAFKA_BUILD=1
COPY . .
RUN npm ci --no-audit --no-fund && npm prune --omit=dev --no-audit --no-fund

# Runtime: compiled JavaScript and production dependencies only, run as the unprivileged `node` user.
FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=4000
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/cypher ./cypher
COPY --from=build --chown=node:node /app/schema ./schema
COPY --from=build --chown=node:node /app/samples ./samples
USER node
EXPOSE 4000
# Ready means Neo4j reachable and migrated (GET /readyz); the slim image has no curl, so Node asks.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/readyz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/cli/main.js", "start"]
