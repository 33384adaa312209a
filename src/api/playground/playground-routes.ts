// GET /graphql from a browser: the GraphiQL playground bundled into dist/ui/playground by scripts/build-ui.mjs, and its
// assets under /graphql/playground/. Its CSP is the only relaxed one: Monaco injects styles and runs web workers.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type Request } from 'express';
import helmet from 'helmet';
import { uiBundleDir } from '../ui-bundles.ts';

export const PLAYGROUND_DIST = uiBundleDir('playground');
export const PLAYGROUND_ASSETS_PATH = '/graphql/playground';

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>diplograph · GraphQL playground</title>
<link rel="stylesheet" href="${PLAYGROUND_ASSETS_PATH}/playground.css">
<style>html, body, #playground { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="playground"></div>
<script type="module" src="${PLAYGROUND_ASSETS_PATH}/playground.js"></script>
</body>
</html>
`;

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>diplograph · playground not built</title></head>
<body><h1>The playground is not built</h1>
<p>It is bundled by the build, which <code>npm install</code> runs. Run <code>npm run build</code>, then reload. POST GraphQL requests to this URL work regardless.</p>
</body></html>
`;

const playgroundCsp = helmet.contentSecurityPolicy({
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    workerSrc: ["'self'", 'blob:'],
    fontSrc: ["'self'", 'data:'],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    frameAncestors: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    upgradeInsecureRequests: null,
  },
});

/** A browser navigating to /graphql, as opposed to a GraphQL GET request (which carries ?query=). */
function wantsPage(req: Request): boolean {
  return req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html';
}

export function playgroundRoutes(dist = PLAYGROUND_DIST): Router {
  const router = Router();
  router.get('/graphql', (req, res, next) => {
    if (!wantsPage(req)) {
      next();
      return;
    }
    playgroundCsp(req, res, () => {
      const built = existsSync(join(dist, 'playground.js'));
      res
        .status(built ? 200 : 503)
        .type('html')
        .send(built ? PAGE : NOT_BUILT);
    });
  });
  router.use(
    PLAYGROUND_ASSETS_PATH,
    playgroundCsp,
    express.static(dist, { index: false, dotfiles: 'ignore', maxAge: '1h', fallthrough: false }),
  );
  return router;
}
