// GET /metrics: the Prometheus text exposition of this server's registry.
import { Router } from 'express';
import type { ApiMetrics } from './metrics.ts';

export function metricsRoute(metrics: ApiMetrics): Router {
  const router = Router();
  router.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
