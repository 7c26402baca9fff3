import { createServer, request, Server } from 'node:http';
import { serviceForPath, ServiceName } from '@cercle/contracts';
import { gatewayHealth } from './gateway-health';

/**
 * The one public base URL: each request goes to the service that serves its first path segment
 * (the table is `publicRoutes` in contracts). In production a reverse proxy does the same job.
 */
export function startGateway(options: {
  port: number;
  host?: string;
  /** Base URL of each service, e.g. http://127.0.0.1:3101. */
  services: Record<ServiceName, string>;
  homePage: () => string;
}): Promise<Server> {
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/' || path === '') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(options.homePage());
      return;
    }
    if (req.method === 'GET' && (path === '/health' || path.startsWith('/health?'))) {
      void gatewayHealth(options.services).then(({ status, body }) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
      return;
    }
    const service = serviceForPath(path);
    if (!service) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ statusCode: 404, message: `No service serves ${path}` }));
      return;
    }
    const target = new URL(options.services[service]);
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        path,
        method: req.method,
        headers: { ...req.headers, 'x-forwarded-host': req.headers.host ?? '' },
      },
      (upstreamRes) => {
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
        upstreamRes.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ statusCode: 502, message: `${service} is not answering: ${error.message}` }));
    });
    req.pipe(upstream);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve(server));
  });
}
