# The diplograph API for people who have Docker. It talks to the Neo4j of docker-compose.yml (NEO4J_URI),
# so the image needs neither Java nor Maven: DIPLOGRAPH_SKIP_NEO4J_BUILD skips building neo4j-local.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production DIPLOGRAPH_SKIP_NEO4J_BUILD=1
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY neo4j-local/pom.xml neo4j-local/pom.xml
COPY neo4j-local/src neo4j-local/src
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
EXPOSE 4000
USER node
CMD ["node", "bin/diplograph.js", "start"]
