import type { DemoCommunity, DemoMember } from './community';
import type { Mailbox } from './mailbox';

/** The roles an occurrence holds, as events reports them. */
export interface HeldRoles {
  theme: string | null;
  guideMemberId: string | null;
  contributorMemberIds: string[];
}

/** What a format's play needs while the demo drives one occurrence. */
export interface OccurrenceContext {
  api: DemoCommunity['api'];
  mail: Mailbox;
  members: DemoMember[];
  occurrenceId: string;
  held: HeldRoles;
  log: (line: string) => void;
  /** Replies in Mattermost threads so far (the notes archive posts one per workshop). */
  replies: () => number;
}
