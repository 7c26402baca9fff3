/** Nest token of the queues a service consumes or publishes to, as its definition lists them. */
export const SERVICE_QUEUES = Symbol('SERVICE_QUEUES');
