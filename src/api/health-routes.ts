// GET /healthz (the process is up) and GET /readyz (Neo4j reachable and migrated; 503 with a reason otherwise).
// No dependency on GraphQL, so orchestrators can probe the process even while the API is still starting.
import { Router } from 'express';
import type { ReadinessProbe } from '../graph/readiness.ts';

export function healthRoutes(readiness: ReadinessProbe): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const result = await readiness.check();
    if (result.ready) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'unavailable', reason: result.reason });
  });
  return router;
}
