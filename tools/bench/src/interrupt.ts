import { rmSync } from 'node:fs';

const folders = new Set<string>();

/**
 * Ctrl+C (or a CI timeout's SIGTERM) ends a run midway: its children stop with it, but the temporary
 * folder (PostgreSQL's data, the run's secrets) would stay behind. It is removed on the way out.
 */
export function removeOnInterrupt(folder: string): void {
  if (folders.size === 0) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        console.error(`Interrupted (${signal}): removing ${[...folders].join(', ')}`);
        // PostgreSQL may still be writing there while it stops: a few tries.
        for (const f of folders) rmSync(f, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
        process.exit(130);
      });
    }
  }
  folders.add(folder);
}
