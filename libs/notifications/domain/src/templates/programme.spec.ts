import { renderChatPost, renderEmail } from '../render';
import { sampleRenderContext } from '../sample-context';

describe("the day's programme posted in the channel", () => {
  const topics = [
    {
      title: 'Démo du DSFR',
      kind: 'workshop' as const,
      proposer: 'Camille',
      selected: true,
      room: 'Salle 2',
      localStart: '14:00',
      localEnd: '15:00',
    },
    {
      title: 'Fiche action',
      kind: 'workshop' as const,
      proposer: 'Alex',
      selected: true,
      room: 'Salle 1',
      localStart: '10:30',
      localEnd: '12:30',
    },
    { title: 'Pas encore retenu', kind: 'workshop' as const, proposer: 'Sacha', selected: false },
  ];

  it('lists each placed workshop by time slot and room, earliest first, and leaves out the topics not selected', () => {
    const ctx = sampleRenderContext('fr');
    const day = 'https://cercle.example.org/day/abc.def';
    const post = renderChatPost('programme', { ...ctx, links: { ...ctx.links, day }, occurrence: { ...ctx.occurrence, topics } }).message;
    expect(post).toContain('Programme du jour');
    expect(post).toContain(`[Proposer un sujet ou devenir scribe d’un atelier](${day})`);
    const lines = post.split('\n').filter((line) => line.startsWith('- '));
    expect(lines).toEqual(['- 10:30–12:30 · Salle 1 · **Fiche action** (Alex)', '- 14:00–15:00 · Salle 2 · **Démo du DSFR** (Camille)']);
  });

  it('says so when no workshop is placed yet, in English too', () => {
    const ctx = sampleRenderContext('en');
    const post = renderChatPost('programme', { ...ctx, occurrence: { ...ctx.occurrence, topics: [] } }).message;
    expect(post).toContain('No workshop is placed yet.');
  });

  it('names the scribe who already took a workshop, in the post and the email, in French and English', () => {
    for (const [language, word] of [
      ['fr', 'scribe :'],
      ['en', 'scribe:'],
    ] as const) {
      const ctx = sampleRenderContext(language);
      const withScribe = {
        ...ctx,
        occurrence: { ...ctx.occurrence, topics },
        roles: { ...ctx.roles, scribes: [{ workshop: 'Fiche action', name: 'Dominique' }] },
      };
      const lines = renderChatPost('programme', withScribe)
        .message.split('\n')
        .filter((line) => line.startsWith('- '));
      expect(lines[0]).toBe(`- 10:30–12:30 · Salle 1 · **Fiche action** (Alex) · ${word} Dominique`);
      expect(lines[1]).not.toContain('scribe');
      expect(renderEmail('programme', withScribe).text).toContain(
        `Fiche action (atelier, Alex) — Salle 1 · ${word} Dominique`.replace('atelier', language === 'fr' ? 'atelier' : 'workshop'),
      );
    }
  });
});
