import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../../src/api/metrics.ts';

describe('metrics', () => {
  it('bounds operation-name labels in charset, length and number', () => {
    const metrics = createMetrics();
    expect(metrics.operationLabel(undefined)).toBe('none');
    expect(metrics.operationLabel('WhoSaidWhat')).toBe('WhoSaidWhat');
    expect(metrics.operationLabel('bad name"}')).toBe('invalid');
    expect(metrics.operationLabel('x'.repeat(200))).toBe('invalid');
    for (let i = 0; i < 300; i++) metrics.operationLabel(`Op${i}`);
    expect(metrics.operationLabel('OneTooMany')).toBe('other');
    expect(metrics.operationLabel('WhoSaidWhat')).toBe('WhoSaidWhat');
  });

  it('exposes HTTP and Neo4j series in the Prometheus text format', async () => {
    const metrics = createMetrics();
    metrics.observeHttp({ method: 'POST', route: '/graphql', status: 200, operation: 'Q' }, 0.02);
    metrics.observeNeo4j({ operation: 'Q', mode: 'read', outcome: 'ok' }, 0.01);
    const text = await metrics.registry.metrics();
    expect(text).toContain(
      'diplograph_http_requests_total{method="POST",route="/graphql",status="200",operation="Q"} 1',
    );
    expect(text).toContain(
      'diplograph_neo4j_transaction_duration_seconds_count{operation="Q",mode="read",outcome="ok"} 1',
    );
  });
});
