import { startGateway } from '../../dev/src/gateway';

/** The public base URL in docker-compose: routes each path to its service (see publicRoutes). */
const env = process.env;
startGateway({
  port: Number(env.PORT ?? 3000),
  host: env.HOST ?? '0.0.0.0',
  services: {
    membership: env.MEMBERSHIP_URL ?? 'http://127.0.0.1:3102',
    events: env.EVENTS_URL ?? 'http://127.0.0.1:3101',
    notifications: env.NOTIFICATIONS_URL ?? 'http://127.0.0.1:3103',
    console: env.CONSOLE_URL ?? 'http://127.0.0.1:3104',
  },
  homePage: () => '<!doctype html><html lang="fr"><meta charset="utf-8"><title>Cercle</title><h1>Cercle</h1>',
})
  .then(() => console.log(`gateway listening on ${env.PORT ?? 3000}`))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
