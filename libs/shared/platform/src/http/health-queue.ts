export const HEALTH_QUEUE = Symbol('HEALTH_QUEUE');
