import { QueueName } from '@cercle/contracts';
import type { ServiceDefinition } from '@cercle/platform';
import { CommunityRef } from './entities/community-ref.entity';
import { Contribution } from './entities/contribution.entity';
import { ContributorsIntro } from './entities/contributors-intro.entity';
import { MemberRef } from './entities/member-ref.entity';
import { Occurrence } from './entities/occurrence.entity';
import { OccurrenceNote } from './entities/occurrence-note.entity';
import { OccurrenceStep } from './entities/occurrence-step.entity';
import { OrganiserFormat } from './entities/organiser-format.entity';
import { RegistrationAnswer } from './entities/registration-answer.entity';
import { RoleResponse } from './entities/role-response.entity';
import { RotationPreference } from './entities/rotation-preference.entity';
import { Series } from './entities/series.entity';
import { TopicProposal } from './entities/topic-proposal.entity';
import { TopicVote } from './entities/topic-vote.entity';
import { WorkshopScribe } from './entities/workshop-scribe.entity';
import { ProgrammePost } from './entities/programme-post.entity';
import { ChatAction } from './entities/chat-action.entity';
import { DeliveryFailureCount } from './entities/delivery-failure-count.entity';
import { OccurrenceAlert } from './entities/occurrence-alert.entity';
import { eventsMigrations } from './migrations';
import { eventsAccess } from './access/events-access';
import type { EventsConfig } from './events.config';

/** Roles, contributions and rotation (issue 3, items 6 and 7). */
const peopleEntities = [Contribution, ContributorsIntro, RoleResponse, RotationPreference];
export const eventsEntities = [
  CommunityRef,
  MemberRef,
  Series,
  Occurrence,
  OccurrenceStep,
  RegistrationAnswer,
  TopicProposal,
  OccurrenceNote,
  OrganiserFormat,
  ...peopleEntities,
];
export const topicsAndNotesEntities = [TopicVote, WorkshopScribe, ProgrammePost];
/** What members did from the chat (`/cercle`, buttons). */
export const chatEntities = [ChatAction];
export const healthEntities = [OccurrenceAlert, DeliveryFailureCount];

/** What events owns: its schema, its tables, the queues it consumes (first two) and publishes to. */
export function eventsService(config: EventsConfig): Omit<ServiceDefinition<EventsConfig>, 'logger'> {
  return {
    service: 'events',
    config,
    schema: 'events',
    entities: [...eventsEntities, ...topicsAndNotesEntities, ...chatEntities, ...healthEntities],
    migrations: eventsMigrations,
    queues: [QueueName.Events, QueueName.EventsLifecycle, QueueName.Membership, QueueName.Notifications],
    access: eventsAccess,
  };
}
