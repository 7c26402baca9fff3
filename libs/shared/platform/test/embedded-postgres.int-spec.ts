import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@cercle/platform';

// Only root runs PostgreSQL as another user; elsewhere there is nothing to refuse.
const asRoot = userInfo().uid === 0 ? it : it.skip;

describe('the embedded PostgreSQL, started as root', () => {
  asRoot('refuses a data folder the postgres user cannot reach, naming the folder and what to do', async () => {
    // mkdtemp makes a folder of mode 700, as /root is.
    const privateDir = mkdtempSync(join(tmpdir(), 'cercle-private-'));
    try {
      const error = await startEmbeddedPostgres({ dataDir: join(privateDir, 'data', 'postgres'), port: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toContain(privateDir);
      expect((error as Error).message).toContain(`chmod o+x ${privateDir}`);
      expect((error as Error).message).toContain('DATABASE_URL');
    } finally {
      rmSync(privateDir, { recursive: true, force: true });
    }
  });
});
