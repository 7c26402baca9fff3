import { ballotLines, chatWords, statusReply, unknownPersonReply, type StatusView } from './chat-replies';

const MENTION = /(^|[^\w])@[a-z0-9.\-_]+/i;

const view: StatusView = {
  title: 'Groupe EIG @channel',
  startsAt: '2027-02-02T11:30:00.000Z',
  endsAt: '2027-02-02T13:00:00.000Z',
  timeZone: 'Europe/Paris',
  location: 'Salle @here',
  theme: 'Accessibilité @all',
  agenda: [{ localStart: '12:30', localEnd: '12:32', title: 'Introduction' }],
  answer: null,
  role: 'contributor',
  registrationOpen: true,
};

describe('chat replies', () => {
  it('shows the next occurrence with its date in the series zone, place, agenda, answer and role, in French', () => {
    const text = statusReply(view, 'fr');
    expect(text).toContain('mardi 2 février 2027');
    expect(text).toContain('12:30');
    expect(text).toContain('- 12:30–12:32 Introduction');
    expect(text).toContain('Votre rôle\u00a0: contributeur ou contributrice');
    expect(text).toContain('pas encore de réponse');
  });

  it('speaks English to an English-speaking member', () => {
    const text = statusReply({ ...view, answer: { answer: 'yes', status: 'waitlisted' }, role: 'guide' }, 'en');
    expect(text).toContain('Tuesday');
    expect(text).toContain('Your answer: you are coming (waiting list)');
    expect(text).toContain('Your role: guide');
  });

  it('neutralises every mention in what people typed: title, place, theme, topic titles', () => {
    expect(statusReply(view, 'fr')).not.toMatch(MENTION);
    expect(ballotLines([{ id: 't', title: 'Parlons de @alice', votes: 2, votedByMe: true }], 'fr').join('\n')).not.toMatch(MENTION);
    expect(chatWords('fr').proposed('@here urgent')).not.toMatch(MENTION);
    expect(chatWords('en').unknown('@channel')).not.toMatch(MENTION);
  });

  it('marks the member’s own votes in the ballot and counts in words', () => {
    expect(ballotLines([{ id: 't', title: 'A', votes: 1, votedByMe: true }], 'fr')).toEqual(['1. A — 1 vote (votre vote)']);
    expect(ballotLines([{ id: 't', title: 'B', votes: 3, votedByMe: false }], 'en')).toEqual(['1. B — 3 votes']);
  });

  it('gives an unknown person the public registration page when there is one, else whom to ask', () => {
    expect(unknownPersonReply('http://x/join/1', 'fr')).toContain('http://x/join/1');
    expect(unknownPersonReply(null, 'en')).toContain('Ask the organisers');
  });

  it('tells a contributor who says ready what is still missing, with the link to give it', () => {
    expect(chatWords('fr').notReady(['materials'], 'http://x/contributions/t')).toBe(
      'Votre contribution n’est pas encore prête\u00a0: il manque le lien vers vos supports. ' +
        'Complétez votre contribution ici, puis retapez `/cercle prêt`\u00a0: http://x/contributions/t',
    );
    expect(chatWords('en').notReady(['title', 'materials'], 'http://x/c')).toContain(
      'the title and the link to your materials are missing',
    );
  });
});
