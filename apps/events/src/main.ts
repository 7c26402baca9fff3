import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { loadConfig, PlatformModule, startService } from '@cercle/platform';
import { EventsFeatureModule, eventsConfigSchema, eventsService } from '@cercle/events-feature';

const config = loadConfig('events', eventsConfigSchema);
const definition = eventsService(config);

@Module({ imports: [PlatformModule.forService(definition), EventsFeatureModule] })
class EventsAppModule {}

startService({
  definition,
  module: EventsAppModule,
  port: config.PORT,
  title: 'Cercle — events',
  description: 'Series, occurrences and their lifecycle, topics and notes',
}).catch((error) => {
  console.error(error);
  process.exit(1);
});
