export * from './free-port';
export * from './redis-server';
export * from './test-database';
export * from './wait-for';
export * from './iso-times';
export * from './redis-cluster';
