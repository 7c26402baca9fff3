import { describeFanOutThroughRestart } from './fan-out-through-restart';
import { startPostgresServer } from './postgres-server';

/**
 * PostgreSQL restarted (fast shutdown: sessions cut) in the middle of a 1,000-member fan-out, on a
 * PostgreSQL of the test's own since the shared one serves other suites. Queries wait for the database
 * to come back (orm-options' pool), so an email sent during the outage is marked sent, not sent again.
 */
describeFanOutThroughRestart('PostgreSQL', async () => {
  const postgres = await startPostgresServer();
  return { stackOptions: { databaseUrl: postgres.url }, restart: () => postgres.restart(), stop: () => postgres.stop() };
});
