export * from './csv';
export * from './member-columns';
export * from './member-lines';
