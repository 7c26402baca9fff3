/** A community as membership's API answers it. */
export interface CommunityView {
  id: string;
  name: string;
  mattermostChannelId: string | null;
  defaultLanguage: 'fr' | 'en';
  createdAt: string;
  role?: 'owner' | 'co-organiser' | string;
  memberCount?: number;
}

/** A member as membership's API answers it. */
export interface MemberView {
  id: string;
  communityId: string;
  name: string;
  email: string;
  language: 'fr' | 'en';
  mattermostUsername: string | null;
  active: boolean;
  guest: boolean;
  erasedAt: string | null;
}
