import { QueueName } from '@cercle/contracts';
import type { ServiceDefinition } from '@cercle/platform';
import { CommunityRef } from './entities/community-ref.entity';
import { MemberRef } from './entities/member-ref.entity';
import { Occurrence } from './entities/occurrence.entity';
import { OccurrenceNote } from './entities/occurrence-note.entity';
import { OccurrenceStep } from './entities/occurrence-step.entity';
import { OrganiserFormat } from './entities/organiser-format.entity';
import { RegistrationAnswer } from './entities/registration-answer.entity';
import { Series } from './entities/series.entity';
import { TopicProposal } from './entities/topic-proposal.entity';
import { eventsMigrations } from './migrations';
import type { EventsConfig } from './events.config';

export const eventsEntities = [CommunityRef, MemberRef, Series, Occurrence, OccurrenceStep, RegistrationAnswer, TopicProposal, OccurrenceNote, OrganiserFormat];

/** What events owns: its schema, its tables, the queues it consumes (first two) and publishes to. */
export function eventsService(config: EventsConfig): Omit<ServiceDefinition<EventsConfig>, 'logger'> {
  return {
    service: 'events',
    config,
    schema: 'events',
    entities: eventsEntities,
    migrations: eventsMigrations,
    queues: [QueueName.Events, QueueName.EventsLifecycle, QueueName.Membership, QueueName.Notifications],
  };
}
