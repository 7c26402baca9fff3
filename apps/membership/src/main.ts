import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { loadConfig, PlatformModule, startService } from '@cercle/platform';
import { MembershipFeatureModule, membershipConfigSchema, membershipService } from '@cercle/membership-feature';

const config = loadConfig('membership', membershipConfigSchema);
const definition = membershipService(config);

@Module({ imports: [PlatformModule.forService(definition), MembershipFeatureModule] })
class MembershipAppModule {}

startService({
  definition,
  module: MembershipAppModule,
  port: config.PORT,
  title: 'Cercle — membership',
  description: 'Communities, members, organisers and registrations',
  queueDashboard: { adminToken: config.ADMIN_TOKEN },
}).catch((error) => {
  console.error(error);
  process.exit(1);
});
