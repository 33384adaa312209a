// Apollo Server over the SDL in schema/: knows nothing of Express; the HTTP adapter lives in create-app.ts.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Server } from 'node:http';

export const SCHEMA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../schema');

export interface GraphqlOptions {
  version: string;
  introspection: boolean;
  httpServer?: Server;
}

export function createGraphqlServer(options: GraphqlOptions): ApolloServer {
  const typeDefs = readFileSync(resolve(SCHEMA_DIR, 'placeholder.graphql'), 'utf8');
  return new ApolloServer({
    typeDefs,
    resolvers: { Query: { version: () => options.version } },
    introspection: options.introspection,
    // The CLI owns signals and shuts everything down in order; Apollo must not exit the process on its own.
    stopOnTerminationSignals: false,
    plugins: options.httpServer
      ? [ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer })]
      : [],
  });
}
