import { resolve } from 'node:path';
import { startStack } from './stack';

/**
 * Cercle on one machine with nothing but Node (`npm start` runs it through main.ts, in a process group
 * of its own). Every outside part falls back to a local one: embedded PostgreSQL, BullMQ on PostgreSQL,
 * a mail catcher, a Mattermost double. SIGINT or SIGTERM stops the services first, then what they use.
 */
async function main(): Promise<void> {
  const env = process.env;
  const port = (name: string, fallback: number) => Number(env[name] ?? fallback);
  const stack = await startStack({
    dataDir: resolve(env.CERCLE_DATA_DIR ?? '.cercle'),
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mattermost: env.MATTERMOST_URL && env.MATTERMOST_TOKEN ? { url: env.MATTERMOST_URL, token: env.MATTERMOST_TOKEN } : undefined,
    ports: {
      gateway: port('PORT', 3000),
      membership: port('MEMBERSHIP_PORT', 3102),
      events: port('EVENTS_PORT', 3101),
      notifications: port('NOTIFICATIONS_PORT', 3103),
      postgres: port('POSTGRES_PORT', 5433),
      smtp: port('SMTP_PORT', 2525),
      mattermost: port('MATTERMOST_PORT', 8065),
      inbox: port('INBOX_PORT', 8025),
    },
    logLevel: env.LOG_LEVEL ?? 'info',
  });
  console.log(`
Cercle est prêt.
  Adresse publique     ${stack.publicUrl}
  Boîte locale         ${stack.inboxUrl ?? '(SMTP et Mattermost externes)'}
  Jeton administrateur ${stack.adminToken}   (POST ${stack.publicUrl}/organisers)
  Canal Mattermost     ${stack.localChannelId ?? '(Mattermost externe)'}
Ctrl+C pour arrêter.`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('Arrêt…');
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
