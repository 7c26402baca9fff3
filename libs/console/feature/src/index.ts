export * from './console.config';
export * from './start-console';
