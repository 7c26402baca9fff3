import type { NextFunction, Request, Response } from 'express';
import { Histogram, type Registry } from 'prom-client';

/**
 * Express middleware timing every HTTP answer, labelled by the route's pattern (`/occurrences/:id`,
 * never the raw path: ids would make one series per resource), method and status. It sees the answers
 * of guards and filters too (401, 404, 429), which a Nest interceptor would miss.
 */
export function httpMetrics(registry: Registry) {
  const duration = new Histogram({
    name: 'cercle_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route pattern, method and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return (req: Request, res: Response, next: NextFunction) => {
    const end = duration.startTimer();
    res.once('finish', () => {
      const route = (req.route as { path?: string } | undefined)?.path;
      end({ method: req.method, route: route ? `${req.baseUrl}${route}` : 'unmatched', status: String(res.statusCode) });
    });
    next();
  };
}
