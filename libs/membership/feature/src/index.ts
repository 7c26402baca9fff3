export * from './membership.config';
export * from './membership-service';
export * from './membership-feature.module';
