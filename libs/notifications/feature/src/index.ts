export * from './notifications.config';
export * from './notifications-service';
export * from './notifications-feature.module';
export { CHAT_SENDER, EMAIL_SENDER, MATRIX_CHAT_SENDER } from './senders';
export { noDelaySocket } from './providers/no-delay-socket';
