# The diplograph API for people who have Docker. It talks to the Neo4j of docker-compose.yml (NEO4J_URI),
# so the image needs neither Java nor Maven: DIPLOGRAPH_SKIP_NEO4J_BUILD skips building neo4j-local.
# Build stage: devDependencies are needed to bundle the offline playground (esbuild, graphiql, react).
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV DIPLOGRAPH_SKIP_NEO4J_BUILD=1
COPY . .
RUN npm ci --no-audit --no-fund && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
EXPOSE 4000
USER node
CMD ["node", "bin/diplograph.js", "start"]
