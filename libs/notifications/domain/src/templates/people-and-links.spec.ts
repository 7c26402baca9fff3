import { MESSAGE_KINDS } from '../message-kind';
import { renderChatPost, renderEmail } from '../render';
import type { Contribution, RenderContext } from '../render-context';
import { sampleRenderContext } from '../sample-context';

const every = MESSAGE_KINDS.flatMap((kind) => (['fr', 'en'] as const).map((language) => [kind, language] as const));

const guide: Contribution = { memberId: 'g', memberName: 'Bruno Martin', role: 'guide', missing: [] };
const ready: Contribution = {
  memberId: 'c',
  memberName: 'Chloé Bernard',
  role: 'contributor',
  kind: 'talk',
  title: 'Le RGAA en 20 minutes',
  materialsUrl: 'https://cercle.example/slides',
  missing: [],
};
const late: Contribution = { memberId: 'd', memberName: 'David Petit', role: 'contributor', kind: 'demo', missing: ['title', 'materials'] };

function context(overrides: Partial<RenderContext> = {}, language: 'fr' | 'en' = 'fr'): RenderContext {
  return { ...sampleRenderContext(language), ...overrides };
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe("the guide's prep reminder", () => {
  // Events sends the guide the contributors' parts; none of them is the guide's.
  const forGuide = context({ contributions: [ready, late], links: { ...sampleRenderContext('fr').links, contribution: undefined } });

  it("shows each contributor's readiness and never presents someone else's contribution as the guide's", () => {
    const { text, html } = renderEmail('prepReminder', forGuide);
    expect(text).toContain(
      'Où en sont les contributions :\n- Chloé Bernard (contributeur·rice) : « Le RGAA en 20 minutes » [exposé] — tout est prêt\n- David Petit (contributeur·rice) [démonstration] — il manque le titre et les supports\n',
    );
    expect(text).not.toContain('Votre contribution');
    expect(html).not.toContain('Votre contribution');
    // The readiness list names each contributor: the roles line above it does not repeat them.
    expect(count(text, 'Chloé Bernard')).toBe(1);
    expect(renderChatPost('prepReminder', forGuide).message).not.toContain('Votre contribution');
  });

  it('says "your contribution" in English only to whoever has one', () => {
    const en = context({ contributions: [ready, late] }, 'en');
    expect(renderEmail('prepReminder', en).text).not.toContain('Your contribution');
    const mine = renderEmail('prepReminder', { ...en, contributions: [{ ...late, mine: true }] }).text;
    expect(mine).toContain('Your contribution: no title yet [demo]\nStill missing: the title and the materials.');
  });

  it('gives a guide who also presents their own part, and the others’ readiness below it', () => {
    const { text } = renderEmail(
      'prepReminder',
      context({ contributions: [{ ...ready, memberId: 'g', memberName: 'Bruno Martin', mine: true }, late] }),
    );
    expect(text).toContain('Votre contribution : « Le RGAA en 20 minutes » [exposé]');
    expect(text).toContain(
      'Les autres contributions :\n- David Petit (contributeur·rice) [démonstration] — il manque le titre et les supports',
    );
  });
});

describe("a contributor's prep reminder and confirmation", () => {
  const own = (c: Contribution, links: RenderContext['links']) => context({ contributions: [{ ...c, mine: true }], links });
  const link = 'https://cercle.example/contributions/tok';

  it('links the reminder to their own contribution page, in the text, the HTML and the direct message', () => {
    const ctx = own(late, { contribution: link });
    const { text, html } = renderEmail('prepReminder', ctx);
    expect(text).toContain(`Il manque encore le titre et les supports.\nRenseigner votre contribution avant le jour J : ${link}`);
    expect(html).toContain(`href="${link}"`);
    expect(renderChatPost('prepReminder', ctx).message).toContain(`[Renseigner ma contribution](${link})`);
  });

  it('links the confirmation too, where it says the contribution can still change', () => {
    const { text, html } = renderEmail('prepConfirmation', own(ready, { contribution: link }));
    expect(text).toContain(`Vous pouvez encore la modifier : ${link}`);
    expect(html).toContain(`href="${link}"`);
    expect(renderEmail('prepConfirmation', own(ready, {})).text).not.toContain('modifier');
  });
});

describe('introductions', () => {
  it('name a person holding two roles once, with both roles, and do not repeat the guide', () => {
    const both: Contribution = { ...ready, memberId: 'g', memberName: 'Bruno Martin' };
    const ctx = context({
      contributions: [guide, both, late],
      roles: { guide: 'Bruno Martin', contributors: ['Bruno Martin', 'David Petit'] },
    });
    for (const part of [renderEmail('contributorsIntro', ctx).text, renderChatPost('contributorsIntro', ctx).message]) {
      expect(count(part, 'Bruno Martin')).toBe(1);
      expect(part).toContain('- Bruno Martin (guide et contributeur·rice) : « Le RGAA en 20 minutes » [exposé]');
    }
    expect(count(renderEmail('contributorsIntro', ctx).html, 'Bruno Martin')).toBe(1);
  });

  it('tell two people of the same name apart', () => {
    const twin = { ...late, memberId: 'd2' };
    expect(count(renderEmail('contributorsIntro', context({ contributions: [late, twin] })).text, '- David Petit')).toBe(2);
  });

  it('name the guide when the parts do not list them, once', () => {
    const { text } = renderEmail(
      'contributorsIntro',
      context({ contributions: [ready, late], roles: { guide: 'Bruno Martin', contributors: [] } }),
    );
    expect(count(text, 'Bruno Martin')).toBe(1);
  });
});

describe('every promised link is there', () => {
  // A line that asks the reader to act must carry where to do it; without the link, the line goes.
  const ASKS =
    /Renseigner|Déposer les notes|Modifier votre réponse|Modifiez|S’inscrire|Accepter ou décliner|Confirmer|Voir les sujets|Libérez|Quitter la liste|Lire les notes|Fill in|Submit the notes|Change your answer|Register|Accept or decline|Confirm|See the proposed|Free your place|Leave the waiting|Read the notes/;

  it.each(every)('%s (%s): each call to action carries its link, and none is left without one', (kind, language) => {
    const full = sampleRenderContext(language);
    for (const line of renderEmail(kind, full)
      .text.split('\n')
      .filter((l) => ASKS.test(l)))
      expect(line).toMatch(/https:\/\//);
    const bare = renderEmail(kind, { ...full, links: {} }).text;
    expect(bare.split('\n').filter((l) => ASKS.test(l) && !/^(- |Merci|Thank)/.test(l))).toEqual([]);
  });
});

describe('the next roles', () => {
  it("give the next session's date in the series' time zone", () => {
    const ctx = context({
      occurrence: { ...sampleRenderContext('fr').occurrence, timeZone: 'America/Montreal' },
      nextRoles: { theme: 'Legal design', guide: 'Chloé', contributors: ['Eve'], startsAt: '2027-05-01T14:00:00Z' },
    });
    expect(renderEmail('nextRoles', ctx).text).toContain('Date : samedi 1er mai 2027 à 10:00 (heure de Montreal)');
    expect(renderEmail('nextRoles', { ...ctx, language: 'en' }).text).toContain('Date: Saturday 1 May 2027 at 10:00 (Montreal time)');
    expect(renderChatPost('nextRoles', ctx).message).toContain('Date : **samedi 1er mai 2027 à 10:00 (heure de Montreal)**');
  });

  it('leave the date out when it is not known', () => {
    expect(renderEmail('nextRoles', context({ nextRoles: { theme: 'x', startsAt: null } })).text).not.toContain('Date :');
  });
});

describe('a cancelled occurrence', () => {
  const cancelled = (ctx: RenderContext): RenderContext => ({ ...ctx, occurrence: { ...ctx.occurrence, cancelled: true } });
  const CONFIRMS =
    /place est confirmée|inscription est (confirmée|enregistrée)|Inscription confirmée|place freed up|you are (now )?registered|Registration confirmed/i;

  it.each(every)('%s (%s) never confirms a place', (kind, language) => {
    const base = sampleRenderContext(language);
    for (const registration of [
      { answer: 'yes' as const, status: 'confirmed' as const, waitlistPosition: null, promoted: false },
      { answer: 'yes' as const, status: 'confirmed' as const, waitlistPosition: null, promoted: true },
    ]) {
      const email = renderEmail(kind, cancelled({ ...base, registration }));
      for (const part of [email.subject, email.text, email.html, renderChatPost(kind, cancelled({ ...base, registration })).message])
        expect(part).not.toMatch(CONFIRMS);
    }
  });

  it('says so instead, where the message is about a registration', () => {
    const ctx = cancelled({
      ...sampleRenderContext('fr'),
      registration: { answer: 'yes', status: 'confirmed', waitlistPosition: null, promoted: true },
    });
    expect(renderEmail('registrationConfirmation', ctx).text).toContain(
      'La rencontre « Groupe de partage entre pairs » est annulée : aucune place n’y est réservée.',
    );
    expect(renderEmail('waitingList', ctx).subject).toMatch(/^Annulation : /);
    // Not cancelled, the same registration is confirmed: the test above can fail.
    expect(renderEmail('waitingList', { ...ctx, occurrence: { ...ctx.occurrence, cancelled: false } }).text).toMatch(CONFIRMS);
  });
});

describe('the channel announcement', () => {
  it("links to the occurrence's public registration page, since a post carries no personal link", () => {
    const join = 'https://cercle.example/join/00000000-0000-4000-8000-000000000001';
    const post = renderChatPost('announcement', context({ links: { join } })).message;
    expect(post).toContain(`[S’inscrire et proposer un sujet](${join})`);
    expect(renderChatPost('announcement', context({ links: { join } }, 'en')).message).toContain(`[Register and propose a topic](${join})`);
    expect(renderChatPost('announcement', context({ links: {} })).message).not.toContain('S’inscrire');
  });
});
