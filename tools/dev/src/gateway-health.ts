import type { ServiceName } from '@cercle/contracts';

const TIMEOUT_MS = 3000;

/**
 * `GET /health` on the public URL: each service's own /health (database and queues), gathered, so an
 * operator or `cercle doctor` sees every service through the one address they have. 503 when any is down.
 */
export async function gatewayHealth(services: Record<ServiceName, string>): Promise<{ status: number; body: unknown }> {
  const entries = await Promise.all(
    (Object.entries(services) as Array<[ServiceName, string]>).map(async ([name, base]) => {
      try {
        const res = await fetch(`${base}/health`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
        const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
        return [name, { ...body, status: res.ok ? 'ok' : 'down' }] as const;
      } catch (error) {
        return [name, { status: 'down', service: `unreachable: ${(error as Error).message}` }] as const;
      }
    }),
  );
  const ok = entries.every(([, report]) => report.status === 'ok');
  return { status: ok ? 200 : 503, body: { status: ok ? 'ok' : 'down', services: Object.fromEntries(entries) } };
}
