import { LinkPurpose, type PayloadOf } from '@cercle/contracts';
import { verifyLink } from '@cercle/signed-links';
import { notificationRequest } from '../../test/notification-request';
import { composeEmail } from './compose-email';
import { channelLinks } from './personal-links';
import { buildRenderContext } from './render-context';
import { renderChatPost } from '@cercle/notifications-domain';

type Request = PayloadOf<'notification.requested'>;

const secret = 'k'.repeat(40);
const settings = {
  publicUrl: 'https://cercle.example/',
  linkSecret: secret,
  from: { name: 'Cercle', email: 'cercle@example.org' },
  communityName: 'ALLiaNCE',
  now: new Date('2026-02-01T10:00:00Z'),
};
const reader = {
  memberId: '6f1c2b8e-3d4a-4b5c-9d6e-7f8091a2b3c4',
  name: 'Dominique',
  email: 'dominique@example.org',
  language: 'fr' as const,
};

const occurrenceId = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
const request = (kind: Request['kind'], register: boolean): Request => {
  const base = notificationRequest('1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d', {
    kind,
    links: { register, notes: false, roleResponse: false, contribution: false },
  });
  return { ...base, occurrence: { ...base.occurrence, occurrenceId } };
};

const ballotIn = (text: string) => text.match(/https:\/\/cercle\.example\/topics\/ballot\/([^\s"<]+)/)?.[1];

describe("a member's topic ballot link", () => {
  it.each(['announcement', 'participantReminder'] as const)('is in the %s, text and HTML, and is their registration token', (kind) => {
    const email = composeEmail(request(kind, true), reader, settings);
    expect(email.text).toContain('Voir les sujets proposés et voter : https://cercle.example/topics/ballot/');
    const token = decodeURIComponent(ballotIn(email.text)!);
    expect(email.html).toContain(`https://cercle.example/topics/ballot/${ballotIn(email.text)}`);
    expect(email.text).toContain(`https://cercle.example/r/${ballotIn(email.text)}`);
    const claim = verifyLink(secret, token, LinkPurpose.Register, settings.now);
    expect(claim).toMatchObject({ memberId: reader.memberId, subjectId: occurrenceId });
  });

  it('reads in English for an English reader', () => {
    const email = composeEmail(request('announcement', true), { ...reader, language: 'en' }, settings);
    expect(email.text).toContain('See the proposed topics and vote: https://cercle.example/topics/ballot/');
  });

  it('is left out when the message carries no registration link', () => {
    const email = composeEmail(request('announcement', false), reader, settings);
    expect(ballotIn(email.text)).toBeUndefined();
    expect(email.html).not.toContain('Voir les sujets proposés');
  });
});

describe("a contributor's contribution link", () => {
  // The reader's own part: the link is shown beside it.
  const own = {
    memberId: reader.memberId,
    memberName: reader.name,
    role: 'contributor' as const,
    kind: null,
    title: null,
    materialsUrl: null,
    workshop: null,
    missing: ['title' as const],
  };
  const withContribution = (kind: Request['kind'], contribution: boolean): Request => {
    const base = request(kind, false);
    return { ...base, contributions: [own], links: { ...base.links, contribution } };
  };
  const contributionIn = (text: string) => text.match(/https:\/\/cercle\.example\/contributions\/([^\s"<]+)/)?.[1];

  it('is in the prep reminder, signed for this person and this occurrence with the contribution purpose', () => {
    const email = composeEmail(withContribution('prepReminder', true), reader, settings);
    const token = contributionIn(email.text);
    expect(token).toBeDefined();
    expect(email.html).toContain(`https://cercle.example/contributions/${token}`);
    expect(verifyLink(secret, decodeURIComponent(token!), LinkPurpose.Contribution, settings.now)).toMatchObject({
      memberId: reader.memberId,
      subjectId: occurrenceId,
    });
    // A link for one purpose opens nothing else.
    expect(() => verifyLink(secret, decodeURIComponent(token!), LinkPurpose.Register, settings.now)).toThrow();
  });

  it('is left out when the message does not ask for it', () => {
    expect(contributionIn(composeEmail(withContribution('prepReminder', false), reader, settings).text)).toBeUndefined();
  });
});

describe('the links of a channel post', () => {
  const openToGuests = (r: Request, open: boolean | undefined): Request => ({ ...r, occurrence: { ...r.occurrence, openToGuests: open } });

  it("carry the occurrence's public registration page where the message invites to register, and nothing personal", () => {
    expect(channelLinks(openToGuests(request('announcement', true), true), 'https://cercle.example/')).toEqual({
      join: `https://cercle.example/join/${occurrenceId}`,
    });
    expect(channelLinks(openToGuests(request('announcement', false), true), 'https://cercle.example/')).toEqual({});
  });

  it('never send members to /join for an occurrence only members may attend, and the post points to their email', () => {
    for (const open of [false, undefined]) {
      const members = openToGuests(request('announcement', true), open);
      expect(channelLinks(members, 'https://cercle.example/')).toEqual({});
      for (const language of ['fr', 'en'] as const) {
        const context = buildRenderContext(
          members,
          { language, name: 'ALLiaNCE', communityName: 'ALLiaNCE' },
          channelLinks(members, 'https://cercle.example/'),
        );
        const post = renderChatPost('announcement', context).message;
        expect(post).not.toContain('/join/');
        expect(post).toContain(
          language === 'fr'
            ? 'Chaque membre trouve dans son e-mail d’annonce son lien personnel pour s’inscrire'
            : 'Each member finds their personal link to register and propose a topic in their announcement email.',
        );
      }
    }
    const open = openToGuests(request('announcement', true), true);
    const post = renderChatPost(
      'announcement',
      buildRenderContext(
        open,
        { language: 'fr', name: 'ALLiaNCE', communityName: 'ALLiaNCE' },
        channelLinks(open, 'https://cercle.example/'),
      ),
    ).message;
    expect(post).toContain(`[S’inscrire et proposer un sujet](https://cercle.example/join/${occurrenceId})`);
    expect(post).not.toContain('lien personnel');
  });
});

describe("the guide's prep reminder", () => {
  it("shows the contributors' readiness and no contribution as the guide's own; the contributor reads theirs", () => {
    const contributor = {
      memberId: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
      memberName: 'Chloé',
      role: 'contributor' as const,
      kind: 'talk' as const,
      title: 'Le RGAA en 20 minutes',
      materialsUrl: null,
      workshop: null,
      missing: ['materials' as const],
    };
    const base = request('prepReminder', false);
    const toGuide = composeEmail({ ...base, contributions: [contributor] }, reader, settings).text;
    expect(toGuide).not.toContain('Votre contribution');
    expect(toGuide).toContain('- Chloé (contributeur·rice) : « Le RGAA en 20 minutes » [exposé] — il manque les supports');
    const toContributor = composeEmail(
      { ...base, contributions: [contributor] },
      { ...reader, memberId: contributor.memberId },
      settings,
    ).text;
    expect(toContributor).toContain('Votre contribution : « Le RGAA en 20 minutes » [exposé]\nIl manque encore les supports.');
  });
});
