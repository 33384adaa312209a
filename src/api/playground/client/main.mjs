// The playground page's script, bundled by scripts/build-ui.mjs into dist/ui/playground (no CDN: works offline).
// GraphiQL with the example queries as default tabs; Monaco's workers are served from the same origin.
/* global document, Worker */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import { EXAMPLE_QUERIES } from '../example-queries.ts';

const ASSETS = new URL('./', import.meta.url);

globalThis.MonacoEnvironment = {
  getWorker(_id, label) {
    const file =
      label === 'json' ? 'json.worker.js' : label === 'graphql' ? 'graphql.worker.js' : 'editor.worker.js';
    return new Worker(new URL(file, ASSETS));
  },
};

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', document.baseURI).href });
const defaultTabs = EXAMPLE_QUERIES.map((example) => ({ query: example.query }));

createRoot(document.getElementById('playground')).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs,
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
  }),
);
