import { collectDefaultMetrics, Registry } from 'prom-client';

/** Nest token of the service's Prometheus registry: other modules add their own metrics to it. */
export const METRICS = Symbol('METRICS');

/**
 * One registry per service (not prom-client's global one, so that several services in one test process
 * never mix their figures), with Node's own metrics and a `service` label on every series.
 */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, prefix: 'cercle_' });
  return registry;
}
