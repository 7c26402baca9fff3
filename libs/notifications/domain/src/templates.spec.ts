import { MESSAGE_KINDS } from './message-kind';
import { renderChatPost, renderEmail } from './render';
import type { RenderContext } from './render-context';
import { sampleRenderContext } from './sample-context';
import { checkTemplateOverride, InvalidTemplateError } from './template-check';

const MENTION = /(^|[^\w])@[a-z0-9.\-_]+/i;
const every = MESSAGE_KINDS.flatMap((kind) => (['fr', 'en'] as const).map((language) => [kind, language] as const));

describe('templates of every kind', () => {
  it.each(every)('renders %s in %s with no Handlebars left, a preferences link and phone-friendly HTML', (kind, language) => {
    const ctx = sampleRenderContext(language);
    const email = renderEmail(kind, ctx);
    const chat = renderChatPost(kind, ctx).message;
    for (const text of [email.subject, email.text, email.html, chat]) {
      expect(text).not.toMatch(/\{\{|\}\}/);
      expect(text).not.toContain('undefined');
      expect(text).not.toContain('[object Object]');
    }
    expect(email.text).toContain(ctx.occurrence.title);
    expect(email.text).toContain(ctx.links.preferences);
    expect(email.html).toContain('max-width:560px');
    expect(email.html).not.toMatch(/<table|float:/);
    expect(chat.length).toBeGreaterThan(10);
  });

  it('tells a waitlisted member their place, and a promoted one that they are in', () => {
    const ctx = sampleRenderContext('fr');
    expect(renderEmail('waitingList', ctx).text).toContain('liste d’attente, en position 2');
    const promoted = renderEmail('waitingList', {
      ...ctx,
      registration: { answer: 'yes', status: 'confirmed', waitlistPosition: null, promoted: true },
    });
    expect(promoted.subject).toMatch(/^Une place s’est libérée/);
    expect(promoted.text).toContain('votre inscription est confirmée');
  });

  it('tells a "maybe" that it holds no place, and a "no" that it was noted, whatever the status membership gave', () => {
    const ctx = sampleRenderContext('fr');
    // Membership records a `maybe` without a place, as `declined`: the wording follows the answer.
    const maybe = renderEmail('registrationConfirmation', {
      ...ctx,
      registration: { answer: 'maybe', status: 'declined', waitlistPosition: null, promoted: false },
    });
    expect(maybe.text).toContain('« peut-être »');
    expect(maybe.text).toContain('ne réserve pas de place');
    expect(maybe.text).not.toContain('ne viendrez pas');
    const no = renderEmail('registrationConfirmation', {
      ...ctx,
      registration: { answer: 'no', status: 'declined', waitlistPosition: null, promoted: false },
    });
    expect(no.subject).toMatch(/^Réponse enregistrée/);
    expect(no.text).toContain('ne viendrez pas');
  });

  it('shows the guide what each contributor still lacks', () => {
    const { text } = renderEmail('readinessEscalation', sampleRenderContext('en'));
    expect(text).toContain('1 contribution is incomplete, a word from you may help.');
    expect(text).toContain('- David Petit (contributor) [demo] — missing the title and the materials');
    expect(text).toContain('- Chloé Bernard (contributor): "Le RGAA sans douleur" [talk]');
  });

  it('nudges a contributor about what is missing and confirms one who is ready', () => {
    const ctx = sampleRenderContext('fr');
    const [ready, missing] = ctx.contributions!;
    const nudge = renderEmail('prepReminder', { ...ctx, contributions: [{ ...missing, mine: true }] }).text;
    expect(nudge).toContain('Il manque encore le titre et les supports.');
    expect(nudge).toContain('Renseigner votre contribution avant le jour J : https://cercle.example/contributions/sample');
    const confirmation = renderEmail('prepConfirmation', { ...ctx, contributions: [ready] }).text;
    expect(confirmation).toContain('« Le RGAA sans douleur », exposé');
    expect(confirmation).toContain('https://cercle.example/slides');
  });

  it('puts the agenda with real times and the selected topics in slot order in the agenda message', () => {
    const { text } = renderEmail('agenda', sampleRenderContext('fr'));
    expect(text).toContain('- 17:02–17:32 Tour de table');
    expect(text).toContain('- 17:32–17:47 RGAA en pratique (retour d’expérience, Bruno) — Salle 3');
    expect(text).toContain('Sujets proposés :\n- Lecteurs d’écran (démonstration, Chloé)');
  });

  it('gives the notes deadline, the closing of registrations and the cancellation reason in local time', () => {
    const ctx = sampleRenderContext('fr');
    expect(renderEmail('notesReminder', ctx).text).toContain('jeudi 19 mars 2026 à 18:00 (heure de Paris)');
    expect(renderEmail('announcement', ctx).text).toContain('Inscriptions ouvertes jusqu’au mercredi 11 mars 2026 à 18:00');
    expect(renderEmail('cancellation', ctx).text).toContain('salle indisponible');
    expect(renderEmail('reschedule', ctx).text).toContain('Ancienne date : jeudi 5 mars 2026 à 17:00 (heure de Paris)');
  });

  it('neutralises mentions in contributions and topics in chat posts', () => {
    const ctx = sampleRenderContext('fr');
    const ping: RenderContext = {
      ...ctx,
      occurrence: { ...ctx.occurrence, topics: [{ title: '@all ping <script>', kind: 'talk', proposer: '@here', selected: true }] },
      contributions: [{ memberName: '@channel', role: 'contributor', title: '@bob', missing: ['title'] }],
    };
    for (const kind of MESSAGE_KINDS) expect(renderChatPost(kind, ping).message).not.toMatch(MENTION);
  });
});

describe('organiser overrides', () => {
  it('replace only the parts given and still escape and neutralise user text', () => {
    const ctx = sampleRenderContext('fr');
    const hostile = { ...ctx, occurrence: { ...ctx.occurrence, title: '<b>@all</b>' } };
    const email = renderEmail('announcement', hostile, { subject: 'Venez ! {{title}}', html: '<p>Salut {{title}}</p>' });
    expect(email.subject).toBe('Venez ! <b>@all</b>');
    expect(email.html).toContain('<p>Salut &lt;b&gt;@all&lt;/b&gt;</p>');
    expect(email.text).toContain('vous invite'); // text not overridden: ours
    expect(renderChatPost('announcement', hostile, { chat: 'Hop {{title}}' }).message).toBe('Hop <b>@\u2060all</b>\n');
  });

  it('are refused when they do not compile, use an unknown partial or print unescaped values', () => {
    const sample = sampleRenderContext('en');
    const reasonOf = (override: Record<string, string>) => {
      try {
        checkTemplateOverride('announcement', override, sample);
        return 'accepted';
      } catch (error) {
        return error instanceof InvalidTemplateError ? error.part : 'other';
      }
    };
    expect(reasonOf({ text: 'Hello {{#if title}}' })).toBe('text');
    expect(reasonOf({ html: '{{> nowhere}}' })).toBe('html');
    expect(reasonOf({ html: '<p>{{{title}}}</p>' })).toBe('html');
    expect(reasonOf({ chat: '{{& title}}' })).toBe('chat');
    expect(reasonOf({ subject: 'Hi {{title}}', chat: '**{{title}}** {{when}}' })).toBe('accepted');
  });
});
