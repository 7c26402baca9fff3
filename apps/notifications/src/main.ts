import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { loadConfig, PlatformModule, startService } from '@cercle/platform';
import { NotificationsFeatureModule, notificationsConfigSchema, notificationsService } from '@cercle/notifications-feature';

const config = loadConfig('notifications', notificationsConfigSchema);
const definition = notificationsService(config);

@Module({ imports: [PlatformModule.forService(definition), NotificationsFeatureModule] })
class NotificationsAppModule {}

startService({
  definition,
  module: NotificationsAppModule,
  port: config.PORT,
  title: 'Cercle — notifications',
  description: 'Email and Mattermost deliveries, calendar invites and the delivery log',
}).catch((error) => {
  console.error(error);
  process.exit(1);
});
