export * from './csv';
export * from './member-columns';
export * from './member-lines';
export * from './rejection-reason';
