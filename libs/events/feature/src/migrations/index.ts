import { Migration0001Initial } from './migration-0001-initial';
import { Migration0002MemberCopy } from './migration-0002-member-copy';
import { Migration0003SeriesLifecycle } from './migration-0003-series-lifecycle';
import { Migration0004RolesAndRotation } from './migration-0004-roles-and-rotation';
import { Migration0005TopicsAndNotes } from './migration-0005-topics-and-notes';
import { Migration0006OrganiserAccess } from './migration-0006-organiser-access';
import { Migration0008OpenForumDay } from './migration-0008-open-forum-day';
import { Migration0012Guests } from './migration-0012-guests';
import { Migration0014ChatActions } from './migration-0014-chat-actions';
import { Migration0015HealthAlerts } from './migration-0015-health-alerts';
import { Migration0016AlertRecipients } from './migration-0016-alert-recipients';

/** In order; each file is applied once (MikroORM records it). Add new ones at the end, never edit old ones. */
export const eventsMigrations = [
  { name: 'Migration0001Initial', class: Migration0001Initial },
  { name: 'Migration0002MemberCopy', class: Migration0002MemberCopy },
  { name: 'Migration0003SeriesLifecycle', class: Migration0003SeriesLifecycle },
  { name: 'Migration0004RolesAndRotation', class: Migration0004RolesAndRotation },
  { name: 'Migration0005TopicsAndNotes', class: Migration0005TopicsAndNotes },
  { name: 'Migration0006OrganiserAccess', class: Migration0006OrganiserAccess },
  { name: 'Migration0008OpenForumDay', class: Migration0008OpenForumDay },
  { name: 'Migration0012Guests', class: Migration0012Guests },
  { name: 'Migration0014ChatActions', class: Migration0014ChatActions },
  { name: 'Migration0015HealthAlerts', class: Migration0015HealthAlerts },
  { name: 'Migration0016AlertRecipients', class: Migration0016AlertRecipients },
];
