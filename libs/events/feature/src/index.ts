export * from './events.config';
export * from './events-service';
export * from './events-feature.module';
