import { matchByEmail, matchByUsername, type ChatCandidate } from './match-person';

const member = (id: string, mattermostUsername: string | null, email: string | null, active = true): ChatCandidate => ({
  id,
  mattermostUsername,
  email,
  active,
});

describe('matching a chat user to a member', () => {
  const members = [
    member('a', 'camille.d', 'camille@example.org'),
    member('b', null, 'dominique@example.org'),
    member('c', 'ancien', 'ancien@example.org', false),
    member('d', null, 'shared@example.org'),
    member('e', null, 'SHARED@example.org'),
  ];

  it('finds a member by Mattermost username whatever the case', () => {
    expect(matchByUsername(members, 'Camille.D')?.id).toBe('a');
  });

  it('finds a member by the email of their Mattermost account whatever the case', () => {
    expect(matchByEmail(members, 'Dominique@Example.org')?.id).toBe('b');
  });

  it('finds nobody for an unknown name or address, an empty one, or a former member', () => {
    expect(matchByUsername(members, 'personne')).toBeNull();
    expect(matchByUsername(members, '')).toBeNull();
    expect(matchByEmail(members, null)).toBeNull();
    expect(matchByUsername(members, 'ancien')).toBeNull();
    expect(matchByEmail(members, 'ancien@example.org')).toBeNull();
  });

  it('does not guess between two members sharing an address', () => {
    expect(matchByEmail(members, 'shared@example.org')).toBeNull();
  });
});
