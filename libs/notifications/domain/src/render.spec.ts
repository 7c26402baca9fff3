import { MESSAGE_KINDS } from './message-kind';
import { renderChatPost, renderEmail, renderNotesReply, MAX_NOTES_REPLY_LENGTH } from './render';
import type { RenderContext } from './render-context';

const MENTION = /(^|[^\w])@[a-z0-9.\-_]+/i;

function context(overrides: Partial<RenderContext> = {}): RenderContext {
  return {
    language: 'fr',
    recipient: { name: 'Alice Martin' },
    community: { name: 'ALLiaNCE' },
    occurrence: {
      id: 'occ-1',
      title: 'Rencontres ALLiaNCE',
      formatName: 'forum ouvert',
      startsAt: '2026-03-12T09:00:00Z',
      endsAt: '2026-03-12T17:00:00Z',
      timeZone: 'Europe/Paris',
      location: 'Lieu de la transformation publique',
      theme: 'Accessibilité',
      agenda: [
        { title: 'Ouverture et tableau des sujets', localStart: '10:00', localEnd: '10:30' },
        { title: 'Pause repas', localStart: '12:30', localEnd: '14:00' },
        { title: 'Stand-up produit', localStart: '16:00', localEnd: '17:00' },
      ],
    },
    links: {
      register: 'https://cercle.example/r/abc?x=1&y=2',
      unsubscribe: 'https://cercle.example/u/abc',
      respond: 'https://cercle.example/respond/abc',
      notes: 'https://cercle.example/notes/occ-1',
    },
    roles: { guide: 'Bruno', contributors: ['Chloé', 'David'] },
    nextRoles: { theme: 'Legal design', guide: 'Chloé', contributors: ['Eve'] },
    notes: [{ workshop: 'Atelier RGAA', scribe: 'Farid', markdown: '- point 1' }],
    extra: { reason: 'salle indisponible', previousStartsAt: '2026-03-05T09:00:00Z', previousEndsAt: '2026-03-05T17:00:00Z' },
    ...overrides,
  };
}

describe('renderEmail', () => {
  it.each(MESSAGE_KINDS.flatMap((kind) => (['fr', 'en'] as const).map((language) => [kind, language] as const)))(
    'renders %s in %s with subject, text, html and the unsubscribe link',
    (kind, language) => {
      const email = renderEmail(kind, context({ language }));
      expect(email.subject.length).toBeGreaterThan(5);
      expect(email.subject).not.toMatch(/[\r\n]/);
      expect(email.text).toContain('Rencontres ALLiaNCE');
      expect(email.text).not.toMatch(/\n{3,}/);
      expect(email.html).toContain('<meta name="viewport"');
      expect(email.html).toContain('href="https://cercle.example/u/abc"');
      expect(email.text).toContain('https://cercle.example/u/abc');
    },
  );

  it('writes the announcement in French with the Paris date and the register link', () => {
    const email = renderEmail('announcement', context());
    expect(email.subject).toBe('Rencontres ALLiaNCE — jeudi 12 mars 2026');
    expect(email.text).toContain('Quand : jeudi 12 mars 2026, 10:00–18:00 (heure de Paris)');
    expect(email.text).toContain('- 12:30–14:00 Pause repas');
    expect(email.text).toContain('https://cercle.example/r/abc?x=1&y=2');
    // Handlebars escapes `=` and `&` in attributes; browsers decode both back to the same URL.
    expect(email.html).toContain('href="https://cercle.example/r/abc?x&#x3D;1&amp;y&#x3D;2"');
    expect(email.html).toContain('10:00–18:00 (heure de Paris)');
  });

  it('writes the announcement in English', () => {
    const email = renderEmail('announcement', context({ language: 'en' }));
    expect(email.text).toContain('When: Thursday 12 March 2026, 10:00–18:00 (Paris time)');
    expect(email.html).toContain('lang="en"');
  });

  it('escapes user text in the HTML but keeps it readable in the plain text', () => {
    const ctx = context();
    const email = renderEmail('announcement', { ...ctx, occurrence: { ...ctx.occurrence, title: '<script>alert(1)</script>' } });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;');
    expect(email.text).toContain('<script>alert(1)</script>');
  });

  it('keeps a subject on one line whatever the title holds', () => {
    const ctx = context();
    const email = renderEmail('announcement', { ...ctx, occurrence: { ...ctx.occurrence, title: 'Forum\r\nBcc: evil@x' } });
    expect(email.subject).toBe('Forum Bcc: evil@x — jeudi 12 mars 2026');
  });

  it('omits the register button when no register link is given', () => {
    const email = renderEmail('announcement', context({ links: {} }));
    expect(email.html).not.toContain('S’inscrire');
    expect(email.text).not.toContain('S’inscrire');
  });

  it('shows the former date when an occurrence is rescheduled and the reason of a cancellation', () => {
    expect(renderEmail('reschedule', context()).text).toContain('Ancienne date : jeudi 5 mars 2026, 10:00–18:00 (heure de Paris)');
    expect(renderEmail('cancellation', context()).text).toContain('Motif : salle indisponible');
  });

  it('rejects a context that is not valid (javascript: link, unknown time zone)', () => {
    expect(() => renderEmail('announcement', context({ links: { register: 'javascript:alert(1)' } }))).toThrow();
    const ctx = context();
    expect(() => renderEmail('announcement', { ...ctx, occurrence: { ...ctx.occurrence, timeZone: 'Mars/Olympus' } })).toThrow();
  });
});

describe('renderChatPost', () => {
  it('never lets user-written values mention anyone', () => {
    const ping = '@all ping <script>';
    const ctx = context({
      recipient: { name: ping },
      roles: { guide: '@channel', contributors: ['@here', '@bob'] },
      nextRoles: { theme: ping, guide: '@alice', contributors: ['<!channel>'] },
    });
    for (const kind of MESSAGE_KINDS) {
      const { message } = renderChatPost(kind, { ...ctx, occurrence: { ...ctx.occurrence, title: ping, theme: ping } });
      expect(message).not.toMatch(MENTION);
      expect(message).not.toContain('<!channel>');
    }
  });

  it('gives the notes thread root with the number of workshops', () => {
    const { message } = renderChatPost('notesArchive', context());
    expect(message).toContain('Notes de la rencontre « Rencontres ALLiaNCE » — jeudi 12 mars 2026');
    expect(message).toContain('1 atelier : une réponse par atelier');
  });

  it('keeps our own Markdown and links intact', () => {
    const { message } = renderChatPost('announcement', context({ language: 'en' }));
    expect(message).toContain('[Register and propose a topic](https://cercle.example/r/abc?x=1&y=2)');
  });
});

describe('renderNotesReply', () => {
  it('puts the workshop and scribe above the notes, neutralised', () => {
    const { message } = renderNotesReply({ workshop: 'RGAA @here', scribe: '@farid', markdown: 'Merci @all\n- point' }, 'fr');
    expect(message).toMatch(/^##### RGAA @\u2060here\n_Notes prises par @\u2060farid_/);
    expect(message).not.toMatch(MENTION);
  });

  it('cuts notes that would not fit in one Mattermost post', () => {
    const { message } = renderNotesReply({ workshop: 'W', markdown: 'x'.repeat(20000) }, 'en');
    expect(message.length).toBeLessThan(16383);
    expect(message.length).toBeGreaterThan(MAX_NOTES_REPLY_LENGTH);
    expect(message).toContain('continued in the file');
  });
});
