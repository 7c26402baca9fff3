import { MESSAGE_KINDS } from '../message-kind';
import { renderChatPost, renderEmail } from '../render';
import type { Language, RenderContext } from '../render-context';
import { sampleRenderContext } from '../sample-context';
import {
  countOf,
  elide,
  formatDay,
  formatMoment,
  formatNote,
  formatWhen,
  frenchDayOfMonth,
  listOf,
  startsWithVowelSound,
} from '@cercle/words';

const languages = ['fr', 'en'] as const;
const every = MESSAGE_KINDS.flatMap((kind) => languages.map((language) => [kind, language] as const));

/** The open forum of the seeds, on the first of a month, in a community whose name starts with a vowel. */
function forum(language: Language, overrides: Partial<RenderContext> = {}): RenderContext {
  const sample = sampleRenderContext(language);
  return {
    ...sample,
    nextRoles: { ...sample.nextRoles, startsAt: '2027-05-01T08:00:00Z' },
    community: { name: 'Entrepreneurs d’Intérêt Général' },
    occurrence: {
      ...sample.occurrence,
      title: 'Rencontres ALLiaNCE',
      formatName: language === 'fr' ? 'Rencontres ALLiaNCE (forum ouvert)' : 'ALLiaNCE meetups (open forum)',
      // Thursday 1 April 2027, 10:00–18:00 in Paris.
      startsAt: '2027-04-01T08:00:00Z',
      endsAt: '2027-04-01T16:00:00Z',
    },
    ...overrides,
  };
}

function depthOfParentheses(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of text) {
    if (char === '(') deepest = Math.max(deepest, ++depth);
    if (char === ')') depth--;
  }
  return deepest;
}

/** Every part a person reads of one message: subject, plain text and chat post. */
function partsOf(kind: (typeof MESSAGE_KINDS)[number], ctx: RenderContext): string[] {
  const email = renderEmail(kind, ctx);
  return [email.subject, email.text, renderChatPost(kind, ctx).message];
}

describe('elision', () => {
  it('elides de, le, la and que before a vowel or a mute h, and keeps them before a consonant', () => {
    expect(elide('de', 'Entrepreneurs d’Intérêt Général')).toBe('d’Entrepreneurs d’Intérêt Général');
    expect(elide('de', 'Écoles')).toBe('d’Écoles');
    expect(elide('de', 'Cercle')).toBe('de Cercle');
    expect(elide('le', 'atelier')).toBe('l’atelier');
    expect(elide('la', 'heure')).toBe('l’heure');
    expect(elide('que', 'il')).toBe('qu’il');
    expect(elide('De', 'Amsterdam')).toBe('D’Amsterdam');
  });

  it('keeps the article before an aspirated h, a y sounding as a consonant and a quotation mark', () => {
    expect(elide('le', 'hall')).toBe('le hall');
    expect(elide('de', 'Hambourg')).toBe('de Hambourg');
    expect(elide('de', 'Yann')).toBe('de Yann');
    expect(elide('de', 'Yvelines')).toBe('d’Yvelines');
    expect(startsWithVowelSound('« Rencontres »')).toBe(false);
  });

  it('writes « Prochaine session d’Entrepreneurs… », never « de Entrepreneurs », in the subject and the post', () => {
    const ctx = forum('fr');
    expect(renderEmail('nextRoles', ctx).subject).toBe('Prochaine session d’Entrepreneurs d’Intérêt Général : thème et rôles');
    expect(renderChatPost('nextRoles', ctx).message).toContain('Prochaine session d’Entrepreneurs');
    const other = renderEmail('nextRoles', { ...ctx, community: { name: 'Cercle des pairs' } }).subject;
    expect(other).toBe('Prochaine session de Cercle des pairs : thème et rôles');
    for (const kind of MESSAGE_KINDS) for (const part of partsOf(kind, ctx)) expect(part).not.toMatch(/\bde [AEIOUÉÈ]/);
    const inès = renderEmail('notesArchive', { ...ctx, notes: [{ workshop: 'RGAA', scribe: 'Inès', markdown: '-' }] });
    expect(inès.text).toContain('- RGAA, notes d’Inès');
    expect(inès.html).toContain('notes d’Inès');
  });
});

describe('the first of the month', () => {
  it('is « 1er » in French dates and stays "1" in English', () => {
    expect(frenchDayOfMonth(1)).toBe('1er');
    expect(frenchDayOfMonth(2)).toBe('2');
    expect(formatDay('2027-04-01T08:00:00Z', 'Europe/Paris', 'fr')).toBe('jeudi 1er avril 2027');
    expect(formatDay('2027-04-02T08:00:00Z', 'Europe/Paris', 'fr')).toBe('vendredi 2 avril 2027');
    expect(formatDay('2027-04-01T08:00:00Z', 'Europe/Paris', 'en')).toBe('Thursday 1 April 2027');
    expect(formatWhen('2027-04-01T08:00:00Z', '2027-04-01T16:00:00Z', 'Europe/Paris', 'fr')).toBe(
      'jeudi 1er avril 2027, 10:00–18:00 (heure de Paris)',
    );
    expect(formatMoment('2027-03-31T22:30:00Z', 'Europe/Paris', 'fr')).toBe('jeudi 1er avril 2027 à 00:30 (heure de Paris)');
  });

  it('reads « jeudi 1er avril » in every French message and "Thursday 1 April" in every English one', () => {
    for (const [kind, language] of every) {
      const email = renderEmail(kind, forum(language));
      // The next-roles message dates the next session (the first of May); every other one this occurrence.
      const day = kind === 'nextRoles' ? ['samedi 1er mai 2027', 'Saturday 1 May 2027'] : ['jeudi 1er avril 2027', 'Thursday 1 April 2027'];
      expect(`${email.subject}\n${email.text}`).toContain(language === 'fr' ? day[0] : day[1]);
      expect(email.text).not.toMatch(/ 1 avril| 1st /);
    }
  });
});

describe('no agreement with a title', () => {
  it('cancels « la rencontre « … » du … », which agrees with « rencontre », not with the title', () => {
    const { text, subject } = renderEmail('cancellation', forum('fr'));
    expect(text).toContain('La rencontre « Rencontres ALLiaNCE » du jeudi 1er avril 2027, 10:00–18:00 (heure de Paris) est annulée.');
    expect(subject).toBe('Annulation : Rencontres ALLiaNCE — jeudi 1er avril 2027');
    expect(`${subject}\n${text}`).not.toMatch(/» prévu|est annulé(?!e)|^Annulé /m);
  });

  it('never puts an adjective or a participle right after a quoted title', () => {
    const waiting = forum('fr', { registration: { answer: 'yes', status: 'waitlisted', waitlistPosition: 2, promoted: false } });
    for (const kind of MESSAGE_KINDS) {
      // « X » est complet / prévu / annulé…, the title as the subject, would agree with a gender and number unknown.
      for (const part of partsOf(kind, waiting))
        expect(part).not.toMatch(/(^|[.:!?] )« [^»]+ » (est |sont )?(prévu|annulé|complet|reporté)/m);
    }
    expect(renderEmail('waitingList', waiting).text).toContain('La rencontre « Rencontres ALLiaNCE » est complète.');
  });
});

describe('what is missing', () => {
  it('says « il manque les supports », never « manque les supports »', () => {
    const ctx = forum('fr', {
      contributions: [
        { memberName: 'David Petit', role: 'contributor', kind: 'demo', title: 'Un lecteur d’écran', missing: ['materials'] },
      ],
    });
    for (const kind of ['readinessEscalation', 'contributorsIntro', 'prepReminder'] as const) {
      const { text, html } = renderEmail(kind, ctx);
      expect(text).toContain('- David Petit (contributeur·rice) : « Un lecteur d’écran » [démonstration] — il manque les supports');
      expect(text).not.toMatch(/— manque/);
      expect(html).toContain('il manque les supports');
    }
  });
});

describe('parentheses', () => {
  it('says the series name once when the format repeats it, and flattens the format’s own parentheses', () => {
    expect(formatNote('Rencontres ALLiaNCE', 'Rencontres ALLiaNCE (forum ouvert)')).toBe('forum ouvert');
    expect(formatNote('Rencontres ALLiaNCE', 'ALLiaNCE meetups (open forum)')).toBe('ALLiaNCE meetups, open forum');
    expect(formatNote('Groupe de partage entre pairs', 'Groupe de partage entre pairs')).toBeUndefined();
    expect(formatNote('EIG', 'Groupe de partage entre pairs')).toBe('Groupe de partage entre pairs');
    expect(formatNote('EIG', undefined)).toBeUndefined();
  });

  it('writes « « Rencontres ALLiaNCE » (forum ouvert) », never « (Rencontres ALLiaNCE (forum ouvert)) »', () => {
    expect(renderEmail('announcement', forum('fr')).text).toContain('vous invite à la rencontre « Rencontres ALLiaNCE » (forum ouvert).');
    expect(renderEmail('announcement', forum('en')).text).toContain('invites you to "Rencontres ALLiaNCE" (ALLiaNCE meetups, open forum).');
  });

  it('never nests parentheses in any message, in French or English', () => {
    const nested = every.flatMap(([kind, language]) =>
      partsOf(kind, forum(language))
        .flatMap((part) => part.split('\n'))
        .filter((line) => depthOfParentheses(line) > 1)
        .map((line) => `${kind} (${language}): ${line}`),
    );
    expect(nested).toEqual([]);
  });
});

describe('notes', () => {
  it('says « Notes de la rencontre « … » », never « Notes de Rencontres »', () => {
    const ctx = forum('fr');
    expect(renderEmail('notesArchive', ctx).subject).toBe('Notes de la rencontre « Rencontres ALLiaNCE » — jeudi 1er avril 2027');
    expect(renderChatPost('notesArchive', ctx).message).toContain('#### :books: Notes de la rencontre « Rencontres ALLiaNCE »');
    for (const kind of MESSAGE_KINDS) for (const part of partsOf(kind, ctx)) expect(part).not.toContain('Notes de Rencontres');
  });
});

describe('counts and lists', () => {
  it('agrees the noun with the number, in French (0 and 1 singular) and in English', () => {
    expect(countOf(0, 'atelier', 'ateliers', 'fr')).toBe('0 atelier');
    expect(countOf(1, 'atelier', 'ateliers', 'fr')).toBe('1 atelier');
    expect(countOf(2, 'atelier', 'ateliers', 'fr')).toBe('2 ateliers');
    expect(countOf(0, 'workshop', 'workshops', 'en')).toBe('0 workshops');
    expect(countOf(1, 'workshop', 'workshops', 'en')).toBe('1 workshop');
    expect(listOf(['Chloé', 'David', 'Eve'], 'fr')).toBe('Chloé, David et Eve');
    expect(listOf(['Chloé', 'David'], 'en')).toBe('Chloé and David');
  });

  it('counts incomplete contributions with the right plural in both languages', () => {
    const missing = { memberName: 'David', role: 'contributor' as const, missing: ['title' as const] };
    const two = [missing, { ...missing, memberName: 'Eve' }];
    expect(renderEmail('readinessEscalation', forum('fr', { contributions: two })).text).toContain(
      '2 contributions incomplètes, un petit message',
    );
    expect(renderEmail('readinessEscalation', forum('en', { contributions: [missing] })).text).toContain('1 contribution is incomplete');
    expect(renderEmail('readinessEscalation', forum('en', { contributions: two })).text).toContain('2 contributions are incomplete');
  });
});
