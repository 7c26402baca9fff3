import { resolve } from 'node:path';
import { portsInUse } from './ports-in-use';
import { startStack } from './stack';

/**
 * Cercle on one machine with nothing but Node (`npm start` runs it through main.ts, in a process group
 * of its own). Every outside part falls back to a local one: embedded PostgreSQL, BullMQ on PostgreSQL,
 * a mail catcher, a Mattermost double. SIGINT or SIGTERM stops the services first, then what they use.
 */
/** A Mattermost URL without its token (or the reverse) is a mistake, not a wish for the local double. */
function externalMattermost(env: NodeJS.ProcessEnv): { url: string; token: string } | undefined {
  const url = env.MATTERMOST_URL || undefined;
  const token = env.MATTERMOST_TOKEN || undefined;
  if (url && token) return { url, token };
  if (url || token) {
    const given = url ? 'MATTERMOST_URL' : 'MATTERMOST_TOKEN';
    const missing = url ? 'MATTERMOST_TOKEN' : 'MATTERMOST_URL';
    throw new Error(
      `${given} est défini mais pas ${missing} : donnez les deux pour utiliser votre Mattermost (le jeton d'un compte bot), ` +
        `ou aucun des deux pour le Mattermost local de démonstration.`,
    );
  }
  return undefined;
}

/**
 * MATRIX_HOMESERVER_URL + MATRIX_ACCESS_TOKEN: a real homeserver (Tchap's, for instance); CERCLE_LOCAL_MATRIX=1:
 * the local Matrix double; neither: no Matrix.
 */
function chosenMatrix(env: NodeJS.ProcessEnv): { url: string; token: string } | 'local' | undefined {
  const url = env.MATRIX_HOMESERVER_URL || undefined;
  const token = env.MATRIX_ACCESS_TOKEN || undefined;
  if (url && token) return { url, token };
  if (url || token) {
    throw new Error(
      `${url ? 'MATRIX_HOMESERVER_URL' : 'MATRIX_ACCESS_TOKEN'} est défini mais pas ${url ? 'MATRIX_ACCESS_TOKEN' : 'MATRIX_HOMESERVER_URL'} : ` +
        `donnez les deux pour utiliser votre serveur Matrix (le jeton d'accès d'un compte bot), ou aucun des deux.`,
    );
  }
  return env.CERCLE_LOCAL_MATRIX === '1' ? 'local' : undefined;
}

async function main(): Promise<void> {
  const env = process.env;
  const mattermost = externalMattermost(env);
  const matrix = chosenMatrix(env);
  const port = (name: string, fallback: number) => Number(env[name] || fallback);
  const ports = {
    gateway: port('PORT', 3000),
    membership: port('MEMBERSHIP_PORT', 3102),
    events: port('EVENTS_PORT', 3101),
    notifications: port('NOTIFICATIONS_PORT', 3103),
    console: port('CONSOLE_PORT', 3104),
    postgres: port('POSTGRES_PORT', 5433),
    smtp: port('SMTP_PORT', 2525),
    mattermost: port('MATTERMOST_PORT', 8065),
    inbox: port('INBOX_PORT', 8025),
    matrix: port('MATRIX_PORT', 8008),
  };
  await refuseTakenPorts(env, ports, mattermost !== undefined, matrix === 'local');
  const stack = await startStack({
    dataDir: resolve(env.CERCLE_DATA_DIR ?? '.cercle'),
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    // A Redis Cluster needs a hash-tagged prefix ({cercle}); the services refuse the default there.
    queuePrefix: env.QUEUE_PREFIX || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mattermost,
    matrix,
    publicUrl: env.PUBLIC_URL || undefined,
    ports,
    logLevel: env.LOG_LEVEL ?? 'info',
  });
  console.log(`
Cercle est prêt.
  Console              ${stack.publicUrl}/console
  Premier compte       ${stack.publicUrl}/console/first-organiser   (collez-y le jeton administrateur ci-dessous)
  Adresse publique     ${stack.publicUrl}${stack.publicUrl === stack.gatewayUrl ? '' : `   (passerelle locale ${stack.gatewayUrl})`}
  Boîte locale         ${stack.inboxUrl ?? '(SMTP et Mattermost externes)'}   (le lien de connexion y arrive)
  Jeton administrateur ${stack.adminToken}
  Canal Mattermost     ${stack.localChannelId ?? '(Mattermost externe)'}
  Salon Matrix         ${stack.localMatrixRoomId ?? (matrix ? '(serveur Matrix externe)' : '(pas de Matrix : CERCLE_LOCAL_MATRIX=1 pour le double local)')}
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

/** Ports the launcher would open itself (not those of an external PostgreSQL, SMTP or Mattermost), by variable. */
async function refuseTakenPorts(
  env: NodeJS.ProcessEnv,
  ports: Record<string, number>,
  externalMattermost: boolean,
  localMatrix: boolean,
): Promise<void> {
  const mine: Record<string, number> = {
    PORT: ports.gateway,
    MEMBERSHIP_PORT: ports.membership,
    EVENTS_PORT: ports.events,
    NOTIFICATIONS_PORT: ports.notifications,
    CONSOLE_PORT: ports.console,
  };
  if (!env.DATABASE_URL) mine.POSTGRES_PORT = ports.postgres;
  if (!env.SMTP_URL) mine.SMTP_PORT = ports.smtp;
  if (!externalMattermost) mine.MATTERMOST_PORT = ports.mattermost;
  if (localMatrix) mine.MATRIX_PORT = ports.matrix;
  if (!env.SMTP_URL && !externalMattermost) mine.INBOX_PORT = ports.inbox;
  const taken = await portsInUse(mine);
  if (taken.length) {
    throw new Error(
      `Ports déjà utilisés (un autre Cercle tourne-t-il ?) : ${taken.join(', ')}. Arrêtez ce qui les occupe, ` +
        `ou choisissez d'autres ports avec ces variables (par exemple ${taken.map((t) => `${t.split('=')[0]}=${Number(t.split('=')[1]) + 100}`).join(' ')} npm start).`,
    );
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : `Cercle n'a pas pu démarrer : ${String(error)}`);
  process.exit(1);
});
