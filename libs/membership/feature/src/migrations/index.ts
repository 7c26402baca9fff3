import { Migration0001Initial } from './migration-0001-initial';
import { Migration0002WaitingList } from './migration-0002-waiting-list';
import { Migration0003OrganiserAccess } from './migration-0003-organiser-access';
import { Migration0005Invitations } from './migration-0005-invitations';
import { Migration0006Audit } from './migration-0006-audit';
import { Migration0007PersonalData } from './migration-0007-personal-data';
import { Migration0008Guests } from './migration-0008-guests';
import { Migration0009FormatOffer } from './migration-0009-format-offer';
import { Migration0010OccurrenceVersion } from './migration-0010-occurrence-version';
import { Migration0011SignInLinks } from './migration-0011-sign-in-links';
import { Migration0013MatrixIds } from './migration-0013-matrix-ids';
import { Migration0015OrganiserAddresses } from './migration-0015-organiser-addresses';

/** In order; each file is applied once (MikroORM records it). Add new ones at the end, never edit old ones. */
export const membershipMigrations = [
  { name: 'Migration0001Initial', class: Migration0001Initial },
  { name: 'Migration0002WaitingList', class: Migration0002WaitingList },
  { name: 'Migration0003OrganiserAccess', class: Migration0003OrganiserAccess },
  { name: 'Migration0005Invitations', class: Migration0005Invitations },
  { name: 'Migration0006Audit', class: Migration0006Audit },
  { name: 'Migration0007PersonalData', class: Migration0007PersonalData },
  { name: 'Migration0008Guests', class: Migration0008Guests },
  { name: 'Migration0009FormatOffer', class: Migration0009FormatOffer },
  { name: 'Migration0010OccurrenceVersion', class: Migration0010OccurrenceVersion },
  { name: 'Migration0011SignInLinks', class: Migration0011SignInLinks },
  { name: 'Migration0013MatrixIds', class: Migration0013MatrixIds },
  { name: 'Migration0015OrganiserAddresses', class: Migration0015OrganiserAddresses },
];
