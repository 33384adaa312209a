// Prometheus metrics of one server (its own registry, so several servers can live in one test process):
// HTTP requests and latency by route and GraphQL operation, and the latency of each Neo4j transaction.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Operation names come from clients: bound how many distinct ones become label values. */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_:+]{0,80}$/;

export interface ApiMetrics {
  registry: Registry;
  observeHttp(
    labels: { method: string; route: string; status: number; operation: string },
    seconds: number,
  ): void;
  observeNeo4j(labels: { operation: string; mode: string; outcome: 'ok' | 'error' }, seconds: number): void;
  /** A label value for a client-given operation name: bounded in length, charset and cardinality. */
  operationLabel(name: string | undefined): string;
}

export function createMetrics(): ApiMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'diplograph_' });
  const requests = new Counter({
    name: 'diplograph_http_requests_total',
    help: 'HTTP requests by method, route, status and GraphQL operation name.',
    labelNames: ['method', 'route', 'status', 'operation'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'diplograph_http_request_duration_seconds',
    help: 'HTTP request latency by method, route, status and GraphQL operation name.',
    labelNames: ['method', 'route', 'status', 'operation'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const neo4j = new Histogram({
    name: 'diplograph_neo4j_transaction_duration_seconds',
    help: 'Latency of Neo4j transactions run for GraphQL requests, by operation, access mode and outcome.',
    labelNames: ['operation', 'mode', 'outcome'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const seen = new Set<string>();
  return {
    registry,
    observeHttp(labels, seconds) {
      const values = { ...labels, status: String(labels.status) };
      requests.inc(values);
      duration.observe(values, seconds);
    },
    observeNeo4j(labels, seconds) {
      neo4j.observe(labels, seconds);
    },
    operationLabel(name) {
      if (name === undefined || name === '') return 'none';
      if (!OPERATION_NAME.test(name)) return 'invalid';
      if (seen.has(name)) return name;
      if (seen.size >= MAX_OPERATION_LABELS) return 'other';
      seen.add(name);
      return name;
    },
  };
}
