export default async function globalTeardown(): Promise<void> {
  const servers = ((globalThis as Record<string, unknown>).__cercleTestServers ?? []) as Array<{ stop(): Promise<void> }>;
  await Promise.all(servers.map((s) => s.stop().catch(() => undefined)));
}
