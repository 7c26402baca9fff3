export * from './signed-link';
export * from './chat-action';
