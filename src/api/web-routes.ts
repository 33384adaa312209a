// GET /dashboard and GET /explore: the pages of src/web/, bundled by scripts/build-ui.mjs into dist/ui/web and
// served with their assets under /web/. Reading needs no login (GraphQL reads are open). Their CSP allows only this
// origin: scripts, styles, the world map and GraphQL requests all come from here, so the pages work offline.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import helmet from 'helmet';
import { uiBundleDir } from './ui-bundles.ts';

export const WEB_DIST = uiBundleDir('web');
export const WEB_ASSETS_PATH = '/web';

const PAGES = {
  dashboard: { title: 'dashboard', script: 'dashboard.js' },
  explore: { title: 'relationship explorer', script: 'explore.js' },
} as const;

function page(title: string, script: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>diplograph · ${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${WEB_ASSETS_PATH}/web.css">
</head>
<body>
<div id="app"></div>
<noscript>This page draws its charts with JavaScript. The same data is at <a href="/graphql">/graphql</a>.</noscript>
<script type="module" src="${WEB_ASSETS_PATH}/${script}"></script>
</body>
</html>
`;
}

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>diplograph · dashboard not built</title></head>
<body><h1>The dashboard is not built</h1>
<p>It is bundled when the project is installed with its devDependencies. Run <code>npm install</code>, or
<code>npm run build</code>, then reload. The GraphQL API at <a href="/graphql">/graphql</a> works regardless.</p>
</body></html>
`;

// ECharts and cytoscape set element styles from script (CSSOM), which style-src does not restrict; no inline
// <style> or style="" is needed. Canvas exports are data: URLs.
const webCsp = helmet.contentSecurityPolicy({
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    connectSrc: ["'self'"],
    fontSrc: ["'self'"],
    frameAncestors: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    upgradeInsecureRequests: null,
  },
});

export function webRoutes(dist = WEB_DIST): Router {
  const router = Router();
  for (const [name, { title, script }] of Object.entries(PAGES)) {
    router.get(`/${name}`, webCsp, (_req, res) => {
      const built = existsSync(join(dist, script));
      res
        .status(built ? 200 : 503)
        .type('html')
        .set('cache-control', 'no-cache')
        .send(built ? page(title, script) : NOT_BUILT);
    });
  }
  router.use(
    WEB_ASSETS_PATH,
    webCsp,
    express.static(dist, { index: false, dotfiles: 'ignore', maxAge: '1h', fallthrough: false }),
  );
  return router;
}
