import { QueueName } from '@cercle/contracts';
import type { ServiceDefinition } from '@cercle/platform';
import { Community } from './entities/community.entity';
import { Invitation } from './entities/invitation.entity';
import { JoinRequest } from './entities/join-request.entity';
import { Member } from './entities/member.entity';
import { MemberErasure } from './entities/member-erasure.entity';
import { MemberExport } from './entities/member-export.entity';
import { OccurrenceRef } from './entities/occurrence-ref.entity';
import { Organiser } from './entities/organiser.entity';
import { Registration } from './entities/registration.entity';
import { SignInLink } from './entities/sign-in-link.entity';
import { AuditEntry } from './audit/audit-entry.entity';
import { membershipMigrations } from './migrations';
import { membershipAccess } from './access/membership-access';
import type { MembershipConfig } from './membership.config';

/** What membership owns: its schema, its tables, and the queues it consumes (first) and publishes to. */
export function membershipService(config: MembershipConfig): Omit<ServiceDefinition<MembershipConfig>, 'logger'> {
  return {
    service: 'membership',
    config,
    schema: 'membership',
    entities: [
      Organiser,
      Community,
      Member,
      OccurrenceRef,
      Registration,
      Invitation,
      AuditEntry,
      MemberExport,
      MemberErasure,
      JoinRequest,
      SignInLink,
    ],
    migrations: membershipMigrations,
    queues: [QueueName.Membership, QueueName.Events, QueueName.Notifications],
    access: membershipAccess,
  };
}
