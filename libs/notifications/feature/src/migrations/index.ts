import { Migration0001Initial } from './migration-0001-initial';
import { Migration0002PreferencesAndTemplates } from './migration-0002-preferences-and-templates';
import { Migration0003AwaitedRecipients } from './migration-0003-awaited-recipients';
import { Migration0004OrganiserAccess } from './migration-0004-organiser-access';
import { Migration0005InvitationEmails } from './migration-0005-invitation-emails';
import { Migration0006RecipientVersion } from './migration-0006-recipient-version';
import { Migration0007CalendarHolders } from './migration-0007-calendar-holders';
import { Migration0011Guests } from './migration-0011-guests';
import { Migration0012RecipientPages } from './migration-0012-recipient-pages';
import { Migration0015Matrix } from './migration-0015-matrix';
import { Migration0014SeriesIndex } from './migration-0014-series-index';
import { Migration0016OrganiserAlerts } from './migration-0016-organiser-alerts';
import { Migration0020RegistrationState } from './migration-0020-registration-state';

/** In order; each file is applied once (MikroORM records it). Add new ones at the end, never edit old ones. */
export const notificationsMigrations = [
  { name: 'Migration0001Initial', class: Migration0001Initial },
  { name: 'Migration0002PreferencesAndTemplates', class: Migration0002PreferencesAndTemplates },
  { name: 'Migration0003AwaitedRecipients', class: Migration0003AwaitedRecipients },
  { name: 'Migration0004OrganiserAccess', class: Migration0004OrganiserAccess },
  { name: 'Migration0005InvitationEmails', class: Migration0005InvitationEmails },
  { name: 'Migration0006RecipientVersion', class: Migration0006RecipientVersion },
  { name: 'Migration0007CalendarHolders', class: Migration0007CalendarHolders },
  { name: 'Migration0011Guests', class: Migration0011Guests },
  { name: 'Migration0012RecipientPages', class: Migration0012RecipientPages },
  { name: 'Migration0015Matrix', class: Migration0015Matrix },
  { name: 'Migration0014SeriesIndex', class: Migration0014SeriesIndex },
  { name: 'Migration0016OrganiserAlerts', class: Migration0016OrganiserAlerts },
  { name: 'Migration0020RegistrationState', class: Migration0020RegistrationState },
];
